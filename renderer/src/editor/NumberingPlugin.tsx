/**
 * Draws what is shown but never stored: each heading's number (一、 （一） 1. （1）, from its
 * position via shared/headings — the same function the exporter and checker use), the
 * placeholders of empty slots (the template's guidance) and of empty headings. All go into
 * data attributes and classes on the DOM; CSS shows them (no inline styles: the CSP forbids them).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $isParagraphNode, type LexicalEditor, type NodeKey } from 'lexical';
import { numberSections } from '../../../shared/headings/index';
import { $layout, $sectionSkeleton } from './mapping';
import { $getDepth, $isLeadParagraphNode, $isSectionHeadingNode } from './nodes';
import type { OutlinePolicy } from './structure';
import { MSG } from './messages';

function setAttr(el: HTMLElement | null, name: string, value: string | null): void {
  if (!el) return;
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Numbers for every heading; run when the top-level structure changed. */
function $drawNumbers(editor: LexicalEditor): NodeKey[] {
  const entries = $layout();
  const labels = numberSections($sectionSkeleton(entries));
  const headings: NodeKey[] = [];
  for (const { node } of entries) {
    if (!$isSectionHeadingNode(node)) continue;
    headings.push(node.getKey());
    setAttr(editor.getElementByKey(node.getKey()), 'data-label', labels.get(node.getSectionId()) ?? '');
  }
  return headings;
}

/**
 * Placeholders: an empty heading is flagged as an error (`data-empty`, drawn red) and says what it
 * said before; an empty slot shows its guidance. `wording` remembers each heading's last words.
 */
function $drawPlaceholders(
  editor: LexicalEditor,
  headingKeys: readonly NodeKey[],
  policy: OutlinePolicy,
  dirty: ReadonlyMap<NodeKey, boolean> | null,
  wording: Map<string, string>,
): void {
  const root = $getRoot();
  for (const key of headingKeys) {
    const node = $getNodeByKey(key);
    if (!$isSectionHeadingNode(node)) continue;
    // While typing, only the heading and the paragraph being typed in can have changed.
    if (dirty && !dirty.has(key) && !dirty.has(node.getNextSibling()?.getKey() ?? '')) continue;
    const el = editor.getElementByKey(key);
    if (!el) continue;
    const slot = node.getSlot();
    const info = slot ? policy.slots.get(slot) : undefined;
    const text = node.getHeadingText().trim();
    if (text) wording.set(node.getSectionId(), text);
    const empty = !text;
    setAttr(el, 'data-empty', empty ? '' : null);
    setAttr(el, 'data-placeholder', empty ? MSG.emptyHeading(wording.get(node.getSectionId()) ?? null, info?.heading ?? null) : null);
    const next = node.getNextSibling();
    if (!$isParagraphNode(next) || next.getType() !== 'paragraph') continue;
    // Guidance only while the slot holds nothing but this one empty paragraph.
    const after = next.getNextSibling();
    const alone =
      next.getTextContentSize() === 0 &&
      (!after || ($isSectionHeadingNode(after) && after.getLevel() <= node.getLevel()) || ($getDepth(after) ?? Infinity) <= 0);
    setAttr(editor.getElementByKey(next.getKey()), 'data-placeholder', alone && info?.guidance ? info.guidance : null);
  }
  // A free outline's empty body (nothing but the closing): the guidance in its first paragraph.
  if (!headingKeys.length && policy.bodyGuidance) {
    const body = root.getChildren().filter((n) => !$isLeadParagraphNode(n));
    const last = body[body.length - 1];
    const content = last && policy.closing && last.getTextContent() === policy.closing ? body.slice(0, -1) : body;
    const empty = content.every((n) => n.getTextContentSize() === 0);
    const first = $isParagraphNode(body[0]) ? body[0] : null;
    for (const n of body)
      setAttr(
        editor.getElementByKey(n.getKey()),
        'data-placeholder',
        empty && n === first && n.getTextContentSize() === 0 ? policy.bodyGuidance : null,
      );
  }
}

export function NumberingPlugin({ getPolicy }: { getPolicy: () => OutlinePolicy }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let headingKeys: NodeKey[] = [];
    const wording = new Map<string, string>();
    const draw = (structural: boolean, dirty: ReadonlyMap<NodeKey, boolean> | null) =>
      editor.getEditorState().read(() => {
        if (structural) headingKeys = $drawNumbers(editor);
        $drawPlaceholders(editor, headingKeys, getPolicy(), structural ? null : dirty, wording);
      });
    draw(true, null);
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (!dirtyElements.size && !dirtyLeaves.size) return;
      // Numbers change only when blocks are added, removed, moved or re-levelled: an element
      // marked dirty on purpose. Plain typing marks parents only incidentally.
      let structural = tags.has('historic');
      for (const intentional of dirtyElements.values()) if (intentional) structural = true;
      draw(structural, dirtyElements);
    });
  }, [editor, getPolicy]);
  return null;
}
