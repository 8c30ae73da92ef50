/**
 * The draft toolbar's export buttons: 导出 Word (the official file), 导出网站公开版, and 导出 PDF of
 * any version. When the official file (or the web version) is held back by 导出前必须修改 problems, a
 * dialog lists them — each one jumps to its place — and offers the clearly marked 草稿 instead.
 * When the official file has 定稿前应补齐 gaps, a dialog lists each and the export goes ahead only
 * once the clerk confirms them; the back end checks the confirmation and records it in the history.
 * Levels, counts and words: shared/check/levels.ts (the 检查 panel and `gongwen check` say the same).
 */
import { useEffect, useRef, useState } from 'react';
import { useMenuCommand } from '../app/useMenuCommand';
import { assertExportAllowed, exportGate, reasonLine, type ExportReason } from '../../../shared/export/gate';
import { EXPORT_VARIANTS, VERSION_NAMES as VERSION, type ExportVariant } from '../../../shared/export/variant';
import { EXPORT_MESSAGES } from '../../../shared/export/messages';
import type { ReportDocument } from '../../../shared/model/document';
import { gapsAfterExport, LEVEL_NAMES, type FindingLocation } from '../../../shared/check/index';
import { api, asCallError, exportedFileUrl } from '../api/client';
import type { Notice } from '../ui/Notice';
import { EX } from './messages';
import '../preview/preview.css';

type Kind = 'docx' | 'pdf';
interface Asked {
  /** `blocked`: refused, 导出前必须修改; `confirm`: 定稿前应补齐 gaps to confirm. */
  mode: 'blocked' | 'confirm';
  kind: Kind;
  variant: ExportVariant;
  message: string;
  reasons: ExportReason[];
  /** The one count, as the 检查 panel shows it, for this version. */
  counts: { error: number; gap: number };
  /** Gaps confirmed earlier in this attempt (the back end found more: the text changed meanwhile). */
  confirmed: string[];
}

function isReasons(x: unknown): x is ExportReason[] {
  return Array.isArray(x) && x.every((r) => typeof r === 'object' && r !== null && typeof (r as ExportReason).message === 'string');
}

