/**
 * Paste and drop: the clipboard (Word, WPS, a web page, plain text, or this editor) becomes clean
 * model blocks — styles, classes, fonts and Word's mso- markup dropped; bold kept in paragraphs;
 * typed numbers turned into sections (shared/paste-structure.ts) — inserted at the caret.
 *
 * Before anything is inserted the paste is held to the document's limits (shared/model/limits.ts):
 * what the draft can still take, a heading's length, a paragraph's. A paste that does not fit is
 * refused whole with a message saying how large it was and what to do; nothing changes.
 */
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $addUpdateTag,
  PASTE_TAG,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $isTableCellNode } from '@lexical/table';
import { z } from 'zod';
import { Block as BlockSchema, type Block, type Run, type SectionLevel, type Table, type TableCell } from '../../../shared/model/document';
import { LIMITS } from '../../../shared/model/limits';
import { describeIssue, issueSentence } from '../../../shared/model/describe-issue';
import type { SourceItem } from '../../../shared/import/build';
import { structurePasted, textToLines, type PastedStructure } from '../../../shared/paste-structure';
import { parseHeadingPrefix } from '../../../shared/headings/index';
import { $blocksToNodes, $layout, $runsToNodes } from './mapping';
import { $isLeadParagraphNode, $isRunInMarkNode, $isSectionHeadingNode, $createLeadParagraphNode, type SectionHeadingNode } from './nodes';
import { enclosingHeading, type OutlinePolicy } from './structure';
import { MSG } from './messages';

// ---------------------------------------------------------------------------------------------
// Clipboard HTML → lines

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'UL',
  'OL',
  'DT',
  'DD',
  'CENTER',
  'ADDRESS',
]);
const SKIP_TAGS = new Set([
  'STYLE',
  'SCRIPT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'XML',
  'NOSCRIPT',
  'TEMPLATE',
  'IMG',
  'svg',
  'OBJECT',
  'IFRAME',
]);

function isBold(el: Element, inherited: boolean): boolean {
  if (el.tagName === 'B' || el.tagName === 'STRONG') return true;
  // Read the style attribute as text: the parsed document is never rendered.
  const style = el.getAttribute('data-gw-style') ?? '';
  const m = /font-weight\s*:\s*([a-z0-9]+)/i.exec(style);
  if (m) return m[1] === 'bold' || m[1] === 'bolder' || Number(m[1]) >= 600;
  return inherited;
}

/** Word wraps its HTML source lines; a break between two CJK characters is no space. */
function cleanText(s: string): string {
  return s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/ {2,}/g, ' ');
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function tidyRuns(runs: Run[]): Run[] {
  // Drop spaces next to CJK text (source line wraps, &nbsp; padding after list numbers).
  const text = runs.map((r) => r.text).join('');
  const keep: boolean[] = [...text].map((ch, i, all) => ch !== ' ' || !(CJK.test(all[i - 1] ?? '') || CJK.test(all[i + 1] ?? '')));
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const chars = [...r.text];
    const kept = chars.filter((_, i) => keep[pos + i]).join('');
    pos += chars.length;
    if (kept) out.push({ ...r, text: kept });
  }
  return out;
}

function headingLevelOf(el: Element): SectionLevel | undefined {
  const own = (el as HTMLElement).dataset?.gwLevel;
  if (own && /^[1-4]$/.test(own)) return Number(own) as SectionLevel;
  return undefined;
}

function tableFrom(el: HTMLTableElement): Table {
  const rows: TableCell[][] = [];
  let headerRows = 0;
  let countingHeader = true;
  for (const tr of Array.from(el.rows)) {
    const cells = Array.from(tr.cells).map((cell) => {
      const lines = linesFrom(cell).flatMap((it) => (it.kind === 'line' ? [it.runs] : []));
      const runs: Run[] = [];
      lines.forEach((l, i) => {
        if (i > 0) runs.push({ text: '\n' });
        runs.push(...l);
      });
      return { runs };
    });
    if (!cells.length) continue;
    const isHeader = tr.parentElement?.tagName === 'THEAD' || Array.from(tr.cells).every((c) => c.tagName === 'TH');
    if (countingHeader && isHeader) headerRows++;
    else countingHeader = false;
    rows.push(cells.slice(0, 30));
  }
  return { type: 'table', headerRows: Math.min(headerRows || (rows.length > 1 ? 1 : 0), 5), rows: rows.length ? rows : [[{ runs: [] }]] };
}

