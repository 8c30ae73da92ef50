/**
 * The 版记: 抄送 and 印发 at the foot of the last even page, between a thick rule above and below
 * and thin rules between the items.
 */
import type { ReportDocument } from '../model/document';
import { CHAR, COLOR, GRID, INDENT, PAGE, RULE, SIZE } from '../gbt9704';
import { borderWidth, paraHeight } from './measure';
import { para } from './para';
import type { PlanRow, PlanTable } from './types';

/** The 版记 as a one-column table (LibreOffice drops floating ones): 抄送 and 印发 rows between thick and thin rules. */
export function colophon(doc: ReportDocument): PlanTable | null {
  const m = doc.meta;
  const cc = m.cc.map((c) => c.trim()).filter(Boolean);
  const printedBy = m.printedBy.trim();
  const printedDate = m.printedDate.trim();
  if (!cc.length && !printedBy && !printedDate) return null;
  const style = { size: SIZE.colophon, spacing: 0 };
  const inset = INDENT.colophonInset;
  const rows: PlanRow[] = [];
  if (cc.length) {
    const lead = '抄送：';
    const leadW = 3 * CHAR.si;
    let text = lead + cc.join('，');
    if (!/[。.]$/.test(text)) text += '。';
    const p = para('colophon', [{ text, font: 'colophon', ...style }], { align: 'left', indent: { left: inset + leadW, right: inset, firstLine: -leadW } });
    rows.push({ cells: [{ paras: [p] }], header: false, exactHeight: paraHeight(p) });
  }
  const printed = printedDate ? `${printedDate}${printedDate.endsWith('印发') ? '' : '印发'}` : '';
  const p = para('colophon', [{ text: `${printedBy}\t${printed}`, font: 'colophon', ...style }], {
    align: 'left',
    indent: { left: inset, right: 0, firstLine: 0 },
    tabs: [{ pos: PAGE.textWidth - inset, align: 'right' }],
  });
  // The thick bottom rule is drawn below the last row: take it off that row, so the rule's lower
  // edge lands where the row's last grid line ends.
  const thick = RULE.colophonThickSz;
  rows.push({ cells: [{ paras: [p] }], header: false, exactHeight: GRID.line - borderWidth(thick) });
  // Thick above and below, thin between the items, nothing at the sides.
  const rules = { color: COLOR.black, top: thick, bottom: thick, left: 0, right: 0, insideHorizontal: RULE.colophonThinSz, insideVertical: 0 };
  return { kind: 'table', role: 'colophon', columns: [PAGE.textWidth], rows, cellMargin: 0, rules };
}
