/**
 * The outline navigator: every 一、 and （一） heading with its 字数, first-level parts marked
 * 完成 / 偏少 / 空白 (a part holding prescribed tables by its cells still 待填, not its 字数); click
 * to jump there in the editor. The total sits at the foot. A heading left
 * empty (the checker's `heading-empty`, 导出前必须修改) is listed at any level, in red, saying so.
 */
import type { Finding } from '../../../shared/check/index';
import type { ReportDocument } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import { outlineOf } from '../../../shared/check/progress';
import { T } from './messages';
import './panels.css';

interface Props {
  doc: ReportDocument;
  template: Template | undefined;
  /** The checker's findings on `doc` (the same the 检查 panel lists). */
  findings: readonly Finding[];
  currentSectionId: string | null;
  onJump: (sectionId: string) => void;
  onJumpTop: () => void;
}

/** Levels listed; deeper headings only when empty. */
const NAV_LEVELS = 2;

export function OutlineNavigator({ doc, template, findings, currentSectionId, onJump, onJumpTop }: Props) {
  const empty = new Map<string, string>();
  for (const f of findings) if (f.rule === 'heading-empty' && f.location.type === 'section') empty.set(f.location.sectionId, f.message);
  const outline = outlineOf(doc, template, empty.size ? 4 : NAV_LEVELS);
  const entries = outline.entries.filter((e) => e.level <= NAV_LEVELS || empty.has(e.id));
  return (
    <nav className="gw-nav" aria-label={T.navigator} data-testid="outline-nav">
      <h2 className="gw-panel-title">{T.navigator}</h2>
      <ol className="gw-nav-list">
        {(outline.leadChars > 0 || !entries.length) && (
          <li>
            <button type="button" className="gw-nav-item gw-nav-level-1" onClick={onJumpTop}>
              <span className="gw-nav-heading">{entries.length ? T.lead : T.body}</span>
              <span className="gw-nav-chars">{T.chars(entries.length ? outline.leadChars : outline.leadChars + outline.looseChars)}</span>
            </button>
          </li>
        )}
        {entries.map((e) => {
          const problem = empty.get(e.id);
          return (
            <li key={e.id}>
              <button
                type="button"
                className={`gw-nav-item gw-nav-level-${Math.min(e.level, 3)}${e.id === currentSectionId ? ' gw-nav-current' : ''}${problem ? ' gw-nav-error' : ''}`}
                onClick={() => onJump(e.id)}
                title={problem ?? T.jumpTo(e.label + e.heading)}
                aria-current={e.id === currentSectionId ? 'location' : undefined}
                aria-invalid={problem ? true : undefined}
                data-section={e.id}
              >
                <span className="gw-nav-heading">
                  {e.label}
                  {problem ? (
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
                      title={
                        e.pendingCells !== undefined
                          ? T.pendingTitle(e.pendingCells)
                          : e.progress === 'thin'
                            ? T.statusTitle.thin(e.chars, e.minChars)
                            : T.statusTitle[e.progress]
                      }
                    >
                      {T.status[e.progress]}
                    </span>
                  )}
                  <span className="gw-nav-chars">{e.pendingCells !== undefined && !e.chars ? T.pendingCells(e.pendingCells) : T.chars(e.chars)}</span>
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
