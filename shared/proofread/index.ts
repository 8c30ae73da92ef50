/**
 * 公文校对: the offline proofreader. Pure (no Node, no DOM): rules in rules/, word lists in
 * lists/*.json. `proofread` finds, to the character; `applyFixes` applies the certain fixes;
 * the checker (shared/check/rules/proofread.ts) shows the findings in the 检查 panel and in
 * `gongwen check --json`; `gongwen fix` applies them to a draft file.
 */
import type { ReportDocument } from '../model/document';
import { proofread } from './proofread';
import type { ProofClass, ProofFinding } from './types';
import { pathKey } from './units';
import { EMPTY_DICTIONARY, type ProofDictionary } from './dictionary';

/** The same findings, computed once per document object and dictionary (the checker asks once per rule). */
const cache = new WeakMap<ReportDocument, { dictionary: ProofDictionary; findings: ProofFinding[] }>();
export function proofreadCached(doc: ReportDocument, dictionary: ProofDictionary = EMPTY_DICTIONARY): ProofFinding[] {
  const hit = cache.get(doc);
  if (hit && hit.dictionary === dictionary) return hit.findings;
  const findings = proofread(doc, { dictionary });
  cache.set(doc, { dictionary, findings });
  return findings;
}

export function countByClass(findings: readonly ProofFinding[]): Record<ProofClass, number> {
  const counts: Record<ProofClass, number> = { punct: 0, words: 0, terms: 0, numbers: 0, repeat: 0, year: 0 };
  for (const f of findings) counts[f.class]++;
  return counts;
}

/**
 * A key for one finding that survives edits elsewhere (for 忽略): the rule, the unit, and the
 * characters with a little text around them — not the offset, which any edit before it moves,
 * and not the characters alone, which a paragraph may hold many times (its commas).
 */
export function findingKey(f: Pick<ProofFinding, 'rule' | 'range'>, unitText: string): string {
  const { start, end } = f.range;
  return `${f.rule}|${pathKey(f.range.path)}|${unitText.slice(Math.max(0, start - 8), end + 8)}`;
}

export { PROOF_RULES } from './rules';
export { proofread } from './proofread';
export { applyFixes, fixAll } from './apply';
export {
  compileDictionary,
  isAccepted,
  DICTIONARY_LIMITS,
  DictionaryEntryFields,
  type DictionaryEntryInput,
} from './dictionary';
export * from './types';
