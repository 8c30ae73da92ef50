/**
 * A heading number the clerk types ("一、" "（三）" "2." "（1）" at the start of a body paragraph)
 * turns the paragraph into a section heading at that level, the typed number dropped: numbers
 * follow from position (shared/headings), as paste does for pasted ones (paste.ts). Works
 * like Lexical's Markdown shortcuts: an update listener sees the characters just typed complete a
 * prefix at the caret, and a separate update (its own history entry) converts, so one Ctrl+Z gives
 * back the typed characters as plain text.
 *
 * Prefixes are read by shared/headings, as for import and paste.
 */
import {
  $addUpdateTag,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  HISTORY_PUSH_TAG,
  PASTE_TAG,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { SectionLevel } from '../../../shared/model/document';
import { LIMITS } from '../../../shared/model/limits';
import { matchHeadingPrefix, splitRunIn } from '../../../shared/headings/index';
import { $layout, type FlatEntry } from './mapping';
import { $isLeadParagraphNode, $isSectionHeadingNode, $setDepth, type SectionHeadingNode } from './nodes';
import { enclosingHeading, isProtected, type OutlinePolicy } from './structure';
import { $paragraphToHeading } from './sections';
import { MSG } from './messages';
import type { Notify } from './guard';

/** Updates that are not the clerk typing (loading, undo/redo, paste, the guard's repairs). */
const NOT_TYPING = [HISTORIC_TAG, PASTE_TAG, COLLABORATION_TAG, HISTORY_MERGE_TAG, 'gw-load'];

interface Caret {
  key: NodeKey;
  /** The paragraph's text before and after the (collapsed) caret. */
  before: string;
  after: string;
}

/** The caret in a top-level body paragraph (not lead, heading or table cell), or null. */
function $caretInBodyParagraph(): (Caret & { paragraph: ElementNode }) | null {
  const s = $getSelection();
  if (!$isRangeSelection(s) || !s.isCollapsed() || s.anchor.type !== 'text') return null;
  const node = s.anchor.getNode();
  const parent = node.getParent();
  // (Not a type guard: a lead paragraph is a paragraph, and TypeScript would narrow to never.)
  const isLead: (n: LexicalNode) => boolean = $isLeadParagraphNode;
  const p: ElementNode | null = $isParagraphNode(parent) && !isLead(parent) ? parent : null;
  if (!p || !p.getParent()?.is($getRoot())) return null;
  let before = '';
  for (const child of p.getChildren()) {
    if (child.is(node)) break;
    before += child.getTextContent();
  }
  before += node.getTextContent().slice(0, s.anchor.offset);
  const text = p.getTextContent();
  return { key: p.getKey(), paragraph: p, before, after: text.slice(before.length) };
}

/** "2." may be the start of "2.5亿元": an Arabic number with a period waits for the next character. */
const DECIMAL_AMBIGUOUS = /^[0-9０-９]+[.．]$/;
const DIGIT = /[0-9０-９]/;

/**
 * The typed heading number at the paragraph's start, as `consumed` characters (with the spaces
 * after it) and `typedAfter`, the characters already typed after it before the caret, or null.
 * The whole text is matched, so "1." typed before "5亿元" is not a number ("1.5亿元"). A number
 * like "2." converts only once the next typed character is not a digit, so "2.5" stays text.
 */
function typedPrefix(caret: Caret): { consumed: number; typedAfter: number } | null {
  const text = caret.before + caret.after;
  const found = matchHeadingPrefix(text);
  if (!found) return null;
  const consumed = text.length - found.rest.length;
  if (text.slice(caret.before.length, consumed).trim()) return null;
  if (DECIMAL_AMBIGUOUS.test(found.label)) {
    const next = caret.before.slice(consumed);
    return next.length === 1 && !DIGIT.test(next) && caret.before.length === consumed + 1 ? { consumed, typedAfter: 1 } : null;
  }
  return consumed < caret.before.length ? null : { consumed, typedAfter: 0 };
}

/** True when `now` is `was` with characters typed at the caret. */
function typedAt(was: Caret, now: Caret): boolean {
  return was.key === now.key && now.after === was.after && now.before.length > was.before.length && now.before.startsWith(was.before);
}

/**
 * The level a typed heading takes here: as typed, but no shallower than the template allows
 * below the nearest heading it may not join (a slot's heading in a fixed template: a typed 一、
 * inside a slot becomes （一）, as paste does). Null where no section may start.
 */
function $levelAt(policy: OutlinePolicy, paragraph: ElementNode, typed: SectionLevel): SectionLevel | null {
  const entries = $layout();
  const index = entries.findIndex((e) => e.node.is(paragraph));
  if (index < 0) return null;
  let floor: number = policy.minLevel;
  let h = enclosingHeading(entries, index);
  if (h < 0 && policy.fixed) return null;
  // Up the chain of enclosing headings to the first one a new heading must stay under.
  while (h >= 0) {
    const heading = entries[h]!.node as SectionHeadingNode;
    if (isProtected(policy, heading) || heading.getLevel() < policy.minLevel) {
      floor = Math.max(floor, heading.getLevel() + 1);
      break;
    }
    h = parentHeading(entries, h);
  }
  const level = Math.max(typed, floor);
  return level > 4 ? null : (level as SectionLevel);
}

/** Index of the heading enclosing the heading at `h`, or -1. */
function parentHeading(entries: readonly FlatEntry[], h: number): number {
  const depth = entries[h]!.depth;
  for (let i = h - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.depth < depth) return $isSectionHeadingNode(e.node) ? i : -1;
  }
  return -1;
}

