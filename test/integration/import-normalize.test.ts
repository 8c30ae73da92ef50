/** 导入 with 规范标点: the safe punctuation fixes applied to the new draft, the notes say how many; without it the text stays as the file has it. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../electron/store/database';
import { createContext, createHandlers, dispatch, type Handlers } from '../../electron/services/index';
import type { ServiceContext } from '../../electron/services/context';
import type { ReportDocument } from '../../shared/model/document';
import { proofread } from '../../shared/proofread/index';
import { proofUnits } from '../../shared/proofread/units';
import { rm, SEEDS_DIR, tempDir } from '../helpers/paths';

let dir: string;
let ctx: ServiceContext;
let handlers: Handlers;
beforeEach(() => {
  dir = tempDir('gongwen-import-punct-');
  ctx = createContext(openDatabase(dir), dir, { saveExport: async () => null });
  handlers = createHandlers(ctx);
});
afterEach(() => {
  ctx.db.close();
  rm(dir);
});

type Imported = { draft: { id: string; doc: ReportDocument }; warnings: string[] };
const importSeed = (extra: object) =>
  dispatch(handlers, 'drafts.import', {
    fileName: 'furong-2019.txt',
    dataBase64: fs.readFileSync(path.join(SEEDS_DIR, 'furong-2019.txt')).toString('base64'),
    ...extra,
  }) as Promise<Imported>;
const safe = (doc: ReportDocument) => proofread(doc, { only: ['half-width-punct', 'punct-doubled'] }).filter((f) => f.fix);

test('规范标点 fixes the half-width marks of a web copy and says how many in the notes', async () => {
  const plain = await importSeed({});
  const before = safe(plain.draft.doc);
  expect(before.length).toBeGreaterThan(100);
  expect(plain.warnings.some((w) => w.startsWith('已规范标点'))).toBe(false);

  const fixed = await importSeed({ normalizePunct: true });
  expect(safe(fixed.draft.doc)).toEqual([]);
  expect(fixed.warnings).toContain(`已规范标点：半角标点改为全角 ${before.length} 处。`);
  // What is stored is what came back.
  const stored = (await dispatch(handlers, 'drafts.get', { id: fixed.draft.id })) as { doc: ReportDocument };
  expect(safe(stored.doc)).toEqual([]);
  // Nothing but punctuation changed: the text without marks is the same.
  const letters = (d: ReportDocument) =>
    proofUnits(d)
      .map((u) => u.text)
      .join('\n')
      .replace(/[,;:?!().，；：？！（）。 ]/g, '');
  expect(letters(fixed.draft.doc)).toBe(letters(plain.draft.doc));
});
