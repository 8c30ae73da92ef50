import { Document, Packer, Paragraph, TextRun, LineRuleType, AlignmentType } from 'docx';
import fs from 'node:fs';
import { importText } from './shared/import/text';
import { breakLines } from './shared/layout/linebreak';
import { renderPdf, readBoxes, textLines } from './test/helpers/render';
import type { Block } from './shared/model/document';
const font = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia' as const };
const sp = { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const texts: string[] = [];
for (const f of ['huzhu-2024', 'furong-2019', 'fushun-2024']) {
  const { doc } = importText(fs.readFileSync(`/work/shared/fixtures/seeds/${f}.txt`));
  const walk = (bs: readonly Block[]) => { for (const b of bs) { if (b.type === 'paragraph') texts.push(b.runs.map(r => r.text).join('')); else if (b.type === 'section') { texts.push(b.heading); walk(b.children); } } };
  doc.lead.forEach(p => texts.push(p.runs.map(r => r.text).join('')));
  walk(doc.body);
}
const paras = texts.filter(t => t).map(t => new Paragraph({ spacing: sp, widowControl: false, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: t, font, size: 32, characterSpacing: -5 })] }));
const doc = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1500, header: 1000 } }, grid: { linePitch: 579 } as any }, children: paras }] });
fs.mkdirSync('/tmp/gw/cal', { recursive: true });
fs.writeFileSync('/tmp/gw/cal/cal.docx', new Uint8Array(await Packer.toArrayBuffer(doc)));
const [pdf] = renderPdf(['/tmp/gw/cal/cal.docx'], '/tmp/gw/cal');
const lo = readBoxes(pdf!).flatMap(p => textLines(p).map(l => l.text));
const model: string[] = [];
for (const t of texts.filter(t => t)) for (const l of breakLines([{ text: t, style: { size: 16, spacing: -5 } }], 8844 - 640, 8844)) model.push(t.slice(l.start, l.end).replace(/ /g, ''));
console.log('lo lines', lo.length, 'model lines', model.length);
let bad = 0;
for (let i = 0; i < Math.max(lo.length, model.length); i++) {
  if (lo[i] !== model[i]) { console.log(i, '\n LO:', lo[i], '\n MD:', model[i]); if (++bad > 8) break; }
}
