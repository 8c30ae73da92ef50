/**
 * 机关信息 on a real SQLite file: several profiles, exactly one default (held by the schema), new
 * drafts filled from the default one (or the one asked for), fonts kept unless given.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createContext, createHandlers, dispatch, type Handlers } from '../../electron/services/index';
import type { Storage } from '../../electron/store/storage';
import type { ReportDocument } from '../../shared/model/document';
import { rm, tempDir } from '../helpers/paths';
import { openStorage } from '../helpers/storage';
import { PROFILE_MESSAGES } from '../../shared/profile-messages';

let dir: string;
let s: Storage;
let handlers: Handlers;
const base = { headerText: '', addressee: '', signers: [] as string[], printedBy: '', fonts: {} };

beforeEach(() => {
  dir = tempDir('gongwen-profiles-');
  s = openStorage(dir);
  handlers = createHandlers(createContext(s.db, dir, { saveExport: async () => null }));
});
afterEach(() => {
  s.close();
  rm(dir);
});

test('the first profile is the default; setting another moves it; the schema allows only one', () => {
  const a = s.profiles.save({ ...base, label: '县政府', fullName: '互助县人民政府', code: '互政' });
  const b = s.profiles.save({ ...base, label: '县政府办', fullName: '互助县人民政府办公室', code: '互政办' });
  expect([a.isDefault, b.isDefault]).toEqual([true, false]);
  s.profiles.setDefault(b.id);
  expect(s.profiles.list().map((p) => [p.label, p.isDefault])).toEqual([
    ['县政府办', true],
    ['县政府', false],
  ]);
  expect(() => s.db.prepare('UPDATE organ_profiles SET is_default = 1').run()).toThrow(/UNIQUE/);
  s.profiles.remove(b.id);
  expect(s.profiles.getDefault()?.id).toBe(a.id);
});

test('drafts.create fills the organ, 主送, 签发人 and 印发机关 from the default profile, or the one named', async () => {
  s.profiles.save({
    ...base,
    label: '县政府',
    fullName: '互助土族自治县人民政府',
    headerText: '互助土族自治县人民政府文件',
    code: '互政',
    addressee: '海东市人民政府',
    signers: ['张三'],
    printedBy: '互助土族自治县人民政府办公室',
  });
  const other = s.profiles.save({ ...base, label: '司法局', fullName: '互助县司法局', code: '互司' });
  const d = (await dispatch(handlers, 'drafts.create', { templateId: 'fazhi-annual', year: 2024 })) as { doc: ReportDocument };
  expect(d.doc.meta.organ).toEqual({ fullName: '互助土族自治县人民政府', headerText: '互助土族自治县人民政府文件', code: '互政' });
  expect(d.doc.meta).toMatchObject({ addressee: '海东市人民政府', signers: ['张三'], printedBy: '互助土族自治县人民政府办公室' });
  expect(d.doc.meta.title).toBe('互助土族自治县人民政府关于2024年度法治政府建设情况的报告');
  const e = (await dispatch(handlers, 'drafts.create', { templateId: 'fazhi-annual', year: 2024, profileId: other.id })) as {
    doc: ReportDocument;
  };
  expect(e.doc.meta.organ.code).toBe('互司');
});

test('fonts stay as they are when a save does not send them', async () => {
  const p = s.profiles.save({ ...base, label: '县政府', fullName: '互助县人民政府', code: '互政', fonts: { body: '仿宋' } });
  const again = (await dispatch(handlers, 'profiles.save', {
    id: p.id,
    label: '县政府',
    fullName: '互助县人民政府（改）',
    headerText: '',
    code: '互政',
    addressee: '',
    signers: [],
    printedBy: '',
  })) as { fonts: unknown; fullName: string };
  expect(again).toMatchObject({ fullName: '互助县人民政府（改）', fonts: { body: '仿宋' } });
});

test('app.status reports a clean start', async () => {
  expect(await dispatch(handlers, 'app.status', {})).toMatchObject({ notices: [], recovered: null, migrated: null, dataDir: dir });
});

test('an empty profile is refused, by the store and the call alike: no “机关” with empty fields becomes the default', async () => {
  const empty = { label: '', fullName: '', headerText: '', code: '', addressee: '', signers: [] as string[], printedBy: '' };
  expect(() => s.profiles.save(empty)).toThrow(PROFILE_MESSAGES.fullNameMissing);
  const refused = await dispatch(handlers, 'profiles.save', { ...empty, label: '机关' }).catch((e: unknown) => e);
  expect(refused).toMatchObject({ code: 'BAD_INPUT', message: PROFILE_MESSAGES.fullNameMissing });
  expect(s.profiles.list()).toEqual([]);
  // An update cannot empty a saved one either; it stays as it was.
  const p = s.profiles.save({ ...empty, fullName: '互助县人民政府' });
  expect(p.label).toBe('互助县人民政府');
  expect(() => s.profiles.save({ ...empty, id: p.id })).toThrow(PROFILE_MESSAGES.fullNameMissing);
  expect(s.profiles.get(p.id).fullName).toBe('互助县人民政府');
});
