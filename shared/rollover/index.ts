/**
 * Roll last year's report forward into this year's draft (以往年报告为模板新建). Pure: returns a
 * new document, the source is never changed.
 *
 * - years tied to the cycle move, history and fixed periods stay, unsure ones stay and are
 *   listed in `rollover.yearChecks` (rules in years.ts and docs/import-rollover.md);
 * - every figure in body text and tables becomes a run marked `unconfirmed` (待核实);
 * - last year's `plans` items become `rollover.plans`, the checklist for this year's measures;
 * - 发文字号, 成文日期 and 印发日期 are cleared;
 * - each section's text as rolled is kept in `rollover.previous`, the baseline for the live
 *   "still identical to last year" figure (similarity.ts).
 */
import type { Block, FixedTable, Paragraph, ReportDocument, Run, Section, Table, YearCheck } from '../model/document';
import { numberCells, rollValues } from '../model/fixed-table-grid';
import { fixedTableDef, getTemplate } from '../templates';
import { SavableDocument } from '../model/document';
import { AppError } from '../errors';
import { applyYears, findYears, type YearHit } from './years';
import { findFigures, markFigures } from './figures';
import { planItems } from './plans';
import { sectionOwnText } from './similarity';
import { runsText } from '../model/document';
import { keyedRecord } from '../own';
import { ROLLOVER_MESSAGES } from './messages';

export { planCoverage, type PlanCoverage } from './plans';
export { SimilarityIndex, documentSimilarity, type DocumentSimilarity } from './similarity';
export { findYears, applyYears } from './years';

interface RolloverOptions {
  /** The year the new report covers; default the source's year + 1. */
  toYear?: number | undefined;
  /** Slot whose items become the checklist; default `plans`. */
  plansSlot?: string | undefined;
}

interface RolloverStats {
  yearsMoved: number;
  yearsKept: number;
  yearChecks: number;
  figures: number;
  plans: number;
  /** Numbers carried into prescribed tables (上年结转 from last year's 结转下年度). */
  carried: number;
}

interface RolloverResult {
  doc: ReportDocument;
  /** Summary and notes for the clerk, in Chinese. */
  warnings: string[];
  stats: RolloverStats;
}

const EXCERPT = 12;

class Roller {
  readonly checks: YearCheck[] = [];
  readonly stats: RolloverStats = { yearsMoved: 0, yearsKept: 0, yearChecks: 0, figures: 0, plans: 0, carried: 0 };
  headingFigures = 0;
  tables = 0;

  constructor(
    private fromYear: number,
    private delta: number,
  ) {}

  private years(text: string, where: string): { text: string; hits: YearHit[] } {
    const hits = findYears(text, this.fromYear, this.delta);
    const out = applyYears(text, hits);
    for (const h of hits) {
      if (h.action === 'move') this.stats.yearsMoved++;
      else if (h.action === 'keep') this.stats.yearsKept++;
      else {
        this.stats.yearChecks++;
        const excerpt = out.slice(Math.max(0, h.index - EXCERPT), h.index + h.length + EXCERPT);
        this.checks.push({ where, year: h.year, excerpt, reason: h.reason });
      }
    }
    return { text: out, hits };
  }

  /** A plain string (title, heading): years only. */
  string(text: string, where: string): string {
    return this.years(text, where).text;
  }

  heading(text: string, where: string): string {
    const out = this.string(text, where);
    this.headingFigures += findFigures(out).length;
    return out;
  }

  /** Runs: years moved in place (same length), then figures split out and marked. */
  runs(runs: readonly Run[], where: string, wholeNumbers = false): Run[] {
    const { text } = this.years(runsText(runs), where);
    let pos = 0;
    const moved = runs.map((r) => {
      const piece = { ...r, text: text.slice(pos, pos + r.text.length) };
      pos += r.text.length;
      return piece;
    });
    const marked = markFigures(moved, { wholeNumbers });
    this.stats.figures += marked.count;
    return marked.runs;
  }

