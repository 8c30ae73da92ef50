/**
 * The export pipeline is one road (shared/export): gate → build → file name, one variant type,
 * one wording of the refusal. The structural checks find every member of the class — a second
 * adapter that builds a .docx past the gate, a variant spelled out again, a refusal worded anew —
 * not only the two that were found (the service and the CLI).
 */
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { exportDocx, EXPORT_MESSAGES, EXPORT_VARIANTS, exportFileName, exportGate, reasonLine, VERSION_NAMES } from '../../shared/export/index';
import { blockedSentence } from '../../shared/export/messages';
import { AppError } from '../../shared/errors';
import { checkDocument } from '../../shared/check/index';
import { readSources } from '../helpers/import-graph';
import { seedReport, SEED_INFO, shortReport } from '../helpers/reports';
import type { ReportDocument } from '../../shared/model/document';

const root = path.resolve(import.meta.dirname, '../..');
const app = readSources(root, ['electron', 'renderer/src', 'shared']);

const blockedDoc = (): ReportDocument => {
  const doc = shortReport();
  return { ...doc, meta: { ...doc.meta, signature: { ...doc.meta.signature, date: '2025年13月1日' } } };
};

describe('one export pipeline', () => {
  test('only shared/export builds a .docx: every adapter goes through the gate', () => {
    const builders = [...app].filter(([file, text]) => /shared\/docx\/index['"]/.test(text) && !file.startsWith('shared/export/'));
    expect(builders.map(([f]) => f)).toEqual([]);
  });

  test('the variant is spelled out once (shared/export/variant.ts)', () => {
    const spelled = /'official'\s*[|,]\s*'web'|\bofficial:\s*['"][^'"]*['"],\s*web:/;
    const again = [...app].filter(([file, text]) => file !== 'shared/export/variant.ts' && spelled.test(text));
    expect(again.map(([f]) => f)).toEqual([]);
  });

  test('the refusal is worded in shared/export/messages.ts only', () => {
    const worded = [...app].filter(([file, text]) => file !== 'shared/export/messages.ts' && /暂不能导出|请先修改，或导出草稿|加 --draft 导出草稿/.test(text));
    expect(worded.map(([f]) => f)).toEqual([]);
  });

  test('a blocked version is refused before anything is built, in the one wording, with the reasons', async () => {
    const doc = blockedDoc();
    for (const variant of ['official', 'web'] as const) {
      const gate = exportGate(doc, variant);
      expect(gate.blocking.length).toBeGreaterThan(0);
      const err = await exportDocx(doc, variant).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'EXPORT_BLOCKED', details: gate.blocking, message: blockedSentence(gate.blocking.length, variant) });
      expect((err as AppError).message).toContain(`暂不能导出${VERSION_NAMES[variant]}`);
    }
    const draft = await exportDocx(doc, 'draft');
    expect(draft.fileName).toMatch(/（草稿）\.docx$/);
  });

  test('gaps: the app asks for each (EXPORT_UNCONFIRMED), the CLI (`all`) goes ahead and reports them', async () => {
    const base = seedReport(SEED_INFO[0]!);
    const doc = { ...base, meta: { ...base.meta, signature: { ...base.meta.signature, date: '' } } };
    const gaps = exportGate(doc, 'official').gaps;
    expect(gaps.length).toBeGreaterThan(0);
    await expect(exportDocx(doc, 'official')).rejects.toMatchObject({ code: 'EXPORT_UNCONFIRMED' });
    const confirmed = await exportDocx(doc, 'official', undefined, { confirmedGaps: gaps.map(reasonLine) });
    const all = await exportDocx(doc, 'official', undefined, { confirmedGaps: 'all' });
    expect(confirmed.gate.gaps).toEqual(gaps);
    expect(all.gate.gaps).toEqual(gaps);
    expect(all.fileName).toBe(exportFileName(doc, 'official'));
  });

  test('the gate runs only the rules that can hold back or ask, and misses no finding at those levels', () => {
    const docs = [...SEED_INFO.map((i) => seedReport(i)), blockedDoc(), { ...shortReport(), meta: { ...shortReport().meta, title: '', addressee: '' } }];
    for (const doc of docs) {
      const all = checkDocument(doc).filter((f) => f.level === 'error' || f.level === 'gap');
      expect(checkDocument(doc, undefined, { levels: ['error', 'gap'] })).toEqual(all);
      for (const variant of EXPORT_VARIANTS) expect(exportGate(doc, variant)).toEqual(exportGate(doc, variant, checkDocument(doc)));
    }
  });

  test('every variant: a real .docx, named after the title and the version, with the chosen fonts', async () => {
    const doc = shortReport();
    for (const variant of EXPORT_VARIANTS) {
      const { bytes, fileName } = await exportDocx(doc, variant, { body: '宋体' }, { confirmedGaps: 'all' });
      expect(fileName.startsWith(doc.meta.title), variant).toBe(true);
      const zip = await JSZip.loadAsync(bytes);
      expect(await zip.file('word/document.xml')!.async('string')).toContain('宋体');
    }
    expect(exportFileName(doc, 'web', 'pdf')).toBe(`${doc.meta.title}（网站公开版）.pdf`);
    expect(exportFileName({ ...doc, meta: { ...doc.meta, title: '' } })).toBe(`${EXPORT_MESSAGES.untitled}.docx`);
  });
});
