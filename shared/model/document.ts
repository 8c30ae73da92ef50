/**
 * The canonical document model: what is stored, exchanged, exported and checked.
 *
 * The Lexical editor state is only a view of this. Numbers such as 一、 （一） 1. （1） are never
 * stored in any text here; they follow from a section's position (see shared/headings).
 */
// zod/mini: each schema is built with its checks in one step, without classic zod's methods on
// every schema; that halved what a one-off CLI command spends building the model at start
// (test/integration/cli-modules.test.ts keeps classic zod out of the CLI's bundles).
import * as z from 'zod/mini';
import { intIn, list } from './schema-parts';
import { LIMITS, documentTextSize, sectionDepth } from './limits';
import { stripNonXmlChars } from './xml-chars';
import { FixedTable } from './fixed-table';
import { LIMIT_WORDS } from './messages';

export { FixedTable } from './fixed-table';

/**
 * Every string of a document: characters XML 1.0 forbids are removed before any other check, so
 * whatever parses a document (a save, an import, `--set`, reading a stored draft) hands on text
 * every export can write (shared/model/xml-chars.ts).
 */
const xmlString = (max: number, min = 0) =>
  z.string().check(z.overwrite(stripNonXmlChars), ...(min ? [z.minLength(min)] : []), z.maxLength(max));

/** Bump when a stored document needs migrating; readers refuse versions newer than this. */
export const SCHEMA_VERSION = 1;

/** Marks a run can carry. `unconfirmed`: a figure carried over from last year, to be checked. */
export const RunMark = z.enum(['unconfirmed']);
export type RunMark = z.infer<typeof RunMark>;

export const Run = z.object({
  text: xmlString(LIMITS.runChars),
  bold: z.optional(z.boolean()),
  marks: z.optional(z.array(RunMark)),
});
export type Run = z.infer<typeof Run>;

