/** 导入 with 规范标点: the safe punctuation fixes applied to the new draft, the notes say how many; without it the text stays as the file has it. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../shared/model/document';
import { proofread } from '../../shared/proofread/index';
import { proofUnits } from '../../shared/proofread/units';
import { SEEDS_DIR } from '../helpers/paths';
import { openServices, type ServicesUnderTest } from '../helpers/services';

let services: ServicesUnderTest;
beforeEach(() => {
  services = openServices('gongwen-import-punct-');
});
afterEach(() => services.close());

type Imported = { draft: { id: string; doc: ReportDocument }; warnings: string[] };
const importSeed = (extra: object) =>
  services.call('drafts.import', {
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
  const stored = (await services.call('drafts.get', { id: fixed.draft.id })) as { doc: ReportDocument };
  expect(safe(stored.doc)).toEqual([]);
  // Nothing but punctuation changed: the text without marks is the same.
  const letters = (d: ReportDocument) =>
    proofUnits(d)
      .map((u) => u.text)
      .join('\n')
      .replace(/[,;:?!().，；：？！（）。 ]/g, '');
  expect(letters(fixed.draft.doc)).toBe(letters(plain.draft.doc));
});