/** Lines of runs (and tables) in document order. */
export function linesFrom(root: Node): SourceItem[] {
  const items: SourceItem[] = [];
  let current: Run[] = [];
  let level: SectionLevel | undefined;
  const flush = () => {
    const runs = tidyRuns(current);
    if (runs.some((r) => r.text.trim())) items.push({ kind: 'line', runs, ...(level ? { styleLevel: level } : {}) });
    current = [];
    level = undefined;
  };
  const walk = (node: Node, bold: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = cleanText(node.textContent ?? '');
      if (text) current.push(bold ? { text, bold: true } : { text });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments: Word's <!--[if …]--> and the like
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(el.tagName)) return;
    if (tag === 'TABLE') {
      flush();
      items.push({ kind: 'table', table: tableFrom(el as HTMLTableElement) });
      return;
    }
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'TR';
    if (block) flush();
    const own = headingLevelOf(el);
    if (own) level = own;
    const b = isBold(el, bold);
    for (const child of Array.from(el.childNodes)) walk(child, b);
    if (block) flush();
  };
  walk(root, false);
  flush();
  return items;
}

/**
 * Parsed documents live under the page's CSP: a style attribute or <style> element in them is
 * reported as a violation even though nothing is rendered. So style sheets go before parsing and
 * style attributes are renamed (bold is still read from them, as text).
 */
export function defuseStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/\sstyle\s*=/gi, ' data-gw-style='));
}

export function htmlToLines(html: string): SourceItem[] {
  const doc = new DOMParser().parseFromString(defuseStyles(html), 'text/html');
  return linesFrom(doc.body);
}

// ---------------------------------------------------------------------------------------------
// Insertion

function $pointBlock(selection: RangeSelection): LexicalNode | null {
  return selection.anchor.getNode().getTopLevelElement();
}

/** The levels of the sections open at `block` (to place pasted headings under them). */
function $contextMinLevel(policy: OutlinePolicy, block: LexicalNode | null): SectionLevel {
  if (!block) return policy.minLevel;
  const entries = $layout();
  const index = entries.findIndex((e) => e.node.is(block));
  const h = index < 0 ? -1 : enclosingHeading(entries, index);
  if (h < 0 || !policy.fixed) return policy.minLevel;
  return Math.min(4, (entries[h]!.node as SectionHeadingNode).getLevel() + 1) as SectionLevel;
}

/** Characters of text pasted (typed numbers included: a little more than lands, never less). */
export function itemsTextSize(items: readonly SourceItem[]): number {
  let n = 0;
  for (const it of items) {
    if (it.kind === 'line') for (const r of it.runs) n += r.text.length;
    else for (const row of it.table.rows) for (const cell of row) for (const r of cell.runs) n += r.text.length;
  }
  return n;
}

/** Text in the editor as the model counts it: every run and heading, line breaks; not the run-in "。". */
export function $editorTextSize(): number {
  let n = 0;
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length) {
    const node = stack.pop()!;
    if ($isRunInMarkNode(node)) continue;
    if ($isTextNode(node)) n += node.getTextContentSize();
    else if ($isLineBreakNode(node)) n += 1;
    else if ($isElementNode(node)) for (let c = node.getFirstChild(); c; c = c.getNextSibling()) stack.push(c);
  }
  return n;
}

/** Model blocks in a pasted structure, nested ones included. */
function blockCount(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + 1 + (b.type === 'section' ? blockCount(b.children) : 0), 0);
}

