/**
 * The paged preview: true-scale A4 pages drawn from the very layout the .docx export writes
 * (shared/layout): the same line breaks on the 22 × 28 grid, the same pages, the 版头, page
 * numbers and the 版记 where the exported file has them. Self-contained: give it a document.
 */
import { useDeferredValue, useEffect, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import {
  DRAFT_MARK,
  cellWidth,
  cellColumns,
  spanWidth,
  layoutDocument,
  paraLines,
  type LaidPage,
  type PlacedLine,
  type PlacedRow,
  type PlanPara,
  type PlanRun,
} from '../../../shared/layout/index';
import type { ExportVariant } from '../../../shared/export/variant';
import { COLOR, FOOTER_LINE, INDENT, PAGE, SIZE, pageNumberText } from '../../../shared/gbt9704';
import { cssFontStack, resolveFonts, type FontRole, type FontSettings } from '../../../shared/fonts';
import { PV } from './messages';
import './preview.css';

export interface PagedPreviewProps {
  doc: ReportDocument;
  variant?: ExportVariant;
  fonts?: Partial<FontSettings>;
  /** Screen scale (1 = true size at 96 dpi). */
  zoom?: number;
  /** Show “共 N 页” above the pages (off on the print route). */
  showCount?: boolean;
  /** Told the page count whenever it changes (for a count shown elsewhere). */
  onPageCount?: (pages: number) => void;
}

const pt = (twips: number) => `${twips / 20}pt`;
const SANS_ROLES = new Set<FontRole>(['heading1', 'headerFields', 'attachmentLabel']);

export function PagedPreview({ doc, variant = 'official', fonts, zoom = 1, showCount = true, onPageCount }: PagedPreviewProps) {
  // Typing stays responsive: the layout follows the latest text when the browser has time.
  const deferred = useDeferredValue(doc);
  const layout = useMemo(() => layoutDocument(deferred, variant), [deferred, variant]);
  const resolved = useMemo(() => resolveFonts(fonts), [fonts]);
  const pages = layout.pages.length;
  useEffect(() => onPageCount?.(pages), [pages, onPageCount]);
  return (
    <div className="gw-preview" style={{ '--gw-zoom': zoom } as CSSProperties} aria-label={PV.title} data-pages={layout.pages.length}>
      {showCount && (
        <div className="gw-preview-count" role="status" data-testid="preview-count">
          {PV.pages(layout.pages.length)}
        </div>
      )}
      {layout.pages.map((p) => (
        <Page key={p.index} page={p} fonts={resolved} draft={variant === 'draft'} />
      ))}
    </div>
  );
}

function Page({ page, fonts, draft }: { page: LaidPage; fonts: FontSettings; draft: boolean }) {
  const odd = (page.index + 1) % 2 === 1;
  return (
    <section className="gw-sheet" aria-label={PV.page(page.index + 1)} data-page={page.index + 1}>
      {draft && (
        <div
          className="gw-draft-mark"
          style={{
            top: pt(PAGE.header),
            left: pt(PAGE.marginLeft),
            width: pt(PAGE.textWidth),
            lineHeight: pt(FOOTER_LINE),
            fontFamily: cssFontStack(fonts.heading1, 'sans-serif'),
            fontSize: `${SIZE.draftMark}pt`,
            color: `#${COLOR.draftMark}`,
            fontWeight: 700,
          }}
        >
          {DRAFT_MARK}
        </div>
      )}
      <div
        className="gw-block"
        style={{ left: pt(PAGE.marginLeft), top: pt(PAGE.marginTop), width: pt(PAGE.textWidth), height: pt(PAGE.textHeight) }}
      >
        {page.items.map((it, i) =>
          it.kind === 'line' ? <Line key={i} item={it} fonts={fonts} /> : <Row key={i} item={it} fonts={fonts} />,
        )}
      </div>
      {page.number !== null && (
        <div
          className="gw-page-number"
          style={{
            top: pt(PAGE.height - PAGE.footer - FOOTER_LINE),
            left: pt(PAGE.marginLeft + (odd ? 0 : INDENT.pageNumberInset)),
            width: pt(PAGE.textWidth - INDENT.pageNumberInset),
            textAlign: odd ? 'right' : 'left',
            fontFamily: cssFontStack(fonts.pageNumber),
            fontSize: `${SIZE.pageNumber}pt`,
            lineHeight: pt(FOOTER_LINE),
          }}
        >
          {pageNumberText(page.number)}
        </div>
      )}
    </section>
  );
}

/** The runs of a paragraph cut to [start, end) as styled spans. */
function spans(p: PlanPara, start: number, end: number, fonts: FontSettings): ReactNode[] {
  const out: ReactNode[] = [];
  let pos = 0;
  p.runs.forEach((r, i) => {
    const a = Math.max(start, pos);
    const b = Math.min(end, pos + r.text.length);
    pos += r.text.length;
    if (a >= b) return;
    const text = r.text.slice(a - (pos - r.text.length), b - (pos - r.text.length)).replace(/\n/g, '');
    out.push(
      <span key={i} style={runStyle(r, fonts)}>
        {text}
      </span>,
    );
  });
  return out;
}

function runStyle(r: PlanRun, fonts: FontSettings): CSSProperties {
  return {
    fontFamily: `${cssFontStack(fonts[r.font], SANS_ROLES.has(r.font) ? 'sans-serif' : 'serif').replace(/, (serif|sans-serif)$/, '')}, ${cssFontStack(fonts.latin)}`,
    fontSize: `${r.size}pt`,
    letterSpacing: r.spacing ? `${r.spacing / 20}pt` : undefined,
    fontWeight: r.bold ? 700 : undefined,
    color: r.color ? `#${r.color}` : undefined,
    background: r.highlight ? '#fff176' : undefined,
    display: r.scale ? 'inline-block' : undefined,
    transform: r.scale ? `scaleX(${r.scale / 100})` : undefined,
    whiteSpace: 'pre',
  };
}

function Line({ item, fonts, width = PAGE.textWidth }: { item: PlacedLine; fonts: FontSettings; width?: number }) {
  const p = item.para;
  const text = p.runs.map((r) => r.text).join('');
  const first = item.first;
  const left = p.indent.left + (first ? p.indent.firstLine : 0);
  const box: CSSProperties = {
    top: pt(item.y),
    left: pt(left),
    width: pt(width - left - p.indent.right),
    height: pt(p.line),
    lineHeight: pt(p.line),
    borderBottom: item.last && p.borderBottom ? `${p.borderBottom.sz / 8}pt solid #${p.borderBottom.color}` : undefined,
    paddingBottom: item.last && p.borderBottom ? `${p.borderBottom.space}pt` : undefined,
  };
  if (p.tabs?.length) return <TabLine item={item} text={text} box={box} fonts={fonts} />;
  const align = p.align === 'justify' ? (item.last ? 'left' : 'justify') : p.align;
  return (
    <div
      className={`gw-line gw-role-${p.role}${p.problem && first ? ' gw-line-problem' : ''}`}
      data-problem={p.problem && first ? p.problem : undefined}
      title={p.problem && first ? p.problem : undefined}
      style={{ ...box, textAlign: align, textAlignLast: align === 'justify' ? 'justify' : undefined }}
    >
      {spans(p, item.box.start, item.box.end, fonts)}
    </div>
  );
}

/** A line laid out by tab stops (发文字号 and 签发人, 印发): each segment starts at its stop. */
function TabLine({ item, text, box, fonts }: { item: PlacedLine; text: string; box: CSSProperties; fonts: FontSettings }) {
  const p = item.para;
  const stops = p.tabs ?? [];
  const segments: { start: number; end: number }[] = [];
  let s = item.box.start;
  for (let i = item.box.start; i <= item.box.end; i++) {
    if (i === item.box.end || text[i] === '\t' || text[i] === '\n') {
      segments.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return (
    <div className={`gw-line gw-role-${p.role}`} style={{ ...box, left: 0, width: pt(PAGE.textWidth) }}>
      {segments.map((seg, k) => {
        if (seg.start >= seg.end) return null;
        const stop = k === 0 ? { pos: p.indent.left, align: 'left' as const } : (stops[k - 1] ?? stops[stops.length - 1]!);
        const style: CSSProperties =
          stop.align === 'right'
            ? { position: 'absolute', right: pt(PAGE.textWidth - stop.pos), top: 0 }
            : { position: 'absolute', left: pt(stop.pos), top: 0 };
        return (
          <span key={k} style={style}>
            {spans(p, seg.start, seg.end, fonts)}
          </span>
        );
      })}
    </div>
  );
}

function Row({ item, fonts }: { item: PlacedRow; fonts: FontSettings }) {
  const t = item.table;
  const row = t.rows[item.row]!;
  const colophon = t.role === 'colophon';
  const first = item.row === 0;
  const last = item.row === t.rows.length - 1;
  // The plan decides the rules (body table or 版记); 0 is no rule.
  const rules = t.rules;
  const rule = (sz: number) => (sz > 0 ? `${sz / 8}pt solid #${rules.color}` : undefined);
  const lefts = t.columns.map((_, ci) => t.columns.slice(0, ci).reduce((a, b) => a + b, 0));
  // Merged cells (prescribed tables): a cell spans grid columns; one merged down draws no rule above.
  const starts = cellColumns(row);
  const merged = row.cells.some((c) => c.vMerge === 'continue');
  const top = rule(first ? rules.top : rules.insideHorizontal);
  return (
    <div
      className={`gw-row ${colophon ? 'gw-colophon' : 'gw-table'}`}
      style={{
        top: pt(item.y),
        height: pt(item.height),
        width: pt(PAGE.textWidth),
        borderTop: merged ? undefined : top,
        borderBottom: last ? rule(rules.bottom) : undefined,
      }}
    >
      {row.cells.map((cell, ci) => {
        const at = starts[ci]!;
        const w = t.columns.slice(at, at + (cell.colSpan ?? 1)).reduce((a, b) => a + b, 0);
        const left = lefts[at]!;
        const inner = cell.colSpan ? spanWidth(t, row, ci) : cellWidth(t, ci);
        let y = 0;
        return (
          <div
            key={ci}
            className="gw-cell"
            style={{
              left: pt(left),
              width: pt(w),
              height: '100%',
              borderLeft: rule(ci === 0 ? rules.left : rules.insideVertical),
              ...(merged ? { borderTop: cell.vMerge === 'continue' ? undefined : top } : {}),
              borderRight: ci === row.cells.length - 1 ? rule(rules.right) : undefined,
            }}
          >
            <div className="gw-cell-inner" style={{ left: pt(t.cellMargin), width: pt(inner) }}>
              {cell.paras.flatMap((p, pi) =>
                paraLines(p, inner).map((box, li, all) => {
                  const placed: PlacedLine = { kind: 'line', y, para: p, box, first: li === 0, last: li === all.length - 1 };
                  y += p.line;
                  return <Line key={`${pi}-${li}`} item={placed} fonts={fonts} width={inner} />;
                }),
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
