/**
 * The .docx writer (shared/docx: XML written directly) against the writer it replaced (the `docx`
 * package's object model, test/helpers/docx-package-writer.ts): for every variant of the three seed
 * reports, a report with tables and attachments, the 政府信息公开 年报 with its fixed tables (merged
 * cells), a 版记 pushed onto a page of its own (two sections: the section break, the unnumbered
 * footers) and hostile text (XML's special characters, characters XML forbids, chosen fonts), every
 * part of the package says the same: the same parts, each the same canonical XML (attribute order,
 * escapes and the declaration aside). The creation time in core.xml is the only difference allowed.
 */
import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { buildDocx, writeDocx } from '../../shared/docx/index';
import { layoutDocument } from '../../shared/layout/index';
import { resolveFonts, type FontSettings } from '../../shared/fonts';
import { paragraph, type FixedTable, type ReportDocument, type Section } from '../../shared/model/document';
import { computeTotals, numberCells } from '../../shared/model/fixed-table-grid';
import { getTemplate, newDocument } from '../../shared/templates';
import type { ExportVariant } from '../../shared/export/variant';
import { packageWriterParts } from '../helpers/docx-package-writer';
import { canonicalXml } from '../helpers/xml-tree';
import { SEED_INFO, seedReport, shortReport, tableReport } from '../helpers/reports';

const VARIANTS: ExportVariant[] = ['official', 'web', 'draft'];
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

const canonical = (xml: string) => canonicalXml(xml.replace(TIME, '(time)'));

async function expectSameParts(doc: ReportDocument, variant: ExportVariant, fonts: FontSettings = resolveFonts()): Promise<number> {
  const layout = layoutDocument(doc, variant);
  const ours = await unzip(await writeDocx(layout, fonts, doc.meta.title));
  const before = packageWriterParts(layout, fonts, doc.meta.title);
  expect([...ours.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, xml] of before) {
    expect(typeof xml, name).toBe('string');
    const [a, b] = [canonical(ours.get(name)!), canonical(xml as string)];
    if (a !== b) {
      // Where they part, with some context: the whole of document.xml would drown the difference.
      let at = 0;
      while (a[at] === b[at]) at++;
      expect(a.slice(Math.max(0, at - 300), at + 300), `${variant}: ${name}`).toBe(b.slice(Math.max(0, at - 300), at + 300));
    }
    expect(a.length).toBeGreaterThan(0);
  }
  return layout.sections.length;
}

/** The 政府信息公开 年报 with its three fixed tables filled (merged header cells, totals). */
function govInfoReport(): ReportDocument {
  const t = getTemplate('gov-info-annual')!;
  const doc = newDocument(t, 2024, { fullName: '某县人民政府办公室', headerText: '某县人民政府办公室', code: '县政办' });
  let n = 1;
  for (const def of t.tables) {
    const v: Record<string, number | null> = {};
    for (const c of numberCells(def)) if (!c.def.sum) v[c.def.key] = n++;
    const block = doc.body
      .filter((b): b is Section => b.type === 'section')
      .flatMap((s) => s.children)
      .find((b): b is FixedTable => b.type === 'fixedTable' && b.table === def.id)!;
    block.values = computeTotals(def, v);
  }
  return doc;
}

/** Text XML must escape or cannot carry, bold and carried-over (highlighted) figures, line breaks and tabs. */
function hostileReport(): ReportDocument {
  const doc = tableReport();
  doc.lead = [
    { type: 'paragraph', runs: [{ text: 'A&B <c> "d" \'e\' ' }, { text: '加粗', bold: true }, { text: '123', marks: ['unconfirmed'] }] },
    paragraph('控制\u0001字符\uFFFE与孤立\uD800代理，制表\t符'),
  ];
  doc.meta.signers = ['张三', '李四', '王五'];
  return doc;
}

/**
 * The first report with n one-line paragraphs whose 版记 needs a page of its own (two sections):
 * in the body of a short report, or before the table ending a report's attachment (the first
 * section then ends in a table).
 */
function twoSectionReport(endWithTable: boolean): ReportDocument {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => paragraph(`第${i + 1}段：坚持依法行政。`));
  for (let n = 1; n < 120; n++) {
    const doc = endWithTable ? tableReport() : { ...shortReport(), body: lines(n) };
    if (endWithTable) {
      const attachment = doc.meta.attachments[0]!;
      doc.meta.attachments = [{ ...attachment, blocks: [...lines(n), ...attachment.blocks] }];
    }
    if (layoutDocument(doc, 'official').sections.length === 2) return doc;
  }
  throw new Error('no report of up to 120 paragraphs puts the 版记 on a page of its own');
}

describe('every part as the docx package wrote it', () => {
  for (const info of SEED_INFO) {
    test(`seed report ${info.file}`, async () => {
      for (const v of VARIANTS) await expectSameParts(seedReport(info), v);
    });
  }
  test('tables and attachments', async () => {
    for (const v of VARIANTS) await expectSameParts(tableReport(), v);
  });
  test('fixed tables (merged cells)', async () => {
    for (const v of VARIANTS) await expectSameParts(govInfoReport(), v);
  });
  test('two sections: the 版记 on a page of its own, after a paragraph and after a table', async () => {
    for (const endWithTable of [false, true]) {
      const doc = twoSectionReport(endWithTable);
      const first = layoutDocument(doc, 'official').sections[0]!.blocks;
      expect(first[first.length - 1]!.kind).toBe(endWithTable ? 'table' : 'para');
      expect(await expectSameParts(doc, 'official')).toBe(2);
      expect(await expectSameParts(doc, 'draft')).toBe(2);
    }
  });
  test('hostile text and fonts chosen per role', async () => {
    const fonts = resolveFonts({ body: 'A&B "字体"', heading1: '<黑体>', latin: 'Arial\u0001' });
    for (const v of VARIANTS) await expectSameParts(hostileReport(), v, fonts);
  });
});

test('without a compressor (shared code has none) every part is stored, and reads back whole', async () => {
  const stored = await buildDocx(shortReport());
  const parts = await unzip(stored);
  expect(parts.get('word/document.xml')).toContain('特此报告。');
  // Local header: method 0 (stored); the file is larger than its parts' text.
  expect(new DataView(stored.buffer, stored.byteOffset).getUint16(8, true)).toBe(0);
  expect(stored.length).toBeGreaterThan([...parts.values()].reduce((n, p) => n + Buffer.byteLength(p), 0));
});
