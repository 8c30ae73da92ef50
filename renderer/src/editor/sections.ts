/**
 * Outline operations on the flat view: add a section, change its level, move it among its
 * siblings, delete it, switch a heading between run-in and standalone, turn a paragraph into a
 * heading and back. Each runs inside editor.update and returns the message to show (or null).
 * Numbers are never touched: they follow from position (NumberingPlugin).
 */
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  $setState,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { SectionLevel } from '../../../shared/model/document';
import { newSectionId } from '../../../shared/templates';
import { splitRunIn } from '../../../shared/headings/index';
import { $layout, type FlatEntry } from './mapping';
import { $isFixedTableNode } from './FixedTableNode';
import {
  $createLeadParagraphNode,
  $createRunInMarkNode,
  $createSectionHeadingNode,
  $getDepth,
  $isFigureTextNode,
  $isLeadParagraphNode,
  $isRunInMarkNode,
  $isSectionHeadingNode,
  $setDepth,
  bodylessState,
  type SectionHeadingNode,
} from './nodes';
import { $selectedEntry, enclosingHeading, isProtected, sectionRange, type OutlinePolicy } from './structure';
import { MSG, headingName } from './messages';
import { trimEndChars } from '../../../shared/trim';

function nodesOf(entries: readonly FlatEntry[], [start, end]: [number, number]): LexicalNode[] {
  return entries.slice(start, end).map((e) => e.node);
}

function headingLabel(h: SectionHeadingNode): string {
  return headingName(
    h
      .getChildren()
      .filter((c) => !$isRunInMarkNode(c))
      .map((c) => c.getTextContent())
      .join('')
      .split('。')[0] ?? '',
  );
}

/** A body paragraph that can become a heading or a run-in body. */
function isBodyParagraph(node: LexicalNode | null | undefined): node is ElementNode {
  return $isParagraphNode(node) && !$isLeadParagraphNode(node);
}

function insertAtEnd(entries: readonly FlatEntry[], end: number, nodes: LexicalNode[]): void {
  const before = entries[end]?.node;
  for (const n of nodes) {
    if (before) before.insertBefore(n);
    else $getRoot().append(n);
  }
}

/** New section after the caret's section (a sibling), or as the first child of a slot heading. */
export function $addSection(policy: OutlinePolicy): string | null {
  const at = $selectedEntry();
  const root = $getRoot();
  let level: SectionLevel;
  let insertAt: number;
  let entries: FlatEntry[];
  if (!at) {
    if (policy.fixed) return MSG.needSection;
    entries = $layout();
    level = 1;
    insertAt = entries.length;
  } else {
    entries = at.entries;
    const h = enclosingHeading(entries, at.index);
    if (h < 0) {
      if (policy.fixed) return MSG.needSection;
      level = 1;
      // After the lead, or after the current block.
      insertAt = at.entries[at.index]!.depth < 0 ? entries.findIndex((e) => e.depth >= 0) : at.index + 1;
      if (insertAt < 0) insertAt = entries.length;
    } else {
      const heading = entries[h]!.node as SectionHeadingNode;
      const asChild = isProtected(policy, heading) || heading.getLevel() < policy.minLevel;
      if (asChild && heading.getLevel() >= 4) return MSG.deepest;
      level = (asChild ? heading.getLevel() + 1 : heading.getLevel()) as SectionLevel;
      insertAt = sectionRange(entries, h)[1];
    }
  }
  const heading = $createSectionHeadingNode(newSectionId(), level);
  const body = $createParagraphNode();
  insertAtEnd(entries, insertAt, [heading, body]);
  if (root.getChildrenSize() === 0) root.append(heading);
  heading.select(0, 0);
  return null;
}

/** The heading at the caret, or null. */
function $caretHeading(): { entries: FlatEntry[]; index: number; heading: SectionHeadingNode } | null {
  const at = $selectedEntry();
  if (!at) return null;
  const node = at.entries[at.index]!.node;
  return $isSectionHeadingNode(node) ? { ...at, heading: node } : null;
}

/**
 * Tab / Shift+Tab. On a free heading: one level down or up (within the template's range). On a
 * body paragraph, Tab makes it a sub-heading of the section it is in.
 */
