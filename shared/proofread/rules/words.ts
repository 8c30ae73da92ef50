/** 字词 and 规范表述: the maintained lists (lists/*.json) applied with their context rules. */
import { matchList, shippedLists } from '../lists';
import { PM } from '../messages';
import type { ProofContext, ProofHit, ProofUnit } from '../types';

export function words(unit: ProofUnit): ProofHit[] {
  return matchList(shippedLists().words, unit.text).map(({ start, end, entry }) => ({
    start,
    end,
    to: entry.right,
    message: PM.word(entry.wrong, entry.right, entry.note),
  }));
}

/** 自定义词典 禁用: the organ's own banned words, fixed where it gave the form to write. */
export function banned(unit: ProofUnit, ctx: ProofContext): ProofHit[] {
  const list = ctx.dictionary.ban;
  if (!list) return [];
  return matchList(list, unit.text).map(({ start, end, entry }) => ({
    start,
    end,
    ...(entry.right ? { to: entry.right } : {}),
    message: PM.banned(entry.wrong, entry.right, entry.note),
  }));
}

export function terms(unit: ProofUnit): ProofHit[] {
  return matchList(shippedLists().terms, unit.text).map(({ start, end, entry }) => ({
    start,
    end,
    to: entry.right,
    message: PM.term(entry.wrong, entry.right),
  }));
}
