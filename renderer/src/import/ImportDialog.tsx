/**
 * 导入 Word/文本 in the 草稿箱: a file (.docx or .txt), the template to arrange it on, optionally
 * the reported year, and whether to roll it forward at once (以往年报告为模板新建). A bad file
 * shows the importer's Chinese message here and nothing is created; a good one opens the new
 * draft, where the import's notes wait for the clerk (ImportNotes).
 *
 * The file is read off the main thread; while it is, the dialog shows how far it has got
 * (drafts.importProgress) and offers 停止导入 (drafts.importCancel), which creates nothing.
 */
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { ImportStage } from '../../../shared/contract/import';
import type { Template } from '../../../shared/model/template';
import { api, asCallError } from '../api/client';
import { go } from '../app/router';
import { fileToBase64, MAX_IMPORT_BYTES } from './file';
import { I } from './messages';
import '../preview/preview.css';
import './import.css';

const DEFAULT_TEMPLATE = 'fazhi-annual';
type Stage = z.infer<typeof ImportStage>;
/** Where each stage puts the bar: reading the XML is most of the work. */
const STAGE_PERCENT: Record<Stage, number> = { waiting: 5, unzip: 15, parse: 30, read: 65, arrange: 85 };
const POLL_MS = 250;

function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return 'imp-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
const ACCEPT = '.docx,.txt,.doc,.wps,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ImportButton({ templates, disabled = false }: { templates: readonly Template[]; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={disabled || !templates.length} title={I.openTitle} data-action="import">
        {I.open}
      </button>
      {open && <ImportDialog templates={templates} onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportDialog({ templates, onClose }: { templates: readonly Template[]; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [templateId, setTemplateId] = useState(() =>
    templates.some((t) => t.id === DEFAULT_TEMPLATE) ? DEFAULT_TEMPLATE : (templates[0]?.id ?? ''),
  );
  const [year, setYear] = useState('');
  const [rollover, setRollover] = useState(false);
  const [normalizePunct, setNormalizePunct] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The import under way: its id, and what the worker last said. */
  const [job, setJob] = useState<{ id: string; stage: Stage; seconds: number; stopping: boolean } | null>(null);

  // Follow the import while it runs. Answers arrive at once: the file is read off the main thread.
  const jobId = job?.id;
  useEffect(() => {
    if (!jobId) return;
    let live = true;
    const timer = setInterval(() => {
      api['drafts.importProgress']({ jobId })
        .then((p) => {
          if (live && p.running)
            setJob((j) => (j && j.id === jobId ? { ...j, stage: p.stage, seconds: Math.floor(p.elapsedMs / 1000) } : j));
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [jobId]);

  function stop() {
    if (!job || job.stopping) return;
    setJob({ ...job, stopping: true });
    void api['drafts.importCancel']({ jobId: job.id }).catch(() => undefined);
  }

  // Open once mounted. No close() on cleanup: it would fire `close` and unmount the dialog when
  // StrictMode (development builds) runs the effect twice; leaving the page removes it anyway.
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  async function submit() {
    setError(null);
    setNotice(null);
    if (!file) return setError(I.noFile);
    if (!file.size) return setError(I.empty(file.name));
    if (file.size > MAX_IMPORT_BYTES) return setError(I.tooLarge);
    const y = year.trim();
    if (y && !/^\d{4}$/.test(y)) return setError(I.badYear);
    setBusy(true);
    try {
      let dataBase64: string;
      try {
        dataBase64 = await fileToBase64(file);
      } catch {
        return setError(I.readFailed);
      }
      const id = newJobId();
      setJob({ id, stage: 'waiting', seconds: 0, stopping: false });
      let imported;
      try {
        imported = await api['drafts.import']({
          fileName: file.name,
          dataBase64,
          templateId,
          jobId: id,
          ...(normalizePunct ? { normalizePunct } : {}),
          ...(y ? { year: Number(y) } : {}),
        });
      } finally {
        setJob(null);
      }
      // The notes are stored with the draft by the calls themselves (drafts.notes shows them).
      let target = imported.draft.id;
      if (rollover) {
        try {
          target = (await api['drafts.rollover']({ id: imported.draft.id })).draft.id;
        } catch (e) {
          // The import stands (it is in the 草稿箱, with its notes); say why the next year's is not there.
          return setError(I.rolloverFailed(asCallError(e).message));
        }
      }
      go(`/draft/${target}`);
    } catch (e) {
      const err = asCallError(e);
      if (err.code === 'CANCELLED') setNotice(I.cancelled);
      else setError(err.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="gw-dialog gw-import-dialog"
      aria-labelledby="gw-import-title"
      data-testid="import-dialog"
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
      onClose={onClose}
    >
      <form
        className="gw-import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="gw-import-title">{I.title}</h2>
        <p className="gw-muted gw-import-intro">{I.intro}</p>
        <div className="gw-import-field">
          <span>{I.file}</span>
          {/* The browser's own file button speaks the system's language; this one speaks Chinese. */}
          <span className="gw-import-file">
            <label className={busy ? 'gw-import-pick gw-import-pick-disabled' : 'gw-import-pick'}>
              {I.pick}
              <input
                type="file"
                className="gw-import-input"
                accept={ACCEPT}
                data-testid="import-file"
                disabled={busy}
                onChange={(e) => {
                  setFile(e.currentTarget.files?.[0] ?? null);
                  setError(null);
                }}
              />
            </label>
            <span className={file ? 'gw-import-name' : 'gw-import-name gw-muted'} data-testid="import-file-name">
              {file ? file.name : I.noFileChosen}
            </span>
          </span>
        </div>
        <label className="gw-import-field">
          <span>{I.template}</span>
          <select value={templateId} disabled={busy} onChange={(e) => setTemplateId(e.currentTarget.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="gw-import-field">
          <span>{I.year}</span>
          <input
            type="text"
            inputMode="numeric"
            maxLength={4}
            className="gw-import-year"
            placeholder={I.yearPlaceholder}
            value={year}
            disabled={busy}
            onChange={(e) => setYear(e.currentTarget.value)}
          />
          <span className="gw-muted gw-import-hint">{I.yearHint}</span>
        </label>
        <ImportOption checked={rollover} disabled={busy} onChange={setRollover} testId="import-rollover" label={I.rollover} hint={I.rolloverHint} />
        <ImportOption
          checked={normalizePunct}
          disabled={busy}
          onChange={setNormalizePunct}
          testId="import-normalize-punct"
          label={I.normalizePunct}
          hint={I.normalizePunctHint}
        />
        {error && (
          <p className="gw-error" role="alert" data-testid="import-error">
            {error}
          </p>
        )}
        {notice && !busy && (
          <p className="gw-muted" role="status" data-testid="import-notice">
            {notice}
          </p>
        )}
        {busy && (
          <div className="gw-import-progress" role="status" data-testid="import-progress">
            <progress max={100} value={job ? STAGE_PERCENT[job.stage] : 95} aria-label={I.busy} />
            <span className="gw-import-progress-text">
              {job ? (job.stopping ? I.stopping : I.stage[job.stage]) : rollover ? I.busyRollover : I.busy}
            </span>
            {job && job.seconds > 0 && <span className="gw-muted gw-import-progress-time">{I.elapsed(job.seconds)}</span>}
          </div>
        )}
        <div className="gw-dialog-actions">
          {job ? (
            <button type="button" onClick={stop} disabled={job.stopping} title={I.stopTitle} data-action="import-stop">
              {I.stop}
            </button>
          ) : (
            <button type="button" disabled={busy} onClick={() => dialog.current?.close()}>
              {I.cancel}
            </button>
          )}
          <button type="submit" className="gw-primary" disabled={busy}>
            {I.submit}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** One of the dialog's options: a checkbox, its label and a muted hint under it. */
function ImportOption(p: { checked: boolean; disabled: boolean; onChange: (on: boolean) => void; testId: string; label: string; hint: string }) {
  return (
    <label className="gw-import-check">
      <input type="checkbox" checked={p.checked} disabled={p.disabled} onChange={(e) => p.onChange(e.currentTarget.checked)} data-testid={p.testId} />
      <span>
        {p.label}
        <span className="gw-muted gw-import-hint">{p.hint}</span>
      </span>
    </label>
  );
}
