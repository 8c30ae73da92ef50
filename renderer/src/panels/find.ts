/**
 * Find in the draft: every occurrence of a text in the editor's DOM as Ranges, block by block
 * (a match never spans two paragraphs, but may span bold and plain runs within one).
 */
import { editorRoot } from '../ui/editorDom';

/** Elements whose text is one unit: paragraphs and headings, and table cells' paragraphs. */
function blocks(root: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const child of Array.from(root.children) as HTMLElement[]) {
    if (child.tagName === 'TABLE' || child.querySelector('table'))
      out.push(...Array.from(child.querySelectorAll<HTMLElement>('td > *, th > *')));
    else out.push(child);
  }
  return out;
}

export function findRanges(query: string, root: HTMLElement | null = editorRoot(), limit = 5_000): Range[] {
  if (!root || !query) return [];
  const needle = query.toLocaleLowerCase();
  const ranges: Range[] = [];
  for (const block of blocks(root)) {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(text.length);
      text += n.nodeValue ?? '';
    }
    const hay = text.toLocaleLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      const range = document.createRange();
      const [sn, so] = locate(nodes, starts, at, false);
      const [en, eo] = locate(nodes, starts, at + needle.length, true);
      range.setStart(sn, so);
      range.setEnd(en, eo);
      ranges.push(range);
      if (ranges.length >= limit) return ranges;
    }
  }
  return ranges;
}

/** The text node and offset of a position; at a node boundary, `end` picks the earlier node. */
function locate(nodes: Text[], starts: number[], pos: number, end: boolean): [Text, number] {
  let i = nodes.length - 1;
  while (i > 0 && (starts[i]! > pos || (end && starts[i] === pos))) i--;
  return [nodes[i]!, pos - starts[i]!];
}