export function ExportActions({
  id,
  getDoc,
  beforeExport,
  onNotice,
  onLocate,
}: {
  id: string;
  /** The document as on screen (after `beforeExport`): checked here first, so a refusal is instant. */
  getDoc: () => ReportDocument;
  /** Save what is typed, so the export is of the text on screen. */
  beforeExport: () => Promise<void>;
  onNotice: (notice: Notice | null) => void;
  onLocate: (location: FindingLocation) => void;
}) {
  const [asked, setAsked] = useState<Asked | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const pdfMenu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (asked) {
      if (!dialog.current?.open) dialog.current?.showModal();
    } else dialog.current?.close();
  }, [asked]);

  async function run(kind: Kind, variant: ExportVariant, confirmedGaps?: string[]) {
    if (pdfMenu.current) pdfMenu.current.open = false;
    setAsked(null);
    setBusy(true);
    onNotice({ text: EX.busy(VERSION[variant]) });
    let counts = { error: 0, gap: 0 };
    try {
      await beforeExport();
      // The same gate the back end applies (it checks again on what it stored).
      const local = exportGate(getDoc(), variant);
      counts = { error: local.blocking.length, gap: local.gaps.length };
      assertExportAllowed(getDoc(), variant, confirmedGaps ?? []);
      const done = (path: string | null, fileName: string, toFix: number) => {
        if (!path) return onNotice(null);
        const pending = !toFix || variant === 'draft' ? '' : EX.pending(gapsAfterExport(toFix), !!confirmedGaps);
        // Web mode: a download link; Electron: the file in its folder (the bridge has no folder to show).
        const href = exportedFileUrl(path);
        const reveal = href
          ? null
          : () => void api['export.reveal']({ path }).catch((e: unknown) => onNotice({ text: asCallError(e).message, error: true }));
        onNotice({ text: EX.done(fileName, pending), href, reveal });
      };
      const input = { id, variant, ...(confirmedGaps ? { confirmedGaps } : {}) };
      if (kind === 'docx') {
        const r = await api['export.docx'](input);
        done(r.path, r.fileName, r.toFix);
      } else {
        const r = await api['export.pdf'](input);
        if (r.printHere) {
          // Web mode: the browser prints the preview route itself (打印 → 另存为 PDF).
          window.open(`${window.location.pathname}${window.location.search}${r.route}&print=1`, '_blank');
          onNotice({ text: EX.printHere(VERSION[variant]) });
        } else done(r.path, r.fileName, r.toFix);
      }
    } catch (e) {
      const err = asCallError(e);
      const confirmed = confirmedGaps ?? [];
      if (err.code === 'EXPORT_BLOCKED' && isReasons(err.details)) {
        onNotice(null);
        setAsked({ mode: 'blocked', kind, variant, message: err.message, reasons: err.details, counts, confirmed });
      } else if (err.code === 'EXPORT_UNCONFIRMED' && isReasons(err.details)) {
        onNotice(null);
        setAsked({ mode: 'confirm', kind, variant, message: EX.confirmIntro(err.details.length), reasons: err.details, counts, confirmed });
      } else onNotice({ text: err.message, error: true });
    } finally {
      setBusy(false);
    }
  }

  // 文件 → 导出 Word… in the Electron menu: the same as the button.
  const wordButton = useRef<HTMLButtonElement>(null);
  useMenuCommand({ 'export-docx': () => wordButton.current?.click() });

  return (
    <div className="gw-export-menu">
      <button type="button" ref={wordButton} onClick={() => void run('docx', 'official')} disabled={busy}>
        {EX.word}
      </button>
      <button type="button" onClick={() => void run('docx', 'web')} disabled={busy} title={EX.webTitle}>
        {EX.web}
      </button>
      <details ref={pdfMenu} className="gw-export-pdf">
        <summary>{EX.pdf}</summary>
        <div className="gw-export-pdf-menu" role="menu">
          {EXPORT_VARIANTS.map((v) => (
            <button key={v} type="button" role="menuitem" onClick={() => void run('pdf', v)} disabled={busy}>
              {EX.pdfOf(VERSION[v])}
            </button>
          ))}
        </div>
      </details>
      <dialog
        ref={dialog}
        className="gw-dialog gw-export-dialog"
        aria-labelledby="gw-export-dialog-title"
        onClose={() => setAsked(null)}
        data-testid={asked?.mode === 'confirm' ? 'export-confirm' : 'export-blocked'}
      >
        {asked && (
          <>
            <h2 id="gw-export-dialog-title">
              {asked.mode === 'blocked' ? EXPORT_MESSAGES.heldBack(asked.variant) : EX.confirmTitle(VERSION[asked.variant])}
            </h2>
            <p className="gw-export-counts" data-testid="export-counts">
              {asked.mode === 'blocked' && (
                <span className="gw-count gw-count-error" data-testid="export-count-error">
                  {LEVEL_NAMES.error} <b>{asked.counts.error}</b>
                </span>
              )}
              <span className="gw-count gw-count-gap" data-testid="export-count-gap">
                {LEVEL_NAMES.gap} <b>{asked.counts.gap}</b>
              </span>
            </p>
            <p>{asked.message}</p>
            <ul className="gw-reasons">
              {asked.reasons.map((r, i) => (
                <li key={i} className={asked.mode === 'confirm' ? 'gw-reason-gap' : 'gw-reason-error'}>
                  {r.location.type === 'slot' ? (
                    // A part not written at all has no place to go to, and its message names it.
                    r.message
                  ) : (
                    // The whole line goes there: “二、” alone is too small a target.
                    <button
                      type="button"
                      onClick={() => {
                        setAsked(null);
                        onLocate(r.location);
                      }}
                    >
                      <span className="gw-reason-where">{r.where}</span>：{r.message}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {asked.mode === 'blocked' ? (
              <>
                <p className="gw-muted">
                  {asked.counts.gap ? EX.gapsLater(asked.counts.gap) : ''}
                  {EX.draftNote}
                </p>
                <div className="gw-dialog-actions">
                  <button type="button" onClick={() => setAsked(null)}>
                    {EX.backToFix}
                  </button>
                  <button type="button" className="gw-primary" onClick={() => void run(asked.kind, 'draft')}>
                    {EX.exportDraft(asked.kind)}
                  </button>
                </div>
              </>
            ) : (
              <div className="gw-dialog-actions">
                <button type="button" onClick={() => setAsked(null)}>
                  {EX.backToFill}
                </button>
                <button type="button" onClick={() => void run(asked.kind, 'draft')}>
                  {EX.insteadDraft(asked.kind)}
                </button>
                <button
                  type="button"
                  className="gw-primary"
                  onClick={() => void run(asked.kind, asked.variant, [...asked.confirmed, ...asked.reasons.map(reasonLine)])}
                >
                  {EX.confirmAll(asked.reasons.length, VERSION[asked.variant])}
                </button>
              </div>
            )}
          </>
        )}
      </dialog>
    </div>
  );
}
