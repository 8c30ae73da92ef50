/** Search hits in the 草稿箱: title, where in the draft, and the text around the match, marked. */
import type { CallOutput } from '../../../shared/contract/index';
import { D, dateTime, draftTitle } from './messages';

export interface SearchState {
  q: string;
  result: CallOutput<'search.query'> | null;
}

/** Opening a hit goes to its section and marks the phrase (DraftPage reads `section` and `q`). */
export function hitHref(draftId: string, sectionId: string | null, q: string): string {
  const params = new URLSearchParams({ q });
  if (sectionId) params.set('section', sectionId);
  return `#/draft/${draftId}?${params.toString()}`;
}

export function SearchResults({ state, templateName }: { state: SearchState; templateName: Map<string, string> }) {
  const { q, result } = state;
  if (!result) return <p className="gw-muted">{D.searching}</p>;
  if (result.total === 0) return <p className="gw-muted">{D.searchNone(q)}</p>;
  return (
    <section className="gw-search-results" aria-label={D.searchLabel}>
      <p className="gw-muted">
        {D.searchCount(result.total, result.hits.length)}
        {result.mode === 'like' && ` ${D.searchShort}`}
      </p>
      <ol>
        {result.hits.map((h) => (
          <li key={h.draftId} className="gw-hit" data-draft={h.draftId}>
            <a className="gw-hit-title" href={hitHref(h.draftId, h.sectionId, q)}>
              {draftTitle(h)}
            </a>
            <span className="gw-hit-meta">
              {D.yearLabel(h.year)} · {templateName.get(h.templateId) ?? h.templateId} · {h.status} · {dateTime(h.updatedAt)}
              {h.matches > 1 && ` · ${D.searchMatches(h.matches)}`}
            </span>
            {h.heading && <span className="gw-hit-where">{D.searchIn(h.heading)}</span>}
            <p className="gw-hit-snippet">
              {h.snippet.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
