import { getTemplate } from '../../shared/templates';
import { AppError } from '../../shared/errors';
import type { ImportStage } from '../../shared/import/build';
import { rollForward } from '../../shared/rollover/index';
import { importInWorker } from '../import/run';
import { normalizePunctuation } from '../../shared/proofread/normalize';
import { organDefaults } from '../store/profiles';
import { suspectPlaces } from '../../shared/proofread/suspect-notes';
import type { HandlerGroup } from './handler';
import type { DraftNotes } from '../../shared/contract/drafts';
import { IMPORT_RUN_MESSAGES } from '../import/messages';
import { IMPORT_MESSAGES } from '../../shared/import/messages';

interface RunningImport {
  controller: AbortController;
  stage: ImportStage | 'waiting';
  started: number;
}

/** Cancels that came before their import (the page cancelled while the file was still uploading). */
const EARLY_CANCELS_KEPT = 64;

/** 导入 a last year's report and 以往年报告为模板新建: pure work in shared/, then one new draft. */
export const importHandlers: HandlerGroup<'drafts.import' | 'drafts.rollover' | 'drafts.importProgress' | 'drafts.importCancel'> = (
  ctx,
) => {
  const running = new Map<string, RunningImport>();
  const earlyCancels = new Set<string>();
  return {
    'drafts.import': async ({ fileName, dataBase64, templateId, year, profileId, jobId, normalizePunct }) => {
      const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
      if (!bytes.byteLength) throw new AppError('BAD_FILE', IMPORT_MESSAGES.empty(fileName));
      const profiles = ctx.storage.profiles;
      const profile = profileId === undefined ? profiles.getDefault() : profiles.get(profileId);
      const job: RunningImport = { controller: new AbortController(), stage: 'waiting', started: Date.now() };
      if (jobId !== undefined) {
        if (running.has(jobId)) throw new AppError('BAD_INPUT', IMPORT_RUN_MESSAGES.jobRunning);
        if (earlyCancels.delete(jobId)) job.controller.abort();
        running.set(jobId, job);
      }
      try {
        // Off this thread, with a memory cap and a time budget (electron/import/run.ts).
        const result = await importInWorker(
          bytes,
          fileName,
          { templateId, year, organ: organDefaults(profile) },
          { signal: job.controller.signal, onStage: (stage) => (job.stage = stage) },
        );
        const punct = normalizePunct ? normalizePunctuation(result.doc) : null;
        const doc = punct?.doc ?? result.doc;
        const warnings = punct?.note ? [...result.warnings, punct.note] : result.warnings;
        const name = fileName.slice(0, 100);
        const suspects = suspectPlaces(doc);
        // The notes stay with the draft (draft_notes) until the clerk dismisses them.
        const draft = ctx.storage.drafts.create(doc, {
          note: IMPORT_RUN_MESSAGES.importedFrom(name),
          origin: { kind: 'import', from: name, year: null },
          notes: { source: name, warnings, unmapped: result.unmapped, ...(suspects.length ? { suspects } : {}) },
        });
        return { draft, warnings, unmapped: result.unmapped };
      } finally {
        if (jobId !== undefined) running.delete(jobId);
      }
    },
    'drafts.importProgress': ({ jobId }) => {
      const job = running.get(jobId);
      return job
        ? { running: true, stage: job.stage, elapsedMs: Date.now() - job.started }
        : { running: false, stage: 'waiting', elapsedMs: 0 };
    },
    'drafts.importCancel': ({ jobId }) => {
      const job = running.get(jobId);
      if (job) {
        job.controller.abort();
        return { cancelled: true };
      }
      earlyCancels.add(jobId);
      if (earlyCancels.size > EARLY_CANCELS_KEPT) earlyCancels.delete(earlyCancels.values().next().value!);
      return { cancelled: false };
    },
    'drafts.rollover': ({ id, year }) => {
      const source = ctx.storage.drafts.get(id);
      const template = getTemplate(source.doc.meta.templateId);
      if (template && !template.yearly)
        throw new AppError('BAD_INPUT', IMPORT_RUN_MESSAGES.notAnnual(template.name));
      const result = rollForward(source.doc, { toYear: year });
      const draft = ctx.storage.drafts.create(result.doc, {
        note: IMPORT_RUN_MESSAGES.rolledFrom(source.title, source.doc.meta.year),
        origin: { kind: 'rollover', from: source.title, year: source.doc.meta.year },
        notes: rolloverNotes(source.title, source.doc.meta.year, result.warnings, ctx.storage.drafts.notes(id), suspectPlaces(result.doc)),
      });
      return { draft, warnings: result.warnings, stats: result.stats };
    },
  };
};

/**
 * A rolled-forward draft's notes: the roll-forward's summary, and what its source's import notes
 * still asked the clerk to look at (import and roll forward in one go leave her one set to read;
 * section ids survive the roll forward, so the unmapped headings still jump to their place).
 */
function rolloverNotes(
  title: string,
  year: number,
  summary: string[],
  open: DraftNotes | null,
  suspects: DraftNotes['suspects'],
): DraftNotes {
  return {
    // The draft it was rolled from, and the file that draft was imported from while its notes are open.
    source: IMPORT_RUN_MESSAGES.rolloverSource(title, year, open ? open.source : null),
    warnings: open?.warnings ?? [],
    unmapped: open?.unmapped ?? [],
    rollover: summary,
    ...(suspects?.length ? { suspects } : {}),
  };
}