  blocks(blocks: readonly Block[], where: string): Block[] {
    return blocks.map((b) => {
      if (b.type === 'paragraph') return { ...b, runs: this.runs(b.runs, where) } satisfies Paragraph;
      if (b.type === 'table') {
        return {
          ...b,
          rows: b.rows.map((row) => row.map((cell) => ({ ...cell, runs: this.runs(cell.runs, where, true) }))),
        } satisfies Table;
      }
      if (b.type === 'fixedTable') return this.fixedTable(b);
      return this.section(b);
    });
  }

  /**
   * A prescribed table: last year's 结转下年度继续办理 becomes this year's 上年结转 (the cells the
   * template marks `rollFrom`); every other number is cleared to 待填, never carried as if current.
   */
  fixedTable(b: FixedTable): FixedTable {
    const def = fixedTableDef(b.table);
    if (!def) return b;
    this.tables++;
    const values = rollValues(def, b.values);
    for (const c of numberCells(def)) if (!c.def.sum && values[c.def.key] !== null) this.stats.carried++;
    return { ...b, values };
  }

  section(s: Section): Section {
    return { ...s, heading: this.heading(s.heading, s.id), children: this.blocks(s.children, s.id) };
  }
}

export function rollForward(source: ReportDocument, options: RolloverOptions = {}): RolloverResult {
  const fromYear = source.meta.year;
  const toYear = options.toYear ?? fromYear + 1;
  if (!Number.isInteger(toYear) || toYear <= fromYear || toYear > fromYear + 10) {
    throw new AppError('BAD_INPUT', ROLLOVER_MESSAGES.badYear(fromYear, toYear));
  }
  const plansSlot = options.plansSlot ?? getTemplate(source.meta.templateId)?.plansSlot ?? 'plans';
  const plans = planItems(source, plansSlot);
  const roll = new Roller(fromYear, toYear - fromYear);

  const meta = structuredClone(source.meta);
  meta.year = toYear;
  meta.title = roll.string(meta.title, '#title');
  meta.docNumber = null;
  meta.signature = { ...meta.signature, date: '' };
  meta.printedDate = '';
  meta.attachments = meta.attachments.map((a, i) => ({
    title: roll.string(a.title, `#attachment-${i + 1}`),
    blocks: roll.blocks(a.blocks, `#attachment-${i + 1}`),
  }));

  const lead = source.lead.map((p) => ({ ...p, runs: roll.runs(p.runs, '#lead') }));
  const body = roll.blocks(source.body, '#body');

  const previous = keyedRecord<string>();
  previous['#lead'] = lead.map((p) => runsText(p.runs)).join('\n');
  const collect = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type !== 'section') continue;
      previous[b.id] = sectionOwnText(b);
      collect(b.children);
    }
  };
  collect(body);

  const doc: ReportDocument = {
    schemaVersion: source.schemaVersion,
    meta,
    lead,
    body,
    rollover: { fromYear, plans, previous, yearChecks: roll.checks.slice(0, 1_000) },
  };
  const checked = SavableDocument.safeParse(doc);
  if (!checked.success) throw new AppError('TOO_LARGE', ROLLOVER_MESSAGES.tooMuch);

  const { stats } = roll;
  stats.plans = plans.length;
  const warnings = [
    ROLLOVER_MESSAGES.yearsMoved(stats.yearsMoved, fromYear, toYear, stats.yearsKept),
    ...(stats.yearChecks ? [ROLLOVER_MESSAGES.yearChecks(stats.yearChecks)] : []),
    ROLLOVER_MESSAGES.figures(stats.figures),
    ...(roll.headingFigures ? [ROLLOVER_MESSAGES.headingFigures(roll.headingFigures)] : []),
    ...(roll.tables ? [ROLLOVER_MESSAGES.tablesCarried(stats.carried)] : []),
    plans.length
      ? plansSlot === 'plans'
        ? ROLLOVER_MESSAGES.plans(plans.length)
        : ROLLOVER_MESSAGES.problemPlans(plans.length)
      : ROLLOVER_MESSAGES.noPlans,
    ROLLOVER_MESSAGES.cleared,
  ];
  return { doc: checked.data, warnings, stats };
}
