/**
 * The draft toolbar's export buttons: 导出 Word (the official file), 导出网站公开版, and 导出 PDF of
 * any version. When the official file (or the web version) is held back, a dialog lists the reasons
 * — each one jumps to its place — and offers the clearly marked 草稿 instead.
 */
import { useEffect, useRef, useState } from 'react';
import { useMenuCommand } from '../app/useMenuCommand';
import type { ExportVariant } from '../../../shared/contract/export';
import { assertExportAllowed, type ExportReason } from '../../../shared/export-gate';
import type { ReportDocument } from '../../../shared/model/document';
import type { FindingLocation } from '../../../shared/check/index';
import { api, asCallError, exportedFileUrl } from '../api/client';
import type { Notice } from '../app/Notice';
import '../preview/preview.css';

type Kind = 'docx' | 'pdf';
interface Blocked {
  kind: Kind;
  variant: ExportVariant;
  message: string;
  reasons: ExportReason[];
}

const VERSION: Record<ExportVariant, string> = { official: '正式文件', web: '网站公开版', draft: '草稿' };

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
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const pdfMenu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (blocked) dialog.current?.showModal();
    else dialog.current?.close();
  }, [blocked]);

  async function run(kind: Kind, variant: ExportVariant) {
    if (pdfMenu.current) pdfMenu.current.open = false;
    setBlocked(null);
    setBusy(true);
    onNotice({ text: `正在导出${VERSION[variant]}…` });
    try {
      await beforeExport();
      // The same gate the back end applies (it checks again on what it stored).
      assertExportAllowed(getDoc(), variant);
      const done = (path: string | null, fileName: string, toFix: number) => {
        if (!path) return onNotice(null);
        const pending = toFix && variant !== 'draft' ? `。注意：定稿前另有 ${toFix} 处必须修改的问题，见“检查”面板` : '';
        onNotice({ text: `已导出：${fileName}${pending}`, href: exportedFileUrl(path) });
      };
      if (kind === 'docx') {
        const r = await api['export.docx']({ id, variant });
        done(r.path, r.fileName, r.toFix);
      } else {
        const r = await api['export.pdf']({ id, variant });
        if (r.printHere) {
          // Web mode: the browser prints the preview route itself (打印 → 另存为 PDF).
          window.open(`${window.location.pathname}${window.location.search}${r.route}&print=1`, '_blank');
          onNotice({ text: `已在新窗口打开${VERSION[variant]}的打印页：请在打印对话框中选择“另存为 PDF”。` });
        } else done(r.path, r.fileName, r.toFix);
      }
    } catch (e) {
      const err = asCallError(e);
      if (err.code === 'EXPORT_BLOCKED' && isReasons(err.details)) {
        onNotice(null);
        setBlocked({ kind, variant, message: err.message, reasons: err.details });
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
        导出 Word
      </button>
      <button type="button" onClick={() => void run('docx', 'web')} disabled={busy} title="不含版头和版记，供政府网站公开">
        导出网站公开版
      </button>
      <details ref={pdfMenu} className="gw-export-pdf">
        <summary>导出 PDF</summary>
        <div className="gw-export-pdf-menu" role="menu">
          {(['official', 'web', 'draft'] as const).map((v) => (
            <button key={v} type="button" role="menuitem" onClick={() => void run('pdf', v)} disabled={busy}>
              {VERSION[v]} PDF
            </button>
          ))}
        </div>
      </details>
      <dialog
        ref={dialog}
        className="gw-dialog"
        aria-labelledby="gw-blocked-title"
        onClose={() => setBlocked(null)}
        data-testid="export-blocked"
      >
        {blocked && (
          <>
            <h2 id="gw-blocked-title">暂不能导出{VERSION[blocked.variant]}</h2>
            <p>{blocked.message}</p>
            <ul className="gw-reasons">
              {blocked.reasons.map((r, i) => (
                <li key={i}>
                  <button
                    type="button"
                    onClick={() => {
                      setBlocked(null);
                      onLocate(r.location);
                    }}
                  >
                    {r.where}
                  </button>
                  ：{r.message}
                </li>
              ))}
            </ul>
            <p className="gw-muted">草稿每页标有“草稿（未定稿）”，缺少的发文字号印作“（发文字号待定）”，可随时导出供传阅、修改。</p>
            <div className="gw-dialog-actions">
              <button type="button" onClick={() => setBlocked(null)}>
                返回修改
              </button>
              <button type="button" className="gw-primary" onClick={() => void run(blocked.kind, 'draft')}>
                {blocked.kind === 'pdf' ? '导出草稿 PDF' : '导出草稿'}
              </button>
            </div>
          </>
        )}
      </dialog>
    </div>
  );
}