export const Paragraph = z.object({
  type: z.literal('paragraph'),
  runs: list(Run, LIMITS.runsPerParagraph),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const TableCell = z.object({
  runs: list(Run, LIMITS.runsPerCell),
});
export type TableCell = z.infer<typeof TableCell>;

export const Table = z.object({
  type: z.literal('table'),
  /** The first `headerRows` rows repeat on each page and are set in bold. */
  headerRows: z._default(intIn(0, LIMITS.tableHeaderRows), 1),
  rows: list(list(TableCell, LIMITS.tableColumns, 1), LIMITS.tableRows, 1),
});
export type Table = z.infer<typeof Table>;

export const SectionLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type SectionLevel = z.infer<typeof SectionLevel>;

export interface Section {
  type: 'section';
  /** Stable id so the editor, checker and history can refer to the same section. */
  id: string;
  level: SectionLevel;
  /** Heading sentence without its number. */
  heading: string;
  /** Template slot this section fills (e.g. `measures`), if any. */
  slot?: string | undefined;
  /**
   * Further slots the same heading fills, when a report merges them ("存在的不足和下一步工作打算"
   * is `shortcomings` with `alsoSlots: ['plans']`). Optional and additive (schemaVersion 1).
   */
  alsoSlots?: string[] | undefined;
  /** Run-in: heading sentence and the first paragraph printed as one paragraph. */
  runIn: boolean;
  children: Block[];
}
export type Block = Section | Paragraph | Table | FixedTable;

export const Section: z.ZodMiniType<Section> = z.lazy(() =>
  z.object({
    type: z.literal('section'),
    id: xmlString(LIMITS.idChars, 1),
    level: SectionLevel,
    heading: xmlString(LIMITS.headingChars),
    slot: z.optional(xmlString(LIMITS.idChars)),
    alsoSlots: z.optional(list(xmlString(LIMITS.idChars), LIMITS.alsoSlots)),
    runIn: z.boolean(),
    children: list(Block, LIMITS.listBlocks),
  }),
);
/**
 * A block is picked by its `type` (a discriminated union): a plain union would first try every
 * other kind and build their failures, which was most of reading a large draft. (Section's
 * recursive annotation hides from TypeScript the `type` literal zod reads through the lazy.)
 */
const SectionOption = Section as unknown as z.ZodMiniObject<{ type: z.ZodMiniLiteral<'section'> }>;
export const Block: z.ZodMiniType<Block> = z.lazy(
  () => z.discriminatedUnion('type', [SectionOption, Paragraph, Table, FixedTable]) as unknown as z.ZodMiniType<Block>,
);

/** The custom issue a list of blocks nested deeper than `LIMITS.sectionDepth` gets (describe-issue words it). */
export const SECTION_TOO_DEEP = 'section_too_deep';

/**
 * A list of blocks (the body, an attachment): its nesting is measured before the schema descends
 * into it, so input nested thousands deep gets a clear refusal instead of overflowing the stack
 * of the schema or of anything that walks the tree afterwards.
 */
const refuseDeepSections = (value: unknown, payload: z.core.ParsePayload): unknown => {
  if (sectionDepth(value) > LIMITS.sectionDepth)
    payload.issues.push({
      code: 'custom',
      message: LIMIT_WORDS.tooDeep(LIMITS.sectionDepth),
      input: value,
      path: [],
      params: { kind: SECTION_TOO_DEEP, maximum: LIMITS.sectionDepth },
    });
  return value;
};
const blockList = <T extends z.ZodMiniType>(list: T) => z.pipe(z.transform(refuseDeepSections), list);

/** A year anywhere in a document or a call (the reported year, a 发文字号's year): 1949 on. */
const YEAR_LIMITS = { min: 1949, max: 2999 } as const;
export const Year = intIn(YEAR_LIMITS.min, YEAR_LIMITS.max);

/** The bounds of a 发文字号's parts; shared/doc-number.ts words its messages from these. */
export const DOC_NUMBER_LIMITS = { codeMax: 40, yearMin: YEAR_LIMITS.min, yearMax: YEAR_LIMITS.max, seqMax: 99_999 } as const;

/** 发文字号: 机关代字〔年份〕序号号, kept in parts so the register can be unique on them. */
export const DocNumber = z.object({
  code: xmlString(DOC_NUMBER_LIMITS.codeMax, 1),
  year: Year,
  seq: intIn(1, DOC_NUMBER_LIMITS.seqMax),
});
export type DocNumber = z.infer<typeof DocNumber>;

export const Attachment = z.object({
  title: xmlString(LIMITS.attachmentTitleChars),
  blocks: blockList(z._default(list(Block, LIMITS.listBlocks), [])),
});
export type Attachment = z.infer<typeof Attachment>;

export const Meta = z.object({
  /** The year being reported on (e.g. 2024 for the report filed in early 2025). */
  year: Year,
  templateId: xmlString(LIMITS.idChars, 1),
  /** 报告, 请示, … */
  kind: xmlString(20),
  /** 上行文 carries 签发人 on the 发文字号 line; 下行文 centres the 发文字号. */
  direction: z.enum(['up', 'down']),
  organ: z.object({
    fullName: xmlString(200),
    /** 发文机关标志, e.g. 互助县人民政府文件 */
    headerText: xmlString(200),
    /** 机关代字, e.g. 互政 */
    code: xmlString(DOC_NUMBER_LIMITS.codeMax),
  }),
  docNumber: z.nullable(DocNumber),
  signers: list(xmlString(40), 20),
  title: xmlString(500),
  /** 主送机关 */
  addressee: xmlString(500),
  signature: z.object({
    /** 署名 */
    organ: xmlString(200),
    /** 成文日期 as written, e.g. 2025年3月17日; empty until set. */
    date: xmlString(40),
    sealed: z.boolean(),
  }),
  /** 附注 */
  note: xmlString(1_000),
  attachments: list(Attachment, LIMITS.attachments),
  /** 抄送 */
  cc: list(xmlString(200), 100),
  /** 印发机关 and 印发日期 */
  printedBy: xmlString(200),
  printedDate: xmlString(40),
  /** 份号, 密级和保密期限, 紧急程度: only when set. */
  copyNo: z.optional(xmlString(20)),
  secrecy: z.optional(xmlString(40)),
  urgency: z.optional(xmlString(20)),
});
export type Meta = z.infer<typeof Meta>;

/** One item of last year's 下一年度安排, to be reported on in this year's 主要举措和成效. */
export const PlanItem = z.object({
  id: xmlString(LIMITS.idChars, 1),
  text: xmlString(LIMITS.planChars),
  /** Ticked by the clerk (or suggested by `planCoverage`) when this year's text addresses it. */
  done: z.boolean(),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** A year the rollover kept because it could not tell whether it belongs to the cycle. */
export const YearCheck = z.object({
  /** Section id, or `#lead` / `#title`. */
  where: xmlString(LIMITS.idChars),
  year: z.int(),
  /** The year with a little text around it, as it now stands, so the editor can find it. */
  excerpt: xmlString(200),
  reason: xmlString(200),
});
export type YearCheck = z.infer<typeof YearCheck>;

/**
 * Present on a draft made by rolling last year's report forward (shared/rollover). Optional and
 * additive: documents without it are plain schemaVersion 1 documents.
 */
export const RolloverInfo = z.object({
  /** The year the source report covered. */
  fromYear: Year,
  /** Last year's `plans` items: this year's checklist. */
  plans: list(PlanItem, LIMITS.plans),
  /**
   * Each section's own text (heading and its paragraphs and tables, not its sub-sections) as
   * the rollover left it, keyed by section id (`#lead` for the lead). The baseline for
   * "still word-for-word last year's" (shared/rollover/similarity.ts).
   */
  previous: z.record(xmlString(LIMITS.idChars), xmlString(LIMITS.previousChars)),
  yearChecks: z._default(list(YearCheck, LIMITS.yearChecks), []),
});
export type RolloverInfo = z.infer<typeof RolloverInfo>;

export const ReportDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: Meta,
  /** The opening paragraphs, ending "现将……报告如下：". */
  lead: list(Paragraph, LIMITS.leadParagraphs),
  body: blockList(list(Block, LIMITS.listBlocks)),
  rollover: z.optional(RolloverInfo),
});
export type ReportDocument = z.infer<typeof ReportDocument>;

/** The custom issue a document over `LIMITS.draftChars` gets (describe-issue words it from `params`). */
export const DRAFT_TOO_LONG = 'draft_too_long';

/**
 * A document the app may write: a ReportDocument whose text is within the per-draft limit.
 * Saving, importing and rolling forward check this; reading a stored draft checks only
 * ReportDocument, so a draft made before the limit existed still opens (and says why it cannot
 * be saved until shortened). Not in the JSON Schema: a sum of lengths is no JSON Schema keyword.
 */
export const SavableDocument = ReportDocument.check(
  z.superRefine((doc, ctx) => {
    const size = documentTextSize(doc);
    if (size <= LIMITS.draftChars) return;
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: LIMIT_WORDS.whole + LIMIT_WORDS.tooLong(size, LIMITS.draftChars),
      params: { kind: DRAFT_TOO_LONG, size, maximum: LIMITS.draftChars },
    });
  }),
);

/** Plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

export function paragraph(text: string): Paragraph {
  return { type: 'paragraph', runs: text ? [{ text }] : [] };
}