export function $changeLevel(policy: OutlinePolicy, delta: 1 | -1): string | null {
  const at = $selectedEntry();
  if (!at) return MSG.notHeading;
  const node = at.entries[at.index]!.node;
  if ($isSectionHeadingNode(node)) {
    if (isProtected(policy, node)) return MSG.requiredLevel;
    const level = node.getLevel() + delta;
    if (level < policy.minLevel) return policy.fixed ? MSG.topLevel : null;
    if (level > 4) return MSG.deepest;
    node.setLevel(level as SectionLevel);
    $setDepth(node, null);
    return null;
  }
  if (delta < 0 || !isBodyParagraph(node)) return MSG.notHeading;
  const h = enclosingHeading(at.entries, at.index);
  if (h < 0 && policy.fixed) return MSG.needSection;
  const parentLevel = h < 0 ? 0 : (at.entries[h]!.node as SectionHeadingNode).getLevel();
  if (parentLevel >= 4) return MSG.deepest;
  $paragraphToHeading(node, Math.max(parentLevel + 1, policy.minLevel) as SectionLevel);
  return null;
}

/** A body paragraph becomes a heading; a first sentence followed by more text makes it run-in. */
export function $paragraphToHeading(p: ElementNode, level: SectionLevel): SectionHeadingNode {
  const text = p.getTextContent();
  const { heading: sentence, body, bodyStart } = splitRunIn(text.replace(/^[\s\u3000]+/, ''));
  const h = $createSectionHeadingNode(newSectionId(), level, null, !!body);
  h.append($createTextNode(sentence));
  if (body) {
    h.append($createRunInMarkNode());
    const offset = text.length - text.replace(/^[\s\u3000]+/, '').length + bodyStart;
    // Keep the body's formatting: split the paragraph's text nodes at the body start.
    let pos = 0;
    for (const child of p.getChildren()) {
      const size = child.getTextContentSize();
      if (pos + size <= offset) {
        pos += size;
        continue;
      }
      if ($isTextNode(child) && pos < offset) {
        const parts = child.splitText(offset - pos);
        h.append(parts[parts.length - 1]!);
      } else h.append(child);
      pos += size;
    }
  }
  $setDepth(h, $getDepth(p));
  p.replace(h);
  h.selectEnd();
  return h;
}

/** A free heading becomes a body paragraph; a run-in heading keeps its "。" as text. */
export function $headingToParagraph(policy: OutlinePolicy, h: SectionHeadingNode): string | null {
  if (isProtected(policy, h)) return MSG.requiredToBody;
  const p = $createParagraphNode();
  for (const child of h.getChildren()) {
    if ($isRunInMarkNode(child)) p.append($createTextNode('。'));
    else p.append(child);
  }
  $setDepth(p, $getDepth(h));
  h.replace(p);
  p.selectStart();
  return null;
}

export function $caretHeadingToParagraph(policy: OutlinePolicy): string | null {
  const at = $caretHeading();
  return at ? $headingToParagraph(policy, at.heading) : MSG.notHeading;
}

/** Move the caret's section (with everything under it) before or after its neighbour. */
export function $moveSection(policy: OutlinePolicy, dir: -1 | 1): string | null {
  const at = $caretHeading();
  if (!at) return MSG.notHeading;
  const { entries, index, heading } = at;
  const range = sectionRange(entries, index);
  if (nodesOf(entries, range).some((n) => isProtected(policy, n))) return MSG.requiredMove;
  const depth = entries[index]!.depth;
  if (dir < 0) {
    let j = index - 1;
    while (j >= 0 && entries[j]!.depth > depth) j--;
    const sibling = entries[j];
    if (!sibling || sibling.depth !== depth || !$isSectionHeadingNode(sibling.node) || isProtected(policy, sibling.node))
      return MSG.firstSibling;
    for (const n of nodesOf(entries, range)) sibling.node.insertBefore(n);
  } else {
    const sibling = entries[range[1]];
    if (!sibling || sibling.depth !== depth || !$isSectionHeadingNode(sibling.node) || isProtected(policy, sibling.node))
      return MSG.lastSibling;
    for (const n of nodesOf(entries, sectionRange(entries, range[1]))) heading.insertBefore(n);
  }
  return null;
}

