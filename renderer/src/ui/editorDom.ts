/**
 * The panels' only contact with the editor's DOM: finding a section's heading element (the
 * heading nodes carry `data-section-id`) and marking text with the CSS Custom Highlight API,
 * which paints ranges without touching the DOM Lexical owns.
 */

/** The editable area. */
export function editorRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.gw-editor[contenteditable]');
}

export function sectionElement(sectionId: string): HTMLElement | null {
  return editorRoot()?.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(sectionId)}"]`) ?? null;
}

const canHighlight = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Paint `ranges` under a highlight name (see panels.css ::highlight rules); none clears it. */
export function paint(name: string, ranges: readonly Range[]): void {
  if (!canHighlight()) return;
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}

const FLASH_MS = 1_600;
let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Mark an element's text briefly, so the eye finds where a jump landed. */
export function flash(el: Element): void {
  const r = document.createRange();
  r.selectNodeContents(el);
  paint('gw-jump', [r]);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => paint('gw-jump', []), FLASH_MS);
}

/** Scroll a section's heading to the top of the editor column (without moving the caret). */
export function scrollToSection(sectionId: string): boolean {
  const el = sectionElement(sectionId);
  if (!el) return false;
  el.scrollIntoView({ block: 'start' });
  flash(el);
  return true;
}

/** Centre a range (a find match) in its scrolling column; a paragraph may be taller than the view. */
export function scrollRangeIntoView(range: Range): void {
  const start = range.startContainer.parentElement;
  const scroller = start?.closest<HTMLElement>('.gw-editor-scroll');
  if (!start || !scroller) return start?.scrollIntoView({ block: 'center' });
  const r = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (r.top >= box.top + 80 && r.bottom <= box.bottom - 20) return;
  scroller.scrollTop += r.top - box.top - box.height / 2;
}

export function scrollToTop(): void {
  const root = editorRoot();
  root?.scrollIntoView({ block: 'start' });
  if (root?.firstElementChild) flash(root.firstElementChild);
}
