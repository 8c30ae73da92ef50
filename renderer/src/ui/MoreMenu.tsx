/**
 * 更多 ▾: the less-used commands of a toolbar, so the toolbar keeps to one row on a 1366×768
 * screen. The items stay mounted while closed (a running command keeps its state) and the menu
 * closes after a click on one of them, on Escape, or on a click elsewhere. The toggle keeps the
 * focus where it was (the editor's caret), since commands act there.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import './ui.css';

export const MORE_LABEL = '更多';

export function MoreMenu({ label = MORE_LABEL, title, children }: { label?: string; title?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('mousedown', onDown, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  return (
    <span className="gw-more" ref={box}>
      <button
        type="button"
        aria-expanded={open}
        title={title}
        data-action="more"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !o)}
      >
        {label} ▾
      </button>
      {/* A click on an item (or anything in it) closes the menu once the item has acted. */}
      <span className="gw-more-items" role="group" aria-label={label} hidden={!open} onClick={() => setOpen(false)}>
        {children}
      </span>
    </span>
  );
}
