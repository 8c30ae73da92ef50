/**
 * Import of a 50,000-character .docx (goal ≤ 300 ms), in two shapes: the app's own official
 * export (typed numbers, GB/T 9704 layout, 版记) and the same text as Word writes it with
 * automatic numbering (w:numPr + numbering.xml). Also the .txt import, the rollover and the
 * live similarity figure on the same report.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { buildDocx } from '../shared/docx/index';
import { zipParts } from '../electron/fs/zip';
import { importDocx } from '../shared/import/docx';
import { importText } from '../shared/import/text';
import { rollForward, documentSimilarity, planCoverage, SimilarityIndex } from '../shared/rollover/index';
import { numberSections } from '../shared/headings/index';
import { runsText, type Block, type ReportDocument } from '../shared/model/document';
import { bigReport } from './export.bench';
import { documentChars } from '../shared/text-stats';
import { measure, row, type BenchRow } from './lib';

/** The report as a Word user's file: headings numbered by Word, not typed. */
async function autoNumberedDocx(doc: ReportDocument): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [new Paragraph(doc.meta.title), ...doc.lead.map((p) => new Paragraph(runsText(p.runs)))];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') paragraphs.push(new Paragraph(runsText(b.runs)));
      else if (b.type === 'section') {
        const first = b.runIn && b.children[0]?.type === 'paragraph' ? runsText(b.children[0].runs) : '';
        const children = [
          new TextRun({ text: b.heading + (first ? '。' : ''), bold: b.level > 1 }),
          ...(first ? [new TextRun(first)] : []),
        ];
        paragraphs.push(new Paragraph({ children, numbering: { reference: 'h', level: b.level - 1 } }));
        walk(first ? b.children.slice(1) : b.children);
      }
    }
  };
  walk(doc.body);
  paragraphs.push(new Paragraph(doc.meta.signature.organ), new Paragraph(doc.meta.signature.date));
  const level = (l: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: l,
    format,
    text,
    alignment: AlignmentType.LEFT,
  });
  const file = new Document({
    numbering: {
      config: [
        {
          reference: 'h',
          levels: [
            level(0, LevelFormat.CHINESE_COUNTING, '%1、'),
            level(1, LevelFormat.CHINESE_COUNTING, '（%2）'),
            level(2, LevelFormat.DECIMAL, '%3.'),
            level(3, LevelFormat.DECIMAL, '（%4）'),
          ],
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

/** The report as plain text, numbers typed, one paragraph a line. */
function asText(doc: ReportDocument): string {
  const labels = numberSections(doc.body);
  const lines = [doc.meta.title, ...doc.lead.map((p) => runsText(p.runs))];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') lines.push(runsText(b.runs));
      else if (b.type === 'section') {
        lines.push(`${labels.get(b.id)}${b.heading}`);
        walk(b.children);
      }
    }
  };
  walk(doc.body);
  lines.push(doc.meta.signature.organ, doc.meta.signature.date);
  return lines.join('\n');
}

export default async function run(): Promise<BenchRow[]> {
  const doc = bigReport();
  const chars = documentChars(doc);
  // Deflated, as an exported file is: the import's time includes inflating it.
  const exported = await buildDocx(doc, { zip: zipParts });
  const auto = await autoNumberedDocx(doc);
  const text = asText(doc);
  const kb = (b: Uint8Array) => `${Math.round(b.byteLength / 1024)} KB`;
  const size = `${chars.toLocaleString('en-US')} characters`;

  // The imports must read the whole report back, or the timing means nothing.
  const check = (d: ReportDocument, what: string) => {
    const got = documentChars(d);
    if (got < chars * 0.95) throw new Error(`${what}: read back ${got} of ${chars} characters`);
  };
  check((await importDocx(exported)).doc, 'official export');
  check((await importDocx(auto)).doc, 'auto-numbered');

  const official = await measure(() => importDocx(exported), { iterations: 30, warmup: 5 });
  const numbered = await measure(() => importDocx(auto), { iterations: 30, warmup: 5 });
  const txt = await measure(() => importText(text), { iterations: 30, warmup: 5 });
  const source = importText(text).doc;
  const rolled = rollForward(source).doc;
  const roll = await measure(() => rollForward(source), { iterations: 30, warmup: 3 });
  const index = SimilarityIndex.fromDocument(rolled)!;
  const indexBuild = await measure(() => SimilarityIndex.fromDocument(rolled), { iterations: 30, warmup: 3 });
  const similarity = await measure(() => documentSimilarity(rolled, index), { iterations: 50, warmup: 5 });
  const coverage = await measure(() => planCoverage(rolled, 'measures', index), { iterations: 50, warmup: 5 });
  return [
    row('import .docx (the app’s official export)', `${size}, ${kb(exported)} .docx`, official, 'median ≤ 300 ms'),
    row('import .docx (Word automatic numbering)', `${size}, ${kb(auto)} .docx`, numbered, 'median ≤ 300 ms'),
    row('import .txt', `${size}`, txt),
    row('roll forward to next year', size, roll),
    row('similarity index (once per draft)', size, indexBuild),
    row('similarity, every section (live, cached index)', size, similarity),
    row('plan checklist coverage (live)', size, coverage),
  ];
}
