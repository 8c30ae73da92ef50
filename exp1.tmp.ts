import { Document, Packer, Paragraph, TextRun, LineRuleType, AlignmentType } from 'docx';
import JSZip from 'jszip';
import fs from 'node:fs';
const font = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia' as const };
const sp = { line: 579, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const [out, noauto, ...texts] = process.argv.slice(2);
const paras = texts.map(t => new Paragraph({ spacing: sp, widowControl: false, alignment: process.env.ALIGN === "left" ? AlignmentType.LEFT : AlignmentType.JUSTIFIED, children: [new TextRun({ text: t, font, size: 32, characterSpacing: -5 })] }));
const doc = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1500, header: 1000 } }, grid: { linePitch: 579 } as any }, children: paras }] });
let bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
if (noauto === '1') {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file('word/document.xml')!.async('string');
  xml = xml.replaceAll('<w:pPr>', '<w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
  zip.file('word/document.xml', xml);
  bytes = await zip.generateAsync({ type: 'uint8array' });
}
fs.writeFileSync(out!, bytes);
