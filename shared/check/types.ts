/** What the checker says: findings with a rule id, a level, a Chinese message and a place. */
import * as z from 'zod/mini';
import type { ReportDocument, Section } from '../model/document';
import type { Template } from '../model/template';
import { Fix, ProofClass, TextRange } from '../proofread/types';
import type { ProofDictionary } from '../proofread/dictionary';

import { FindingLevel } from './levels';

/** The levels and their words: shared/check/levels.ts. */
export { FindingLevel };

export const FindingGroup = z.enum(['structure', 'meta', 'text']);
export type FindingGroup = z.infer<typeof FindingGroup>;

/** Header/colophon fields a finding can point at (the header form has one input per field). */
export const MetaField = z.enum([
  'organ',
  'organHeader',
  'docNumber',
  'signers',
  'title',
  'addressee',
  'date',
  'signatureOrgan',
  'note',
  'cc',
  'printedBy',
  'printedDate',
]);
export type MetaField = z.infer<typeof MetaField>;

export const FindingLocation = z.discriminatedUnion('type', [
  /** A section (its heading or its own text). */
  z.object({ type: z.literal('section'), sectionId: z.string() }),
  /** A template slot that has no section at all. */
  z.object({ type: z.literal('slot'), slotId: z.string() }),
  z.object({ type: z.literal('meta'), field: MetaField }),
  /** The lead paragraphs. */
  z.object({ type: z.literal('lead') }),
  /** Body text outside any section (free outlines), or the body as a whole. */
  z.object({ type: z.literal('body') }),
  /** An attachment (附件): its index in meta.attachments. */
  z.object({ type: z.literal('attachment'), index: z.int().check(z.gte(0)) }),
]);
export type FindingLocation = z.infer<typeof FindingLocation>;

export const Finding = z.object({
  rule: z.string(),
  level: FindingLevel,
  group: FindingGroup,
  message: z.string(),
  location: FindingLocation,
  /** The offending text as it stands, so the UI can find it in the editor. */
  excerpt: z.optional(z.string()),
  /** The exact characters (公文校对 findings): the text unit's path and offsets into its text. */
  range: z.optional(TextRange),
  /** The certain replacement of the characters in `range`: `from` as it stands, `to` what it becomes. */
  fix: z.optional(Fix),
  /** A replacement offered but not certain (今年 → 2024年); 全部修正 and `gongwen fix` leave it. */
  suggestion: z.optional(z.string()),
  /** The 公文校对 class (标点, 字词, …), for 全部修正 per class and `gongwen fix --rule`. */
  class: z.optional(ProofClass),
  /** A cell of a prescribed table (shared/model/fixed-table.ts): the table's id and the cell's key. */
  cell: z.optional(z.object({ table: z.string(), key: z.string() })),
});
export type Finding = z.infer<typeof Finding>;

/** One piece of text the text rules look at. */
export interface TextUnit {
  text: string;
  kind: 'lead' | 'heading' | 'paragraph' | 'cell' | 'meta';
  location: FindingLocation;
  /** The section the text belongs to (for headings: the section itself). */
  section?: Section;
}

/** What a check takes besides the document: the clerk's own settings. */
export interface CheckOptions {
  /** 设置 › 自定义词典, compiled (shared/proofread/dictionary.ts). */
  dictionary?: ProofDictionary | undefined;
  /** Keys (shared/proofread `findingKey`) of the 公文校对 findings the clerk chose to 忽略 in this draft. */
  ignored?: ReadonlySet<string> | undefined;
  /**
   * Only rules whose table level is one of these (a hit never rises above its rule's level, so
   * this loses no finding at these levels). The export gate asks for `error` and `gap` and skips
   * the 公文校对 pass and the style rules, most of a one-off `gongwen export`'s checking.
   */
  levels?: readonly FindingLevel[] | undefined;
}

export interface CheckContext {
  doc: ReportDocument;
  /** Undefined when the draft names a template this build does not have. */
  template: Template | undefined;
  /** Every section, depth first. */
  sections: Section[];
  /** Parent of each section id (undefined for top-level sections). */
  parents: Map<string, Section | undefined>;
  /** Headings, paragraphs, cells, and the header fields with free text. */
  units: TextUnit[];
  /** The organ's 自定义词典 for 公文校对 (empty when none is passed). */
  dictionary: ProofDictionary;
  /** 公文校对 findings ignored in this draft, by key. */
  ignored: ReadonlySet<string>;
}

/**
 * What a rule reports; level and group come from the rules table. `level` lowers the table's
 * where one rule finds both kinds (发文机关: one of 标志 and 全称 missing is a gap, both an error);
 * it never raises it (checkDocument holds to that, so filtering rules by level loses nothing).
 */
export type Hit = Pick<Finding, 'message' | 'location'> & { excerpt?: string | undefined; level?: FindingLevel } & Partial<
    Pick<Finding, 'range' | 'fix' | 'suggestion' | 'class' | 'cell'>
  >;

export interface Rule {
  id: string;
  level: FindingLevel;
  group: FindingGroup;
  /** What the rule checks, in Chinese (for `gongwen check --rules` and review). */
  title: string;
  /** Only for these 文种 (meta.kind); all when absent. */
  kinds?: readonly string[];
  run(ctx: CheckContext): Hit[];
}