/** Which part of a heading line a point is in (a run-in heading: the sentence, or the body after its "。"), and its size. */
function $headingPart(heading: SectionHeadingNode, point: PointType): { part: 'heading' | 'body'; size: number } {
  const children = heading.getChildren();
  const mark = children.findIndex((c) => $isRunInMarkNode(c));
  const at = point.getNode().is(heading) ? point.offset : children.findIndex((c) => c.is(point.getNode()) || c.isParentOf(point.getNode()));
  const inBody = mark >= 0 && at > mark;
  const part = mark < 0 ? children : inBody ? children.slice(mark + 1) : children.slice(0, mark);
  return { part: inBody ? 'body' : 'heading', size: part.reduce((n, c) => n + c.getTextContentSize(), 0) };
}

/** The pasted lines as one heading: one line, no typed number (the number comes from its place). */
function headingText(lines: readonly Run[][]): string {
  const one = lines
    .map((l) => l.map((r) => r.text).join(''))
    .join('')
    .replace(/\s*\n\s*/g, '');
  return parseHeadingPrefix(one)?.rest ?? one;
}

/** Pasted blocks are held to the document's own schema before they go in. */
const PastedBlocks = z.array(BlockSchema).max(LIMITS.listBlocks);

type Target = 'heading' | 'cell' | 'lead' | 'body';

/** Where a paste at `point` lands: text only into a heading, a table cell or the lead; blocks into the body. */
function $targetAt(point: PointType): Target {
  const node = point.getNode();
  const block = node.getTopLevelElement();
  if ($isSectionHeadingNode(block)) return 'heading';
  if (node.getParents().some((p) => $isTableCellNode(p))) return 'cell';
  return $isLeadParagraphNode(block) ? 'lead' : 'body';
}

/**
 * Why a paste cannot go in (the clerk's message), or null. Reads only: a refused paste leaves the
 * text, the caret and the undo history as they were. The per-draft size is checked first and
 * from the clipboard's text alone, so a huge paste is refused before it is structured.
 */
function $pasteRefusal(
  target: Target,
  items: SourceItem[],
  selection: RangeSelection,
  start: PointType,
  outsideChars: number,
  structure: () => PastedStructure,
): string | null {
  const selected = selection.isCollapsed() ? 0 : selection.getTextContent().length;
  const size = itemsTextSize(items);
  const room = Math.max(0, LIMITS.draftChars - ($editorTextSize() + outsideChars - selected));
  if (size > room) return MSG.pasteTooLarge(size, room);

  const startNode = start.getNode();
  const block = startNode.getTopLevelElement();
  const blockSize = block ? block.getTextContentSize() : 0;
  const lines = items.flatMap((it) => (it.kind === 'line' ? [it.runs] : []));
  const lineSize = (l: readonly Run[]) => l.reduce((n, r) => n + r.text.length, 0);
  switch (target) {
    case 'heading': {
      const { part, size: now } = $headingPart(block as SectionHeadingNode, start);
      const after = now - selected + headingText(lines).length;
      if (part === 'heading' && after > LIMITS.headingChars) return MSG.pasteHeadingTooLong(after);
      if (part === 'body' && after > LIMITS.runChars) return MSG.pasteParagraphTooLong(after);
      return null;
    }
    case 'cell': {
      const cell = startNode.getParents().find((p) => $isTableCellNode(p));
      const after = (cell?.getTextContentSize() ?? 0) - selected + size + Math.max(0, lines.length - 1);
      return after > LIMITS.runChars ? MSG.pasteParagraphTooLong(after) : null;
    }
    case 'lead': {
      // The first line joins the paragraph at the caret; each further line is a lead paragraph.
      const first = blockSize - selected + (lines[0] ? lineSize(lines[0]) : 0);
      const longest = lines.slice(1).reduce((m, l) => Math.max(m, lineSize(l)), first);
      if (longest > LIMITS.runChars) return MSG.pasteParagraphTooLong(longest);
      const leads = $getRoot()
        .getChildren()
        .filter((n) => $isLeadParagraphNode(n)).length;
      const after = leads + Math.max(0, lines.length - 1);
      return after > LIMITS.leadParagraphs ? MSG.pasteTooManyLead(after) : null;
    }
    case 'body': {
      const { blocks } = structure();
      const checked = PastedBlocks.safeParse(blocks);
      if (!checked.success)
        return MSG.pasteRefused(issueSentence(describeIssue(checked.error.issues[0]!, blocks, MSG.pasteWhere), MSG.pasteAgain));
      const only = blocks.length === 1 ? blocks[0]! : null;
      if (only?.type === 'paragraph') {
        const after = blockSize - selected + size;
        return after > LIMITS.runChars ? MSG.pasteParagraphTooLong(after) : null;
      }
      // Every list of the model (body, a section) is at most the editor's top-level blocks.
      const after = $getRoot().getChildrenSize() + blockCount(blocks);
      return after > LIMITS.listBlocks ? MSG.pasteTooManyBlocks(after) : null;
    }
  }
}

