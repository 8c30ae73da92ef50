/**
 * The outline navigator: every 一、 and （一） heading with its 字数, first-level parts marked
 * 完成 / 偏少 / 空白; click to jump there in the editor. The total sits at the foot.
 */
import type { ReportDocument } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import { outlineOf } from '../../../shared/check/progress';
import { T } from './messages';
import './panels.css';

interface Props {
  doc: ReportDocument;
  template: Template | undefined;
  currentSectionId: string | null;
  onJump: (sectionId: string) => void;
  onJumpTop: () => void;
}

export function OutlineNavigator({ doc, template, currentSectionId, onJump, onJumpTop }: Props) {
  const outline = outlineOf(doc, template);
  return (
    <nav className="gw-nav" aria-label={T.navigator} data-testid="outline-nav">
      <h2 className="gw-panel-title">{T.navigator}</h2>
      <ol className="gw-nav-list">
        {(outline.leadChars > 0 || !outline.entries.length) && (
          <li>
            <button type="button" className="gw-nav-item gw-nav-level-1" onClick={onJumpTop}>
              <span className="gw-nav-heading">{outline.entries.length ? T.lead : T.body}</span>
              <span className="gw-nav-chars">
                {T.chars(outline.entries.length ? outline.leadChars : outline.leadChars + outline.looseChars)}
              </span>
            </button>
          </li>
        )}
        {outline.entries.map((e) => {
          // An empty heading prints as a bare number: an error, shown as one.
          const empty = !e.heading.trim();
          return (
            <li key={e.id}>
              <button
                type="button"
                className={`gw-nav-item gw-nav-level-${e.level}${e.id === currentSectionId ? ' gw-nav-current' : ''}${empty ? ' gw-nav-error' : ''}`}
                onClick={() => onJump(e.id)}
                title={empty ? T.untitledTitle : T.jumpTo(e.label + e.heading)}
                aria-current={e.id === currentSectionId ? 'location' : undefined}
                aria-invalid={empty || undefined}
                data-section={e.id}
              >
                <span className="gw-nav-heading">
                  {e.label}
                  {empty ? (
                    <span className="gw-nav-untitled" data-testid="nav-empty-heading">
                      {T.untitled}
                    </span>
                  ) : (
                    e.heading
                  )}
                </span>
                <span className="gw-nav-meta">
                  {e.progress && (
                    <span
                      className={`gw-badge gw-badge-${e.progress}`}
                      data-testid="nav-status"
                      title={e.progress === 'thin' ? T.statusTitle.thin(e.chars, e.minChars) : T.statusTitle[e.progress]}
                    >
                      {T.status[e.progress]}
                    </span>
                  )}
                  <span className="gw-nav-chars">{T.chars(e.chars)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="gw-nav-total" data-testid="total-chars">
        {T.totalChars(outline.total)}
      </p>
    </nav>
  );
}
