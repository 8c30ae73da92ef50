/**
 * No stray empty paragraph after a table, whatever put it in the draft (the editor's line below a
 * table, an older save, an import): the plan leaves it out, so neither the preview (which draws
 * the plan) nor the .docx (which writes it) shows a blank line there. Other paragraphs stay.
 */
import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { layoutDocument } from '../../shared/layout/index';
import { buildDocx } from '../../shared/docx/index';
import type { Block, Paragraph, ReportDocument, Table } from '../../shared/model/document';
import { tableReport } from '../helpers/reports';
import { INDENT } from '../../shared/gbt9704';

const p = (text: string): Paragraph => ({ type: 'paragraph', runs: text ? [{ text }] : [] });
const table: Table = {
  type: 'table',
  headerRows: 1,
  rows: [
    [{ runs: [{ text: '项目' }] }, { runs: [{ text: '件数' }] }],
    [{ runs: [{ text: '复议' }] }, { runs: [{ text: '12' }] }],
  ],
};

/** The report with `blocks` as the first part's content. */
function withFirstPart(blocks: Block[]): ReportDocument {
  const doc = tableReport();
  const body = doc.body.map((b, i) =>
    i === doc.body.findIndex((x) => x.type === 'section') && b.type === 'section' ? { ...b, children: blocks } : b,
  );
  return { ...doc, meta: { ...doc.meta, attachments: [] }, body };
}

/** What follows each body table in the plan: the role and text of the next block. */
function afterTables(doc: ReportDocument): string[] {
  const blocks = layoutDocument(doc, 'official').sections.flatMap((s) => s.blocks);
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'table' || b.role === 'colophon') return;
    const next = blocks[i + 1];
    out.push(next?.kind === 'para' ? `${next.role}:${next.runs.map((r) => r.text).join('')}` : String(next?.kind));
  });
  return out;
}

describe('an empty paragraph after a table', () => {
  const cases: Record<string, Block[]> = {
    'before the next heading': [p('正文。'), table, p('')],
    'before more text': [p('正文。'), table, p(''), p('表后说明。')],
    'spaces only': [p('正文。'), table, p('  \u3000')],
    'between two tables': [table, p(''), table, p('')],
  };
  for (const [name, blocks] of Object.entries(cases)) {
    test(`${name}: left out of the plan and the .docx`, async () => {
      const doc = withFirstPart(blocks);
      for (const next of afterTables(doc)) expect(next).not.toMatch(/^body:\s*$/);
      const xml = await (await JSZip.loadAsync(await buildDocx(doc))).file('word/document.xml')!.async('string');
      for (const m of xml.matchAll(/<\/w:tbl>(<w:p\b[\s\S]*?<\/w:p>)?/g)) {
        const para = m[1] ?? '';
        // A body paragraph (2-character first-line indent) after a table has text. (The 版记's
        // hairline spacer after its table is not a body paragraph.)
        if (para.includes(`w:firstLine="${INDENT.firstLine}"`)) expect(para).toMatch(/<w:t[ >][^<]*\S[^<]*<\/w:t>/);
      }
    });
  }

  test('an empty paragraph anywhere else stays (the plan only drops the one after a table)', () => {
    const doc = withFirstPart([p('正文。'), p(''), p('下一段。')]);
    const blocks = layoutDocument(doc, 'official').sections.flatMap((s) => s.blocks);
    const texts = blocks.map((b) => (b.kind === 'para' ? b.runs.map((r) => r.text).join('') : '#'));
    const at = texts.indexOf('正文。');
    expect(texts.slice(at, at + 3)).toEqual(['正文。', '', '下一段。']);
  });

  test('the text after a table is kept', () => {
    expect(afterTables(withFirstPart([table, p(''), p('表后说明。')]))).toEqual(['body:表后说明。']);
  });
});
