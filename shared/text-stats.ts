/**
 * 字数: how many characters a clerk would count, the way Word's 字数统计 does without spaces
 * (every character except whitespace; heading numbers are not text, so they never count).
 * The draft list, the navigator, the completeness checker and the CLI all count with these.
 */
import type { Block, ReportDocument, Section } from './model/document';
import { runsText } from './model/document';

const WHITESPACE = /[\s\u3000]/g;

export function textChars(text: string): number {
  return text.length - (text.match(WHITESPACE)?.length ?? 0);
}

/** A prescribed table counts the digits filled in: filled, its part is written; all 待填, it is empty. */
function fixedTableChars(values: Readonly<Record<string, number | null>>): number {
  let n = 0;
  for (const v of Object.values(values)) if (v !== null) n += String(v).length;
  return n;
}

/** Characters in blocks: paragraphs, table cells, and sections with their headings. */
export function blocksChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph') n += textChars(runsText(b.runs));
    else if (b.type === 'table') for (const row of b.rows) for (const cell of row) n += textChars(runsText(cell.runs));
    else if (b.type === 'fixedTable') n += fixedTableChars(b.values);
    else n += textChars(b.heading) + blocksChars(b.children);
  }
  return n;
}

/** A section's content below its heading (sub-sections included). */
export function sectionBodyChars(section: Section): number {
  return blocksChars(section.children);
}

/** The whole text: lead and body (not the header fields). */
export function documentChars(doc: ReportDocument): number {
  return blocksChars(doc.lead) + blocksChars(doc.body);
}
