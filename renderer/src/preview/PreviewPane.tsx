/**
 * 分页预览 in the draft workspace: the pages of the version chosen (正式文件, 网站公开版, 草稿),
 * scaled to the column's width, following the text once typing pauses.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import { VERSION_NAMES, type ExportVariant } from '../../../shared/export/variant';
import { PAGE } from '../../../shared/gbt9704';
import { useDebounced } from '../panels/useDebounced';
import { PagedPreview } from './PagedPreview';
import type { FontChoice } from './fontSettings';
import './preview.css';

/** Layout of a long report takes tens of milliseconds: never between two keystrokes. */
const PREVIEW_DELAY_MS = 400;
/** A4 width in CSS pixels (96 dpi): 11906 twips. */
const SHEET_PX = (PAGE.width / 1440) * 96;

export function PreviewPane({ doc, fonts }: { doc: ReportDocument; fonts: FontChoice }) {
  const settled = useDebounced(doc, PREVIEW_DELAY_MS);
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
          版本{' '}
          <select value={variant} onChange={(e) => setVariant(e.target.value as ExportVariant)} aria-label="预览版本">
            {(Object.keys(VERSION_NAMES) as ExportVariant[]).map((v) => (
              <option key={v} value={v}>
                {VERSION_NAMES[v]}
              </option>
            ))}
          </select>
        </label>
        <span className="gw-muted">{Math.round(zoom * 100)}%</span>
        <span className="gw-preview-pages" role="status" data-testid="preview-count">
          {pages === null ? '' : `共 ${pages} 页`}
        </span>
      </div>
      <PagedPreview doc={settled} variant={variant} fonts={fonts} zoom={zoom} showCount={false} onPageCount={setPages} />
    </div>
  );
}
