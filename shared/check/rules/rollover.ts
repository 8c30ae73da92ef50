/**
 * A draft rolled forward from last year's report (shared/rollover): figures carried over and
 * still marked 待核实, and years the rollover kept because it could not tell whether they belong
 * to the reporting cycle. One finding each, with the count, pointing at the first one.
 */
import { openFigures, yearCheckPlace } from '../../rollover/open';
import { M } from '../messages';
import type { CheckContext, FindingLocation, Hit } from '../types';

export function unconfirmedFigures(ctx: CheckContext): Hit[] {
  const open = openFigures(ctx.doc);
  if (!open.count || !open.first) return [];
  return [{ message: M.unconfirmedFigures(open.count), location: open.first.place, excerpt: open.first.context }];
}

export function yearChecksOpen(ctx: CheckContext): Hit[] {
  const checks = ctx.doc.rollover?.yearChecks ?? [];
  const first = checks[0];
  if (!first) return [];
  const place = yearCheckPlace(first, new Set(ctx.sections.map((s) => s.id)));
  const location: FindingLocation = place.type === 'title' ? { type: 'meta', field: 'title' } : place;
  return [{ message: M.yearChecksOpen(checks.length), location, excerpt: first.excerpt }];
}
