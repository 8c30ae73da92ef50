/**
 * Clerk-facing Chinese sentences live in message files (a `messages.ts` beside the code that says
 * them, or `<area>-messages.ts`), where they can be reviewed together and kept consistent. This
 * finds every Chinese string literal in app code outside them. The files below still hold some,
 * for the reason given; their counts only go down: a new inline sentence anywhere fails here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { inlineSentences, isMessageFile, sourceFiles } from '../helpers/inline-chinese';

const root = path.resolve(import.meta.dirname, '../..');

const ALLOWED: Record<string, number> = {
  // Tables whose rows are the words (data, not sentences in code): rule titles, level and class
  // names, the field table's labels, error codes' words, the versions, the command table's help.
  'shared/check/rules.ts': 50,
  'shared/check/level-names.ts': 3,
  'shared/proofread/rules.ts': 14,
  'shared/proofread/class-names.ts': 3,
  'shared/header-fields/table.ts': 16,
  'shared/errors.ts': 18,
  'shared/export/variant.ts': 2,
  'electron/cli/commands/index.ts': 12,
  'electron/menu-template.ts': 4,
  // Words the code matches or prints as part of the document, not messages: font families, word
  // and spam lists, units, numerals, the printed 抄送：/附件：/签发人：, the 草稿 mark, Word's styles.
  'shared/fonts.ts': 16,
  'shared/docx/word-compat.ts': 14,
  'shared/docx/index.ts': 1,
  'shared/import/noise.ts': 6,
  'shared/import/docx.ts': 1,
  'shared/proofread/list-schemas.ts': 4,
  'shared/proofread/rules/punct.ts': 2,
  'shared/proofread/rules/repeat.ts': 9,
  'shared/rollover/figures.ts': 4,
  'shared/rollover/years.ts': 1,
  'shared/headings/parse.ts': 1,
  'shared/layout/colophon.ts': 1,
  'shared/layout/end-matter.ts': 1,
  'shared/layout/masthead.ts': 2,
  'shared/layout/types.ts': 2,
  'shared/layout/body.ts': 1,
  // Font families 字体检查 offers as suggestions, and the sample text the font probe measures.
  'renderer/src/preview/FontCheck.tsx': 7,
  'renderer/src/preview/fontProbe.ts': 1,
  // Internal details wrapped by a message (the XML reader's and the zip reader's own words), and
  // schema messages of the contract (each refusal is worded by shared/model/describe-issue.ts).
  'shared/import/xml.ts': 9,
  'shared/import/zip-directory.ts': 6,
  'shared/headings/numbering.ts': 1,
  'shared/model/describe-issue.ts': 15,
  'shared/model/fixed-table.ts': 1,
  'shared/model/fixed-table-grid.ts': 9,
  'shared/schema/generate.ts': 2,
  // A migration is frozen once shipped: its words stay as they ran.
  'electron/store/migrations/001-initial.ts': 1,
  'electron/store/migrations/003-draft-origin-notes.ts': 1,
  // The renderer's components not yet moved to their folder's messages.ts.
  'renderer/src/editor/FixedTableView.tsx': 5,
};

test('no Chinese sentence is written inline outside message files (beyond the counts allowed)', () => {
  const found = sourceFiles(root, ['shared', 'electron', 'renderer/src'])
    .filter((f) => !isMessageFile(f))
    .flatMap((f) => inlineSentences(root, f));
  const counts: Record<string, number> = {};
  for (const s of found) counts[s.file] = (counts[s.file] ?? 0) + 1;
  const over = found.filter((s) => (counts[s.file] ?? 0) > (ALLOWED[s.file] ?? 0)).map((s) => `${s.file}:${s.line} ${s.text}`);
  expect(over, 'move these sentences into the area’s messages.ts').toEqual([]);
  // Fewer than allowed: lower the number, so the next one cannot slip in.
  const stale = Object.entries(ALLOWED).filter(([f, n]) => (counts[f] ?? 0) < n).map(([f, n]) => `${f}: ${counts[f] ?? 0} < ${n}`);
  expect(stale).toEqual([]);
});

test('the finder sees sentences in strings and templates, not in comments; message files are exempt', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-inline-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'a.ts'),
      ["// 这是注释里的句子，不算。", "const a = '已导出文件。';", 'const b = `共 ${n} 处问题`;', "const c = 'ok';", '/** 文档注释：不算。 */'].join('\n'),
    );
    expect(inlineSentences(dir, 'a.ts').map((s) => [s.line, s.text])).toEqual([
      [2, '已导出文件。'],
      [3, '共 ${…} 处问题'],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(isMessageFile('shared/import/messages.ts')).toBe(true);
  expect(isMessageFile('shared/doc-number-messages.ts')).toBe(true);
  expect(isMessageFile('shared/import/docx.ts')).toBe(false);
});