/** Delete the caret's section and everything under it (undo brings it back). */
export function $deleteSection(policy: OutlinePolicy): string | null {
  const at = $caretHeading();
  if (!at) return MSG.notHeading;
  const nodes = nodesOf(at.entries, sectionRange(at.entries, at.index));
  const kept = nodes.find((n) => isProtected(policy, n));
  if (kept) return MSG.requiredDelete(headingLabel(kept as SectionHeadingNode));
  const table = nodes.find($isFixedTableNode);
  if (table) return MSG.deleteTable(table.getTableName());
  const name = headingLabel(at.heading);
  const before = at.heading.getPreviousSibling();
  const after = nodes[nodes.length - 1]!.getNextSibling();
  for (const n of nodes) n.remove();
  if (before) before.selectEnd();
  else if (after) after.selectStart();
  else $getRoot().append($createParagraphNode()).selectStart();
  return MSG.deleted(name);
}

/**
 * Enter with the caret at the start of a non-empty heading (Home, Enter: Word's "new line
 * above"): a new empty paragraph at the end of the part above, the caret in it, the heading as
 * it was. Lexical would split the heading instead, leaving it empty and its wording in the body.
 * Returns false when this is not that case.
 */
export function $enterAtHeadingStart(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const { anchor } = selection;
  const heading = anchor.getNode().getTopLevelElement();
  if (!$isSectionHeadingNode(heading) || heading.getTextContentSize() === 0) return false;
  // Nothing of the heading before the caret.
  if (anchor.offset !== 0) return false;
  for (let n: LexicalNode | null = anchor.getNode(); n && !n.is(heading); n = n.getParent()) {
    if (n.getPreviousSibling()) return false;
  }
  const prev = heading.getPreviousSibling();
  // Before the first heading the part above is the lead (or, in a free outline, loose body text).
  const p = !prev || $isLeadParagraphNode(prev) ? $createLeadParagraphNode() : $createParagraphNode();
  // A block that sat deeper or shallower than its place implies keeps the new one beside it.
  if (prev && !$isSectionHeadingNode(prev) && !$isLeadParagraphNode(prev)) $setDepth(p, $getDepth(prev));
  heading.insertBefore(p);
  p.select(0, 0);
  return true;
}

/** Run-in ↔ standalone for the heading at the caret (or the one whose first paragraph it is in). */
export function $toggleRunIn(): string | null {
  const at = $selectedEntry();
  if (!at) return MSG.notHeading;
  let node = at.entries[at.index]!.node;
  if (!$isSectionHeadingNode(node) && $isSectionHeadingNode(node.getPreviousSibling())) node = node.getPreviousSibling()!;
  if (!$isSectionHeadingNode(node)) return MSG.notHeading;
  const h = node;
  if (h.getRunIn()) {
    const children = h.getChildren();
    const markAt = children.findIndex($isRunInMarkNode);
    const p = $createParagraphNode();
    if (markAt >= 0) {
      p.append(...children.slice(markAt + 1));
      children[markAt]!.remove();
    }
    h.setRunIn(false);
    h.insertAfter(p);
    p.selectStart();
    return MSG.runInOff;
  }
  // The heading's own closing punctuation gives way to the run-in "。".
  const last = h.getLastChild();
  if ($isTextNode(last)) {
    const t = trimEndChars(last.getTextContent(), /[。．.；;，,：:\s\u3000]/);
    if (t !== last.getTextContent()) {
      if (t) last.setTextContent(t);
      else last.remove();
    }
  }
  const mark = $createRunInMarkNode();
  const next = h.getNextSibling();
  h.setRunIn(true);
  h.append(mark);
  if (isBodyParagraph(next) && $getDepth(next) === null) {
    h.append(...next.getChildren());
    next.remove();
  } else {
    // The first block under it is not a paragraph: an empty run-in body is no paragraph.
    $setState(mark, bodylessState, true);
  }
  mark.selectNext(0, 0);
  return MSG.runInOn;
}

/** Clear the "unconfirmed" mark on figures in the selection (or the one at the caret). */
export function $confirmFigures(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return MSG.noFigures;
  const figures = selection.getNodes().filter($isFigureTextNode);
  for (const f of figures) {
    const plain = $createTextNode(f.getTextContent());
    plain.setFormat(f.getFormat());
    f.replace(plain);
  }
  return figures.length ? MSG.figuresConfirmed(figures.length) : MSG.noFigures;
}
