/**
 * 分页预览 in the draft workspace: the pages of the version chosen (正式文件, 网站公开版, 草稿),
 * scaled to the column's width, following the text once typing pauses.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import { VERSION_NAMES, type ExportVariant } from '../../../shared/export/variant';
import { PAGE } from '../../../shared/gbt9704';
import { useDebounced } from '../ui/useDebounced';
import { PagedPreview } from './PagedPreview';
import { api, asCallError } from '../api/client';
import type { FontChoice } from './fontSettings';
import { PV } from './messages';
import './preview.css';

/** Layout of a long report takes tens of milliseconds: never between two keystrokes. */
const PREVIEW_DELAY_MS = 400;
/** A4 width in CSS pixels (96 dpi): 11906 twips. */
const SHEET_PX = (PAGE.width / 1440) * 96;

/**
 * 打印 the version on screen: Electron prints the print route with the system's print dialog; in
 * a browser the print route opens in a new tab and prints itself (A4, no margins, as the file).
 */
async function printVersion(id: string, variant: ExportVariant, beforePrint: () => Promise<void>): Promise<string> {
  await beforePrint();
  const r = await api['export.print']({ id, variant });
  const gaps = r.toFix && variant !== 'draft' ? PV.printGaps(r.toFix) : '';
  if (r.printHere) {
    window.open(`${window.location.pathname}${window.location.search}${r.route}&print=1`, '_blank');
    return PV.printHere(VERSION_NAMES[variant], gaps);
  }
  return r.printed ? PV.printed(VERSION_NAMES[variant], gaps) : PV.printCancelled;
}

export function PreviewPane({
  doc,
  fonts,
  draftId,
  beforePrint = async () => {},
}: {
  doc: ReportDocument;
  fonts: FontChoice;
  /** The draft shown: with it the pane offers 打印. */
  draftId?: string;
  /** Save what is typed, so the printout is of the text on screen. */
  beforePrint?: () => Promise<void>;
}) {
  const settled = useDebounced(doc, PREVIEW_DELAY_MS);
  const [printNote, setPrintNote] = useState<{ text: string; error: boolean } | null>(null);
  const [printing, setPrinting] = useState(false);
  const print = async () => {
    if (!draftId) return;
    setPrinting(true);
    setPrintNote(null);
    try {
      setPrintNote({ text: await printVersion(draftId, variant, beforePrint), error: false });
    } catch (e) {
      setPrintNote({ text: asCallError(e).message, error: true });
    } finally {
      setPrinting(false);
    }
  };
  const [variant, setVariant] = useState<ExportVariant>('official');
  const [zoom, setZoom] = useState(0.5);
  const [pages, setPages] = useState<number | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  // Fit the sheets to the column (minus the scroll bar and a margin).
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => setZoom(Math.max(0.2, Math.min(1.5, (el.clientWidth - 28) / SHEET_PX)));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  return (
    <div className="gw-preview-pane" ref={ref} data-testid="preview-pane">
      <div className="gw-preview-bar">
        <label>
          {PV.version}{' '}
          <select value={variant} onChange={(e) => setVariant(e.target.value as ExportVariant)} aria-label={PV.versionLabel}>
            {(Object.keys(VERSION_NAMES) as ExportVariant[]).map((v) => (
              <option key={v} value={v}>
                {VERSION_NAMES[v]}
              </option>
            ))}
          </select>
        </label>
        <span className="gw-muted">{Math.round(zoom * 100)}%</span>
        <span className="gw-preview-pages" role="status" data-testid="preview-count">
          {pages === null ? '' : PV.pages(pages)}
        </span>
        {draftId && (
          <button type="button" onClick={() => void print()} disabled={printing} title={PV.printTitle}>
            {PV.print}
          </button>
        )}
      </div>
      {printNote && (
        <p className={printNote.error ? 'gw-error' : 'gw-notice'} role={printNote.error ? 'alert' : 'status'} data-testid="print-note">
          {printNote.text}
        </p>
      )}
      <PagedPreview doc={settled} variant={variant} fonts={fonts} zoom={zoom} showCount={false} onPageCount={setPages} />
    </div>
  );
}