/**
 * If the caret stands right after a typed heading number at the start of a body paragraph, make
 * the paragraph a heading without it, caret where the number ended. The message, or null when
 * nothing was converted. Runs inside editor.update.
 */
export function $convertTypedNumber(policy: OutlinePolicy): string | null {
  const caret = $caretInBodyParagraph();
  if (!caret) return null;
  const prefix = typedPrefix(caret);
  if (!prefix) return null;
  const length = prefix.consumed;
  const typed = matchHeadingPrefix(caret.before + caret.after)!;
  const rest = typed.rest;
  // What follows becomes the heading sentence: one line, within a heading's length.
  if (rest.includes('\n') || splitRunIn(rest).heading.length > LIMITS.headingChars) return null;
  const level = $levelAt(policy, caret.paragraph, typed.level);
  if (!level) return null;

  let remaining = length;
  for (const child of caret.paragraph.getChildren()) {
    if (remaining <= 0) break;
    const size = child.getTextContentSize();
    if (size <= remaining) child.remove();
    else if ($isTextNode(child)) child.setTextContent(child.getTextContent().slice(remaining));
    remaining -= size;
  }
  const heading = $paragraphToHeading(caret.paragraph, level);
  // A heading's place in the tree follows from its level.
  $setDepth(heading, null);
  // The caret goes back where it was: after the prefix and the character that confirmed it.
  const first = heading.getFirstDescendant();
  if (prefix.typedAfter && $isTextNode(first)) first.select(prefix.typedAfter, prefix.typedAfter);
  else heading.selectStart();
  return MSG.typedNumber(level);
}

/** Listen for typed heading numbers; `notify` says what became of them. */
export function registerTypedNumbers(editor: LexicalEditor, getPolicy: () => OutlinePolicy, notify: Notify): () => void {
  // An input method's text is in the paragraph before its composition ends; the commit is the
  // moment it counts as typed.
  let composed = false;
  return editor.registerUpdateListener(({ tags, editorState, prevEditorState }) => {
    if (editor.isComposing()) {
      composed = true;
      return;
    }
    const afterComposition = composed;
    composed = false;
    if (NOT_TYPING.some((t) => tags.has(t))) return;
    const now = editorState.read($caretInBodyParagraph);
    if (!now || !typedPrefix(now)) return;
    if (!afterComposition) {
      const was = prevEditorState.read($caretInBodyParagraph);
      if (!was || !typedAt(was, now)) return;
    }
    let message: string | null = null;
    editor.update(
      () => {
        message = $convertTypedNumber(getPolicy());
        // Its own history entry, whatever the typing before it: Ctrl+Z gives back the text.
        if (message) $addUpdateTag(HISTORY_PUSH_TAG);
      },
      { onUpdate: () => message && notify(message) },
    );
  });
}
