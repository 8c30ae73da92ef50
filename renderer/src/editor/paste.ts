/**
 * Paste and drop: the clipboard (Word, WPS, a web page, plain text, or this editor) becomes clean
 * model blocks — styles, classes, fonts and Word's mso- markup dropped; bold kept in paragraphs;
 * typed numbers turned into sections (shared/paste-structure.ts) — inserted at the caret.
 */
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $addUpdateTag,
  PASTE_TAG,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $isTableCellNode } from '@lexical/table';
import type { Run, SectionLevel, Table, TableCell } from '../../../shared/model/document';
import type { SourceItem } from '../../../shared/import/build';
import { structurePasted, textToLines } from '../../../shared/paste-structure';
import { parseHeadingPrefix } from '../../../shared/import/headings';
import { $blocksToNodes, $layout, $runsToNodes } from './mapping';
import { $isLeadParagraphNode, $isSectionHeadingNode, $createLeadParagraphNode, type SectionHeadingNode } from './nodes';
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

/** Insert pasted items at the selection (inside editor.update). Returns a message or null. */
export function $insertPasted(policy: OutlinePolicy, items: SourceItem[]): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if (!selection.isCollapsed()) selection.removeText();
  $addUpdateTag(PASTE_TAG);
  const anchorNode = selection.anchor.getNode();
  const block = $pointBlock(selection);
  const lines = items.flatMap((it) => (it.kind === 'line' ? [it.runs] : []));
  const inCell = !!anchorNode.getParents().find((p) => $isTableCellNode(p));

  // In a heading, a table cell or the lead: text only.
  if ($isSectionHeadingNode(block) || inCell || $isLeadParagraphNode(block)) {
    const joiner = $isLeadParagraphNode(block) ? null : $isSectionHeadingNode(block) ? '' : '\n';
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
    // Into a heading: one line, and no typed number (the heading's number comes from its place).
    const heading = () => {
      const one = text.replace(/\s*\n\s*/g, '');
      return parseHeadingPrefix(one)?.rest ?? one;
    };
    selection.insertText($isSectionHeadingNode(block) ? heading() : text);
    return $isSectionHeadingNode(block) && lines.length > 1 ? MSG.pasteInHeading : null;
  }

  const { blocks, headings } = structurePasted(items, { minLevel: $contextMinLevel(policy, block) });
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
