/**
 * 草稿箱: the clerk's drafts, newest first, with search over titles and text, filters (year,
 * template, status), and per draft: change status, rename, copy, delete to the 回收站. 新建 from a
 * template. Links to the 回收站, the 发文字号 register and settings.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DraftStatus, DraftSummary } from '../../../shared/contract/drafts';
import type { Template } from '../../../shared/model/template';
import { api } from '../api/client';
import { go } from '../app/router';
import { NoticeLine, failure, type Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useDebounced } from '../ui/useDebounced';
import { SearchResults, type SearchState } from './SearchResults';
import { D, STATUSES, dateTime, draftTitle as title } from './messages';
import { restoreDraft } from './TrashPage';
import { ImportButton } from '../import/ImportDialog';
import { RolloverAction } from '../rollover/RolloverAction';
import { NewDraftYear } from '../year/ReportYearField';
import { FirstRunCard } from '../settings/FirstRunCard';
import { defaultReportYear } from '../../../shared/report-year';
import './drafts.css';

interface Filter {
  year?: number;
  templateId?: string;
  status?: DraftStatus;
}

export function DraftsPage() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [years, setYears] = useState<number[]>([]);
  const [filter, setFilter] = useState<Filter>({});
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<(SearchState & { key: string }) | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  // The draft just moved to the 回收站, with the place its row had: its 撤销 shows there.
  const [removed, setRemoved] = useState<{ draft: DraftSummary; index: number } | null>(null);

  const fail = useCallback((e: unknown) => setNotice(failure(e)), []);

  const reload = useCallback(() => {
    Promise.all([api['drafts.list'](filter), api['drafts.facets']({})])
      .then(([d, f]) => {
        setDrafts(d);
        setYears(f.years);
      })
      .catch(fail);
  }, [filter, fail]);

  useEffect(reload, [reload]);
  useEffect(() => {
    api['templates.list']({}).then(setTemplates).catch(fail);
  }, [fail]);

  // Results are kept with the query and filter they answer, so a stale answer is never shown.
  const q = useDebounced(query.trim(), 250);
  const searchKey = JSON.stringify([q, filter]);
  useEffect(() => {
    if (!q) return;
    let live = true;
    api['search.query']({ q, ...filter })
      .then((result) => live && setSearch({ key: searchKey, q, result }))
      .catch((e) => live && fail(e));
    return () => {
      live = false;
    };
  }, [q, filter, fail, searchKey]);
  const shown: SearchState | null = !q ? null : search?.key === searchKey ? search : { q, result: null };

  const templateName = useMemo(() => new Map(templates.map((t) => [t.id, t.name])), [templates]);
  const yearly = useMemo(() => new Set(templates.filter((t) => t.yearly).map((t) => t.id)), [templates]);

  const { busy, run } = useAction(setNotice, { after: reload });

  // 新建 asks which year the report is about, before the click (default: shared/report-year.ts).
  const [newYear, setNewYear] = useState(() => defaultReportYear());
  const create = (templateId: string) =>
    run(async () => {
      const draft = await api['drafts.create']({ templateId, year: newYear });
      go(`/draft/${draft.id}`);
      return null;
    });

  return (
    <main className="gw-page gw-drafts">
      <header className="gw-toolbar">
        <h1>{D.title}</h1>
        <nav className="gw-drafts-nav">
          <a href="#/trash">{D.nav.trash}</a>
          <a href="#/numbers">{D.nav.numbers}</a>
          <a href="#/settings">{D.nav.settings}</a>
        </nav>
        <div className="gw-new" role="group" aria-label={D.newGroup}>
          <NewDraftYear year={newYear} onChange={setNewYear} disabled={busy} />
          {templates.map((t) => (
            <button key={t.id} type="button" disabled={busy} onClick={() => void create(t.id)} data-template={t.id}>
              {D.newFrom(t.name)}
            </button>
          ))}
          <ImportButton templates={templates} disabled={busy} />
        </div>
      </header>

      <FirstRunCard onNotice={setNotice} />

      <div className="gw-drafts-bar">
        <input
          type="search"
          className="gw-search"
          aria-label={D.searchLabel}
          placeholder={D.searchPlaceholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="gw-filters" role="group" aria-label={D.filters}>
          <select
            aria-label={D.col.year}
            value={filter.year ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, year: e.target.value ? Number(e.target.value) : undefined }))}
          >
            <option value="">{D.allYears}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {D.yearLabel(y)}
              </option>
            ))}
          </select>
          <select
            aria-label={D.allTemplates}
            value={filter.templateId ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, templateId: e.target.value || undefined }))}
          >
            <option value="">{D.allTemplates}</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <select
            aria-label={D.col.status}
            value={filter.status ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, status: (e.target.value || undefined) as DraftStatus | undefined }))}
          >
            <option value="">{D.allStatuses}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>

      <NoticeLine notice={notice} />

      {shown ? (
        <SearchResults state={shown} templateName={templateName} />
      ) : drafts === null ? (
        <p className="gw-muted">{D.loading}</p>
      ) : withUndoRow(drafts, removed).length === 0 ? (
        <p className="gw-muted">{filter.year || filter.templateId || filter.status ? D.emptyFiltered : D.empty}</p>
      ) : (
        <table className="gw-list">
          <thead>
            <tr>
              <th>{D.col.title}</th>
              <th>{D.col.year}</th>
              <th>{D.col.template}</th>
              <th>{D.col.number}</th>
              <th>{D.col.status}</th>
              <th>{D.col.origin}</th>
              <th>{D.col.updated}</th>
              <th>{D.col.actions}</th>
            </tr>
          </thead>
          <tbody>
            {withUndoRow(drafts, removed).map((d) =>
              'undo' in d ? (
                <UndoRow
                  key={`undo-${d.undo.id}`}
                  draft={d.undo}
                  busy={busy}
                  onUndo={() => void run(() => restoreDraft(d.undo)).then(() => setRemoved(null))}
                />
              ) : (
                <tr key={d.id} data-draft={d.id}>
                  <td>
                    {renaming === d.id ? (
                      <RenameForm
                        initial={d.title}
                        onCancel={() => setRenaming(null)}
                        onSave={(t) => {
                          setRenaming(null);
                          void run(async () => (await api['drafts.rename']({ id: d.id, title: t }), null));
                        }}
                      />
                    ) : (
                      <a href={`#/draft/${d.id}`}>{title(d)}</a>
                    )}
                  </td>
                  <td>{d.year}</td>
                  <td className="gw-list-template">{templateName.get(d.templateId) ?? d.templateId}</td>
                  <td className="gw-list-number" data-testid="list-doc-number">
                    {d.docNumber ?? <span className="gw-muted">{D.noNumber}</span>}
                  </td>
                  <td>
                    <select
                      aria-label={D.statusLabel}
                      value={d.status}
                      onChange={(e) =>
                        void run(async () => (await api['drafts.setStatus']({ id: d.id, status: e.target.value as DraftStatus }), null))
                      }
                    >
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-testid="list-origin">
                    <Origin origin={d.origin ?? null} />
                  </td>
                  <td>{dateTime(d.updatedAt)}</td>
                  <td className="gw-row-actions">
                    <button type="button" onClick={() => setRenaming(d.id)}>
                      {D.rename}
                    </button>
                    <button type="button" onClick={() => void run(async () => D.copied(title(await api['drafts.copy']({ id: d.id }))))}>
                      {D.copy}
                    </button>
                    {yearly.has(d.templateId) && (
                      <RolloverAction
                        id={d.id}
                        title={title(d)}
                        year={d.year}
                        compact
                        onError={(text) => setNotice({ text, error: true })}
                      />
                    )}
                    <button
                      type="button"
                      onClick={() =>
                        void run(async () => {
                          await api['drafts.delete']({ id: d.id });
                          // The undo takes the row's place: where the clerk is looking, not at the top of the page.
                          setRemoved({ draft: d, index: drafts.indexOf(d) });
                          setNotice(null);
                          return null;
                        })
                      }
                    >
                      {D.delete}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </main>
  );
}

function RenameForm({ initial, onSave, onCancel }: { initial: string; onSave: (title: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      className="gw-rename"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
    >
      <input
        aria-label={D.renamePrompt}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      />
      <button type="submit">{D.ok}</button>
      <button type="button" onClick={onCancel}>
        {D.cancel}
      </button>
    </form>
  );
}

/** The list with the just-deleted draft's 撤销 row at the place its row had (if it is still gone). */
function withUndoRow(
  drafts: DraftSummary[],
  removed: { draft: DraftSummary; index: number } | null,
): (DraftSummary | { undo: DraftSummary })[] {
  if (!removed) return drafts;
  // Until the list is read again the deleted row is still in it: the 撤销 takes its place at once.
  const still = drafts.findIndex((d) => d.id === removed.draft.id);
  if (still >= 0) return drafts.map((d, i) => (i === still ? { undo: removed.draft } : d));
  const at = Math.min(removed.index, drafts.length);
  return [...drafts.slice(0, at), { undo: removed.draft }, ...drafts.slice(at)];
}

function UndoRow({ draft, busy, onUndo }: { draft: DraftSummary; busy: boolean; onUndo: () => void }) {
  return (
    <tr className="gw-undo-row" data-undo={draft.id}>
      <td colSpan={8} role="status">
        {D.deleted(title(draft))}
        <button type="button" className="gw-link-button" disabled={busy} onClick={onUndo} data-testid="undo-delete">
          {D.undo}
        </button>
      </td>
    </tr>
  );
}

/** 来源: 导入 (the file), 由2024年度滚动 (the draft it came from), 复制, or 新建. */
function Origin({ origin }: { origin: DraftSummary['origin'] }) {
  if (!origin) return <span className="gw-muted">{D.origin.new}</span>;
  const label = origin.kind === 'import' ? D.origin.import : origin.kind === 'rollover' ? D.origin.rollover(origin.year) : D.origin.copy;
  return (
    <span className="gw-origin" title={D.origin.from(origin.kind, origin.from)}>
      {label}
      {origin.kind === 'import' && <span className="gw-origin-from">{origin.from}</span>}
    </span>
  );
}
