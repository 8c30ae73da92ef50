/**
 * Export of a 50,000-character report to .docx (warm), and pandoc (Debian package) turning the
 * same content from Markdown into .docx in the same run, as a ratio.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDocx } from '../shared/docx/index';
import { zipParts } from '../electron/fs/zip';
import { layoutDocument } from '../shared/layout/index';
import { importText } from '../shared/import/text';
import { applyMetaFields } from '../shared/header-fields/set';
import { numberSections } from '../shared/headings/index';
import { blocksChars, documentChars } from '../shared/text-stats';
import { runsText, type Block, type ReportDocument, type Section } from '../shared/model/document';
import { measure, row, type BenchRow } from './lib';

const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'fixtures', 'seeds');
const TARGET_CHARS = 50_000;

/** The three seed reports' sections, repeated until the body holds 50,000 characters. */
export function bigReport(): ReportDocument {
  const seeds = ['huzhu-2024', 'furong-2019', 'fushun-2024'].map((f) => importText(fs.readFileSync(path.join(SEEDS, `${f}.txt`))).doc);
  const base = applyMetaFields(seeds[0]!, [
    ['header', '互助县人民政府文件'],
    ['docNumber', '互政〔2025〕12号'],
    ['signers', '张三'],
    ['addressee', '海东市人民政府'],
    ['organ', '互助县人民政府'],
    ['date', '2025年3月17日'],
    ['cc', '县委办公室，县人大常委会办公室'],
    ['printedBy', '互助县人民政府办公室'],
    ['printedDate', '2025年3月20日'],
    ['title', '互助县人民政府关于2024年度法治政府建设情况的报告'],
  ]);
  const pool = seeds.flatMap((d) => d.body.filter((b): b is Section => b.type === 'section'));
  const body: Block[] = [];
  let chars = blocksChars(base.lead);
  for (let i = 0; chars < TARGET_CHARS; i++) {
    const s = pool[i % pool.length]!;
    const copy = JSON.parse(JSON.stringify(s)) as Section;
    const renumber = (b: Block) => {
      if (b.type === 'section') {
        b.id = `${b.id}-${i}`;
        b.children.forEach(renumber);
      }
    };
    renumber(copy);
    body.push(copy);
    chars += blocksChars([copy]);
  }
  return { ...base, body };
}

/** The same content as Markdown: headings as #…####, paragraphs, the header fields as text. */
export function toMarkdown(doc: ReportDocument): string {
  const labels = numberSections(doc.body);
  const out: string[] = [`# ${doc.meta.title}`, '', `${doc.meta.addressee}：`, ''];
  for (const p of doc.lead) out.push(runsText(p.runs), '');
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') out.push(runsText(b.runs), '');
      else if (b.type === 'section') {
        out.push(`${'#'.repeat(Math.min(6, b.level + 1))} ${labels.get(b.id) ?? ''}${b.heading}`, '');
        walk(b.children);
      } else if (b.type === 'table') {
        const rows = b.rows.map((r) => `| ${r.map((c) => runsText(c.runs)).join(' | ')} |`);
        out.push(rows[0]!, `|${' --- |'.repeat(b.rows[0]!.length)}`, ...rows.slice(1), '');
      }
    }
  };
  walk(doc.body);
  out.push(doc.meta.signature.organ, '', doc.meta.signature.date, '');
  return out.join('\n');
}

export default async function run(): Promise<BenchRow[]> {
  const doc = bigReport();
  const chars = documentChars(doc);
  const pages = layoutDocument(doc, 'official').pages.length;
  const input = `${chars.toLocaleString('en-US')}-character report, ${pages} pages`;
  // Deflated by Node's zlib, as the app and `gongwen export` write it.
  const ours = await measure(() => buildDocx(doc, { zip: zipParts }), { iterations: 30, warmup: 5 });
  const layout = await measure(() => layoutDocument(doc, 'official'), { iterations: 30, warmup: 3 });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
  const md = path.join(dir, 'report.md');
  fs.writeFileSync(md, toMarkdown(doc));
  const pandoc = await measure(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'pandoc.docx'), md]), {
    iterations: 7,
    warmup: 1,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return [
    row('export .docx (official, warm)', input, ours, 'median ≤ 60 ms'),
    row('  of which layout + pagination', input, layout),
    row('pandoc markdown → docx (process)', input, pandoc),
    { name: 'pandoc ÷ export (median)', input, median: pandoc.median / ours.median, unit: 'ratio' },
  ];
}
