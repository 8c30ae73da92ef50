/**
 * Ctrl+F: a small find bar over the editor; Ctrl+H (or 替换 in the bar) adds a replace row:
 * 替换 replaces the current match, 全部替换 every match in the draft as one undo step. Every match is painted (CSS Custom Highlight API, no
 * DOM changes), the current one stronger; Enter / Shift+Enter step, Esc closes. Matches are
 * found again when the text changes (`version`).
 */
import { useEffect, useRef, useState } from 'react';
import { paint, scrollRangeIntoView } from '../ui/editorDom';
import { findRanges } from './find';
import { T } from './messages';
import './panels.css';

interface Props {
  /** Changes whenever the editor's text may have changed. */
  version: number;
  /** Bumped by each Ctrl+F, to focus and select the query again. */
  focusToken: number;
  onClose: () => void;
  /** Open with the replace row (Ctrl+H). */
  replace?: boolean;
  /** Replace the `index`-th match in document order, or every match when `index` is undefined. */
  onReplace?: (query: string, replacement: string, index?: number) => void;
}

export function FindBar({ version, focusToken, onClose, replace = false, onReplace }: Props) {
  // Shown while Ctrl+H opened the bar, until 替换 toggles it.
  const [toggled, setToggled] = useState<boolean | null>(null);
  const replacing = toggled ?? replace;
  const [replacement, setReplacement] = useState('');
  const replaceInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (replace) requestAnimationFrame(() => (input.current?.value ? replaceInput.current : input.current)?.focus());
  }, [replace, focusToken]);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [ranges, setRanges] = useState<Range[]>([]);
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusToken]);

  // Find again after typing in the query (at once) or in the editor (after Lexical has painted).
  // A new query shows its first match; an edit in the editor keeps the view where it is.
  const lastQuery = useRef('');
  useEffect(() => {
    const t = setTimeout(() => {
      const found = findRanges(query);
      setRanges(found);
      setCurrent((c) => (found.length ? Math.min(c, found.length - 1) : 0));
      if (query !== lastQuery.current && found[0]) scrollRangeIntoView(found[0]);
      lastQuery.current = query;
    }, 0);
    return () => clearTimeout(t);
  }, [query, version]);

  useEffect(() => {
    paint('gw-find', ranges);
    paint('gw-find-current', ranges[current] ? [ranges[current]] : []);
  }, [ranges, current]);

  useEffect(
    () => () => {
      paint('gw-find', []);
      paint('gw-find-current', []);
    },
    [],
  );

  const step = (delta: number) => {
    if (!ranges.length) return;
    const next = (current + delta + ranges.length) % ranges.length;
    setCurrent(next);
    scrollRangeIntoView(ranges[next]!);
  };

  return (
    <div className="gw-findbar" role="search" aria-label={T.find.label}>
      <input
        ref={input}
        type="text"
        value={query}
        placeholder={T.find.placeholder}
        aria-label={T.find.placeholder}
        data-testid="find-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="gw-findbar-count" data-testid="find-count" aria-live="polite">
        {query ? T.find.count(ranges.length ? current + 1 : 0, ranges.length) : ''}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={!ranges.length} title={`${T.find.prev}（Shift+Enter）`}>
        {T.find.prev}
      </button>
      <button type="button" onClick={() => step(1)} disabled={!ranges.length} title={`${T.find.next}（Enter）`}>
        {T.find.next}
      </button>
      {onReplace && (
        <button type="button" aria-pressed={replacing} onClick={() => setToggled(!replacing)} title={`${T.find.replaceToggle}（Ctrl+H）`}>
          {T.find.replaceToggle}
        </button>
      )}
      {onReplace && replacing && (
        <span className="gw-findbar-replace">
          <input
            ref={replaceInput}
            type="text"
            value={replacement}
            placeholder={T.find.replacePlaceholder}
            aria-label={T.find.replacePlaceholder}
            data-testid="replace-input"
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && query) {
                e.preventDefault();
                onReplace(query, replacement, current);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                onClose();
              }
            }}
          />
          <button type="button" disabled={!ranges.length} onClick={() => onReplace(query, replacement, current)}>
            {T.find.replaceOne}
          </button>
          <button type="button" data-testid="replace-all" disabled={!ranges.length} onClick={() => onReplace(query, replacement)}>
            {T.find.replaceAll}
          </button>
        </span>
      )}
      <button type="button" className="gw-findbar-close" onClick={onClose} aria-label={T.find.close} title={`${T.find.close}（Esc）`}>
        ×
      </button>
    </div>
  );
}
