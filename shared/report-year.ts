/**
 * The reported year (meta.year): which year a new report is about by default, and what changes
 * with it when the clerk changes it in 文件信息.
 */
import type { Block, ReportDocument, Run } from './model/document';
import type { Template } from './model/template';

/** Months (1–12) in which the default is the year that has just ended (or is ending). */
const SEASON_OF_LAST_YEAR = new Set([1, 2, 3]);

/**
 * The year a new report is about by default. Yearly reports are written from December to March
 * about the year that is ending or has just ended: in December that is still the current year
 * (2026-12-02 → 2026), in January–March the one before (2027-02-10 → 2026). From April to
 * November a report is about the current year (a half-year report, a 请示).
 */
export function defaultReportYear(now: Date = new Date()): number {
  const year = now.getFullYear();
  return SEASON_OF_LAST_YEAR.has(now.getMonth() + 1) ? year - 1 : year;
}

/** The years the 新建 and 文件信息 year menus offer around `around` (newest first). */
export function yearChoices(around: number, extra: readonly number[] = []): number[] {
  const set = new Set([around + 1, around, around - 1, around - 2, ...extra]);
  return [...set].sort((a, b) => b - a);
}

interface YearChange {
  doc: ReportDocument;
  /** Where the year was changed in the text: 标题, 开头段, and the headings by their new text. */
  changed: string[];
}

/**
 * A draft moved to another reported year. What follows the year:
 * - meta.year (the checker's year rules, the lists, the file name);
 * - the title's “YYYY年” (a report's title names its year: “关于2025年度……的报告”);
 * - the first lead paragraph's mentions of the reported year (the template's “2025年，在……”
 *   and “现将2025年度……报告如下”);
 * - the headings of template parts whose pattern carries the year ({year}: “2025年度……主要举措”,
 *   {next}: “2026年度……主要安排”).
 * What stays: the body text (the clerk's own sentences; the checker's 今年/去年 and date rules
 * point at what may need changing), the 发文字号 (its year is the year of issue), the 成文日期,
 * and a roll-forward's record of the year it came from.
 */
export function changeReportYear(doc: ReportDocument, to: number, template: Template | undefined): YearChange {
  const from = doc.meta.year;
  if (to === from) return { doc, changed: [] };
  const changed: string[] = [];
  const reported = new Map([[from, to]]);
  const both = new Map([
    [from, to],
    [from + 1, to + 1],
  ]);

  const title = swapYears(doc.meta.title, reported);
  if (title !== doc.meta.title) changed.push('标题');

  let lead = doc.lead;
  const first = doc.lead[0];
  if (first) {
    const runs = swapRuns(first.runs, reported);
    if (runs !== first.runs) {
      lead = [{ ...first, runs }, ...doc.lead.slice(1)];
      changed.push('开头段');
    }
  }

  // Only the parts whose template heading carries a year, and only the years it carries.
  const slotYears = new Map<string, Map<number, number>>();
  for (const slot of template?.slots ?? []) {
    const hasYear = slot.heading.includes('{year}');
    const hasNext = slot.heading.includes('{next}');
    if (hasYear || hasNext) slotYears.set(slot.id, hasYear && hasNext ? both : hasYear ? reported : new Map([[from + 1, to + 1]]));
  }
  const walk = (blocks: Block[]): Block[] => {
    let out: Block[] | null = null;
    blocks.forEach((b, i) => {
      if (b.type !== 'section') return;
      const map = b.slot ? slotYears.get(b.slot) : undefined;
      const heading = map ? swapYears(b.heading, map) : b.heading;
      const children = walk(b.children);
      if (heading === b.heading && children === b.children) return;
      if (heading !== b.heading) changed.push(heading);
      out ??= [...blocks];
      out[i] = { ...b, heading, children };
    });
    return out ?? blocks;
  };
  const body = walk(doc.body);

  return { doc: { ...doc, meta: { ...doc.meta, year: to, title }, lead, body }, changed };
}

/**
 * Each four-digit year followed by 年 that `map` names, replaced in one pass (so moving 2025 to
 * 2026 and 2026 to 2027 never moves a year twice). A year inside a longer number is not one.
 */
function swapYears(text: string, map: ReadonlyMap<number, number>): string {
  return text.replace(/(?<!\d)(\d{4})(?=年)/g, (m, y: string) => {
    const to = map.get(Number(y));
    return to === undefined ? m : String(to);
  });
}

function swapRuns(runs: Run[], map: ReadonlyMap<number, number>): Run[] {
  let out: Run[] | null = null;
  runs.forEach((r, i) => {
    const text = swapYears(r.text, map);
    if (text === r.text) return;
    out ??= [...runs];
    out[i] = { ...r, text };
  });
  return out ?? runs;
}
