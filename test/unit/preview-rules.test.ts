/**
 * The paged preview draws a table's rules from the plan, as the .docx writer does: the body
 * table ruled all round, the 版记 thick above and below and thin between its rows, open at the
 * sides. Rendered to markup on the server, no browser needed.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { PagedPreview } from '../../renderer/src/preview/PagedPreview';
import { layoutDocument, type PlanTable } from '../../shared/layout/index';
import { tableReport } from '../helpers/reports';

const css = (sz: number, color: string) => `${sz / 8}pt solid #${color}`;

/** The inline style of every element with `className`, in document order. */
function styles(html: string, className: string): Record<string, string>[] {
  const re = new RegExp(`class="${className}(?: [^"]*)?" style="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map(([, style]) =>
    Object.fromEntries(
      style!
        .replace(/&quot;/g, '"')
        .split(';')
        .filter(Boolean)
        .map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)]),
    ),
  );
}

test('the 版记 rows carry the plan’s rules, and nothing at the sides', () => {
  const doc = tableReport();
  const plan = layoutDocument(doc, 'official')
    .sections.flatMap((s) => s.blocks)
    .find((b): b is PlanTable => b.kind === 'table' && b.role === 'colophon')!;
  const html = renderToStaticMarkup(createElement(PagedPreview, { doc, variant: 'official' }));
  const rows = styles(html, 'gw-row gw-colophon');
  expect(rows.length).toBe(plan.rows.length);
  const { color, top, bottom, insideHorizontal } = plan.rules;
  expect(rows.map((r) => r['border-top'])).toEqual([css(top, color), ...rows.slice(1).map(() => css(insideHorizontal, color))]);
  expect(rows.map((r) => r['border-bottom'])).toEqual([...rows.slice(1).map(() => undefined), css(bottom, color)]);
  // The cells of the 版记 draw no side rules (the plan gives them none).
  const colophonHtml = html.slice(html.indexOf('gw-row gw-colophon'));
  for (const cell of styles(colophonHtml, 'gw-cell')) {
    expect(cell['border-left']).toBeUndefined();
    expect(cell['border-right']).toBeUndefined();
  }
});

test('a body table is ruled round every cell, as the plan says, on every page it spans', () => {
  const doc = tableReport();
  const tables = layoutDocument(doc, 'official')
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is PlanTable => b.kind === 'table' && b.role === 'table');
  const { color, top, bottom, insideHorizontal, left, insideVertical, right } = tables[0]!.rules;
  expect(top).toBe(insideHorizontal); // so a row continued on a new page is closed above too
  const html = renderToStaticMarkup(createElement(PagedPreview, { doc, variant: 'official' }));
  const rows = styles(html, 'gw-row gw-table');
  expect(rows.length).toBeGreaterThanOrEqual(tables.reduce((n, t) => n + t.rows.length, 0));
  for (const r of rows) expect(r['border-top']).toBe(css(top, color));
  // Only the last row of each table closes it below.
  expect(rows.filter((r) => r['border-bottom'] === css(bottom, color)).length).toBe(tables.length);
  const first = html.indexOf('gw-row gw-table');
  const cells = styles(html.slice(first), 'gw-cell').slice(0, tables[0]!.columns.length);
  expect(cells.map((c) => c['border-left'])).toEqual([css(left, color), ...cells.slice(1).map(() => css(insideVertical, color))]);
  expect(cells.map((c) => c['border-right'])).toEqual([...cells.slice(1).map(() => undefined), css(right, color)]);
});
