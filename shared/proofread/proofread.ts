/** Running the rules over a document's text units. */
import type { ReportDocument } from '../model/document';
import { PROOF_RULES } from './rules';
import type { ProofFinding } from './types';
import { proofUnits } from './units';
import { acceptedSpans, EMPTY_DICTIONARY, insideSpan, type ProofDictionary } from './dictionary';

interface ProofOptions {
  /** Only these rule ids or classes (all when absent or empty). */
  only?: readonly string[];
  /** The organ's 自定义词典: no finding inside an accepted term; banned words found. */
  dictionary?: ProofDictionary | undefined;
}

function selectRules(only: readonly string[] | undefined) {
  if (!only || only.length === 0) return PROOF_RULES;
  return PROOF_RULES.filter((r) => only.includes(r.id) || only.includes(r.class));
}

export function proofread(doc: ReportDocument, opts: ProofOptions = {}): ProofFinding[] {
  const rules = selectRules(opts.only).filter((r) => !r.kinds || r.kinds.includes(doc.meta.kind));
  const dictionary = opts.dictionary ?? EMPTY_DICTIONARY;
  const ctx = { year: doc.meta.year, kind: doc.meta.kind, dictionary };
  const out: ProofFinding[] = [];
  for (const unit of proofUnits(doc)) {
    if (!unit.text) continue;
    const taken: [number, number][] = [];
    const found: ProofFinding[] = [];
    // The accepted terms in this unit, found once, when it has a finding at all.
    let accepted: [number, number][] | undefined;
    for (const rule of rules) {
      for (const hit of rule.run(unit, ctx)) {
        // Inside a term the organ accepts: not a mistake, and it takes no place from other rules.
        if (dictionary.accept && insideSpan((accepted ??= acceptedSpans(dictionary, unit.text)), hit.start, hit.end)) continue;
        // The earlier rule's finding stands where two overlap.
        if (taken.some(([s, e]) => hit.start < e && s < hit.end)) continue;
        taken.push([hit.start, hit.end]);
        const text = unit.text.slice(hit.start, hit.end);
        found.push({
          rule: rule.id,
          class: rule.class,
          level: rule.level,
          message: hit.message,
          range: { path: unit.path, start: hit.start, end: hit.end },
          unitKind: unit.kind,
          sectionId: unit.sectionId,
          text,
          ...(hit.to !== undefined && hit.to !== text ? { fix: { from: text, to: hit.to } } : {}),
          ...(hit.suggestion !== undefined ? { suggestion: hit.suggestion } : {}),
        });
      }
    }
    out.push(...found.sort((a, b) => a.range.start - b.range.start));
  }
  return out;
}