/**
 * Insert pasted items at the selection (inside editor.update). Returns a message or null.
 * `outsideChars`: text the draft holds outside the editor (attachments), for the per-draft limit.
 */
export function $insertPasted(policy: OutlinePolicy, items: SourceItem[], outsideChars = 0): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  // Where the paste lands once the selection is gone: its start.
  const start = selection.isBackward() ? selection.focus : selection.anchor;
  const startBlock = start.getNode().getTopLevelElement();
  const into = $targetAt(start);
  let structured: PastedStructure | null = null;
  const structure = () => (structured ??= structurePasted(items, { minLevel: $contextMinLevel(policy, startBlock) }));
  const refusal = $pasteRefusal(into, items, selection, start, outsideChars, structure);
  if (refusal) return refusal;

  if (!selection.isCollapsed()) selection.removeText();
  $addUpdateTag(PASTE_TAG);
  const block = $pointBlock(selection);
  const lines = items.flatMap((it) => (it.kind === 'line' ? [it.runs] : []));

  // In a heading, a table cell or the lead: text only.
  if (into !== 'body') {
    const joiner = into === 'lead' ? null : into === 'heading' ? '' : '\n';
    if (joiner === null && lines.length > 1) {
      // Lead: one lead paragraph per line.
      selection.insertText(lines[0]!.map((r) => r.text).join(''));
      let after: ElementNode = block as ElementNode;
      for (const l of lines.slice(1)) {
        const p = $createLeadParagraphNode();
        p.append(...$runsToNodes(l));
        after.insertAfter(p);
        after = p;
      }
      after.selectEnd();
      return null;
    }
    const text = lines.map((l) => l.map((r) => r.text).join('')).join(joiner ?? '');
    selection.insertText(into === 'heading' ? headingText(lines) : text);
    return into === 'heading' && lines.length > 1 ? MSG.pasteInHeading : null;
  }

  const { blocks, headings } = structure();
  if (!blocks.length) return null;
  // One plain paragraph: inline, at the caret.
  if (blocks.length === 1 && blocks[0]!.type === 'paragraph') {
    selection.insertNodes($runsToNodes(blocks[0]!.runs));
    return null;
  }
  const nodes = $blocksToNodes(blocks, { explicit: false });
  const target = block as ElementNode | null;
  if (!target) {
    $getRoot().append(...nodes);
  } else {
    // Split the paragraph at the caret; the pasted blocks go between its halves.
    const emptyBefore = target.getTextContentSize() === 0;
    if (emptyBefore) {
      for (const n of nodes) target.insertBefore(n);
      target.remove();
    } else {
      const tail = selection.insertParagraph();
      const head = tail ? tail.getPreviousSibling() : target;
      let after: LexicalNode = head ?? target;
      for (const n of nodes) {
        after.insertAfter(n);
        after = n;
      }
      if (tail && tail.getTextContentSize() === 0) tail.remove();
      if (head && head.getTextContentSize() === 0 && !head.is(after)) head.remove();
    }
  }
  const last = nodes[nodes.length - 1]!;
  if ('selectEnd' in last && typeof (last as ElementNode).selectEnd === 'function') (last as ElementNode).selectEnd();
  else if ($isTextNode(last)) last.select();
  return headings ? MSG.pasted(headings) : null;
}

/** What the clipboard or a drop holds, as lines. */
export function dataTransferLines(data: DataTransfer | null): SourceItem[] | null {
  if (!data) return null;
  const html = data.getData('text/html');
  if (html) return htmlToLines(html);
  const text = data.getData('text/plain');
  if (text) return textToLines(text);
  return null;
}
