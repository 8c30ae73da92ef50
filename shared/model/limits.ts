/**
 * How much one document may hold: the one place these numbers live. The zod schema
 * (shared/model/document.ts) is built from them, the editor checks a paste against them before
 * inserting it, and the clerk's messages quote them (shared/model/describe-issue.ts).
 *
 * Characters are counted as the schema counts them (string length: every character, spaces and
 * line breaks included), so a check here and the contract never disagree.
 */

export const LIMITS = {
  /**
   * The whole text of one draft: lead, body and attachments. Real 法治政府建设年度报告 run
   * 5,000–60,000 characters; 500,000 is eight times the longest, about 800 printed pages.
   * Up to it the editor stays responsive (bench/editor.bench.ts) and a save stays far below
   * the web bridge's 32 MB body limit (Chinese text is ~3 bytes a character as JSON).
   */
  draftChars: 500_000,
  /** One run of text: a paragraph of one formatting, a table cell. */
  runChars: 200_000,
  /** A section heading (the sentence, without its number). */
  headingChars: 2_000,
  /**
   * Sections inside sections. The outline has four numbered levels (一、（一）1.（1））; twice that
   * leaves room for a loosely structured import while keeping every walk over the tree (schema,
   * numbering, layout, export, checker, search) far from the stack's end.
   */
  sectionDepth: 8,
  /** Blocks (paragraphs, tables, sections) in one list: the body, a section, an attachment. */
  listBlocks: 10_000,
  /** Lead paragraphs (before the first heading). */
  leadParagraphs: 1_000,
  runsPerParagraph: 10_000,
  runsPerCell: 1_000,
  tableRows: 2_000,
  tableColumns: 30,
  tableHeaderRows: 5,
  /** Ids and slot names (machine words, not text). */
  idChars: 64,
  alsoSlots: 10,
  attachments: 50,
  attachmentTitleChars: 500,
  /** Rollover: last year's plan items and the per-section baseline text. */
  planChars: 2_000,
  plans: 500,
  previousChars: 200_000,
  yearChecks: 1_000,
} as const;

/**
 * How deep sections nest in a list of blocks, counted without recursion and on input of any
 * shape (it runs before the schema does): stops counting one past `limit`.
 */
export function sectionDepth(blocks: unknown, limit: number = LIMITS.sectionDepth): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[blocks, 0]];
  while (stack.length) {
    const [list, depth] = stack.pop()!;
    if (!Array.isArray(list)) continue;
    for (const b of list as unknown[]) {
      const children = typeof b === 'object' && b !== null ? (b as { children?: unknown }).children : undefined;
      if (!Array.isArray(children)) continue;
      const d = depth + 1;
      if (d > deepest) deepest = d;
      if (d > limit) return d;
      stack.push([children, d]);
    }
  }
  return deepest;
}

/** Characters of text in blocks: paragraphs, table cells, and sections with their headings. */
export function blocksTextSize(blocks: readonly SizedBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph') for (const r of b.runs) n += r.text.length;
    else if (b.type === 'table') for (const row of b.rows) for (const cell of row) for (const r of cell.runs) n += r.text.length;
    else if (b.type === 'fixedTable')
      continue; // numbers only, bounded by FIXED_TABLE_LIMITS
    else n += b.heading.length + blocksTextSize(b.children);
  }
  return n;
}

/** The text a draft holds, as `LIMITS.draftChars` counts it (the header fields have their own limits). */
export function documentTextSize(doc: {
  readonly lead: readonly SizedBlock[];
  readonly body: readonly SizedBlock[];
  readonly meta: { readonly attachments: readonly { readonly blocks: readonly SizedBlock[] }[] };
}): number {
  let n = blocksTextSize(doc.lead) + blocksTextSize(doc.body);
  for (const a of doc.meta.attachments) n += blocksTextSize(a.blocks);
  return n;
}

/** 2315 → "2,315": how figures are written in the clerk's messages (not locale-dependent). */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * What a size counts in a block, by shape: the model's Block fits it. Kept structural so this file
 * sits below the model (document.ts builds its schema from these numbers) and imports nothing.
 */
interface TextRuns {
  readonly runs: readonly { readonly text: string }[];
}
type SizedBlock =
  | ({ readonly type: 'paragraph' } & TextRuns)
  | { readonly type: 'table'; readonly rows: readonly (readonly TextRuns[])[] }
  | { readonly type: 'fixedTable' }
  | { readonly type: 'section'; readonly heading: string; readonly children: readonly SizedBlock[] };
