/** What the proofreader says: one finding per place, down to the character, with a fix where it is certain. */
import * as z from 'zod/mini';
import { PROOF_CLASSES, PROOF_CLASS_NAMES } from './class-names';
import type { ProofDictionary } from './dictionary';

/** The classes of 公文校对, as the 检查 panel groups them and `gongwen fix --rule` names them. */
export const ProofClass = z.enum(PROOF_CLASSES);
export type ProofClass = z.infer<typeof ProofClass>;
export { PROOF_CLASS_NAMES };

/** A replacement: the text as it stands (`from`) and what it becomes (`to`). */
export const Fix = z.object({ from: z.string(), to: z.string() });
export type Fix = z.infer<typeof Fix>;

/**
 * Where a finding is, to the character: the text unit's path in the document (the same keys a
 * zod issue path uses: `['body', 2, 'children', 0]` a paragraph, `[…, 'heading']` a heading,
 * `['body', 4, 'rows', 1, 2]` a table cell, `['lead', 0]`, `['meta', 'title']`) and UTF-16
 * offsets into the unit's plain text (its runs joined).
 */
export const TextRange = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gte(0)),
});
export type TextRange = z.infer<typeof TextRange>;

export type UnitKind = 'title' | 'lead' | 'heading' | 'paragraph' | 'cell';

/** One piece of text the proofreader reads: a heading, a paragraph, a cell, the title. */
export interface ProofUnit {
  path: (string | number)[];
  text: string;
  kind: UnitKind;
  /** The section the text belongs to (for a heading: its own section). */
  sectionId?: string | undefined;
  /** In an attachment (附件): its index in meta.attachments. */
  attachment?: number;
}

/** What a rule reports inside one unit. */
export interface ProofHit {
  start: number;
  end: number;
  message: string;
  /** The replacement, only when it is certain. */
  to?: string;
  /** A replacement offered to the clerk but not applied by 全部修正 or `gongwen fix` (e.g. 今年 → 2024年). */
  suggestion?: string;
}

export interface ProofContext {
  /** The year the report is about (meta.year). */
  year: number;
  /** 文种 (meta.kind): 年度用语 applies to 报告 only. */
  kind: string;
  /** The organ's 自定义词典 (its banned words are a rule of their own). */
  dictionary: ProofDictionary;
}

export interface ProofRule {
  id: string;
  class: ProofClass;
  /** What the rule checks, in Chinese (for `gongwen check --rules`-style listings and review). */
  title: string;
  level: 'warning' | 'info';
  /** Only for these 文种; all when absent. */
  kinds?: readonly string[];
  run(unit: ProofUnit, ctx: ProofContext): ProofHit[];
}

export interface ProofFinding {
  rule: string;
  class: ProofClass;
  level: 'warning' | 'info';
  message: string;
  range: TextRange;
  unitKind: UnitKind;
  sectionId?: string | undefined;
  /** The text in the range as it stands. */
  text: string;
  fix?: Fix;
  suggestion?: string;
}
