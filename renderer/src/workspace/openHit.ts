/**
 * Opening a draft from a search hit (`#/draft/<id>?section=<sectionId>&q=<phrase>`): go to the
 * section and mark the first occurrence of the phrase there (CSS Custom Highlight, so the DOM the
 * editor owns is not touched).
 */
import { editorRoot, paint, sectionElement } from '../ui/editorDom';

export interface Hit {
  section: string | null;
  q: string;
}

export function hitFromHash(hash: string): Hit | null {
  const at = hash.indexOf('?');
  if (at < 0) return null;
  const params = new URLSearchParams(hash.slice(at + 1));
  const q = params.get('q')?.trim();
  return q ? { section: params.get('section'), q } : null;
}

/** The first place the phrase (any of its words) occurs, preferring the hit's section onward. */
function findRange(root: HTMLElement, hit: Hit): Range | null {
  const words = hit.q.split(/\s+/).filter(Boolean);
  const start = hit.section ? sectionElement(hit.section) : null;
  let fallback: Range | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const w of words) {
      const i = text.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + w.length);
      const after =
        !start ||
        start === node.parentElement ||
        start.contains(node) ||
        !!(start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (after) return r;
      fallback ??= r;
    }
  }
  return fallback;
}

export const HIT_HIGHLIGHT = 'gw-search-hit';

/** Try until the editor has rendered its text (it loads asynchronously); gives up after ~3 s. */
export function revealHit(hit: Hit, jumpTo: (sectionId: string) => void): () => void {
  let tries = 0;
  let timer: ReturnType<typeof setTimeout>;
  const attempt = () => {
    const root = editorRoot();
    if (root && root.textContent) {
      if (hit.section) jumpTo(hit.section);
      const range = findRange(root, hit);
      if (range) {
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        paint(HIT_HIGHLIGHT, [range]);
        return;
      }
    }
    if (++tries < 30) timer = setTimeout(attempt, 100);
  };
  timer = setTimeout(attempt, 50);
  return () => {
    clearTimeout(timer);
    paint(HIT_HIGHLIGHT, []);
  };
}
