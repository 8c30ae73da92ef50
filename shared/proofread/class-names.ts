/**
 * The six 公文校对 classes and their Chinese names, without the schema: the CLI's help table
 * (electron/cli/commands) lists them and must start without loading zod. ./types.ts builds the
 * `ProofClass` enum from this list.
 */
export const PROOF_CLASSES = ['punct', 'words', 'terms', 'numbers', 'repeat', 'year'] as const;
type ProofClassName = (typeof PROOF_CLASSES)[number];

export const PROOF_CLASS_NAMES: Record<ProofClassName, string> = {
  punct: '标点',
  words: '字词',
  terms: '规范表述',
  numbers: '数字与日期',
  repeat: '重复',
  year: '年度用语',
};
