/**
 * 公文校对 in the checker: each proofreader rule (shared/proofread) is a checker rule of the
 * text group, its findings pointing at the exact characters and carrying the fix.
 */
import { findingKey, proofreadCached, PROOF_RULES, type ProofFinding } from '../../proofread/index';
import { excerpt } from '../context';
import type { CheckContext, FindingLocation, Hit, Rule } from '../types';

function location(f: ProofFinding): FindingLocation {
  const [top, field, index] = f.range.path;
  if (top === 'meta' && field === 'attachments' && typeof index === 'number') return { type: 'attachment', index };
  if (top === 'meta') return { type: 'meta', field: 'title' };
  if (f.range.path[0] === 'lead') return { type: 'lead' };
  return f.sectionId ? { type: 'section', sectionId: f.sectionId } : { type: 'body' };
}

/** The hits of every proofreader rule, grouped by rule once per check (its document and dictionary). */
const byCheck = new WeakMap<CheckContext, Map<string, Hit[]>>();

function hits(ctx: CheckContext, rule: string): Hit[] {
  let byRule = byCheck.get(ctx);
  if (!byRule) {
    byRule = new Map();
    byCheck.set(ctx, byRule);
    const texts = new Map<ProofFinding['range']['path'], string>();
    for (const f of proofreadCached(ctx.doc, ctx.dictionary)) {
      let unitText = texts.get(f.range.path);
      if (unitText === undefined) texts.set(f.range.path, (unitText = unitTextOf(ctx, f)));
      if (ctx.ignored.size && ctx.ignored.has(findingKey(f, unitText))) continue;
      let list = byRule.get(f.rule);
      if (!list) byRule.set(f.rule, (list = []));
      list.push({
        message: f.message,
        location: location(f),
        excerpt: excerpt(unitText, f.range.start, f.range.end - f.range.start),
        range: f.range,
        class: f.class,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      });
    }
  }
  return byRule.get(rule) ?? [];
}

/** The finding's unit text, read back from the document by its path. */
function unitTextOf(ctx: CheckContext, f: ProofFinding): string {
  let node: unknown = ctx.doc;
  for (const k of f.range.path) node = (node as Record<string | number, unknown> | undefined)?.[k];
  if (typeof node === 'string') return node;
  const runs = (node as { runs?: { text: string }[] } | undefined)?.runs;
  return runs ? runs.map((r) => r.text).join('') : f.text;
}

export const PROOF_CHECK_RULES: readonly Rule[] = PROOF_RULES.map((r) => ({
  id: r.id,
  level: r.level,
  group: 'text',
  title: r.title,
  ...(r.kinds ? { kinds: r.kinds } : {}),
  run: (ctx: CheckContext) => hits(ctx, r.id),
}));
