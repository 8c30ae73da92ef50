/**
 * 自定义词典: the organ's own words for 公文校对. 认可 — a correct term (a place name, an organ's
 * name, an accepted form) that is never flagged; 禁用 — a form the organ does not write, flagged
 * and, with a 替换为, fixed by 修正 and 全部修正. Kept in the database (in data packages too).
 */
import { useCallback, useEffect, useState } from 'react';
import {
  DICTIONARY_KIND_NAMES,
  DICTIONARY_LIMITS,
  DictionaryEntryFields,
  type DictionaryEntry,
  type DictionaryKind,
} from '../../../shared/proofread/dictionary';
import { api } from '../api/client';
import { failure, type Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { reloadDictionary } from '../proofread/dictionary';
import { S } from './messages';

interface Form {
  id?: number;
  term: string;
  kind: DictionaryKind;
  replacement: string;
  note: string;
}

const EMPTY: Form = { term: '', kind: 'accept', replacement: '', note: '' };

/** The first problem with the form, in the schema's words (the bridge checks the same). */
function problem(f: Form): string | null {
  const r = DictionaryEntryFields.safeParse({ ...f, replacement: f.kind === 'accept' ? '' : f.replacement });
  return r.success ? null : r.error.issues[0]!.message;
}

export function DictionarySection({ onNotice }: { onNotice: (n: Notice) => void }) {
  const [entries, setEntries] = useState<DictionaryEntry[] | null>(null);
  const [form, setForm] = useState<Form>(EMPTY);
  const [tried, setTried] = useState(false);
  const [filter, setFilter] = useState('');

  const fail = useCallback((e: unknown) => onNotice(failure(e)), [onNotice]);
  const reload = useCallback(() => {
    api['dictionary.list']({}).then(setEntries).catch(fail);
    void reloadDictionary();
  }, [fail]);
  useEffect(reload, [reload]);
  const { busy, run } = useAction(onNotice, { after: reload });

  const bad = tried ? problem(form) : null;
  const shown = (entries ?? []).filter((e) => !filter.trim() || e.term.includes(filter.trim()) || e.replacement.includes(filter.trim()));
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <section className="gw-settings-section" aria-labelledby="gw-dict-h" data-testid="dictionary-section">
      <h2 id="gw-dict-h">{S.dictionary}</h2>
      <p className="gw-muted">{S.dictionaryHint}</p>
      <form
        className="gw-dict-form"
        aria-label={form.id ? S.dictEditing(form.term) : S.dictAdding}
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (problem(form)) return;
          const { id, ...fields } = form;
          const input = { ...fields, replacement: fields.kind === 'accept' ? '' : fields.replacement, ...(id ? { id } : {}) };
          void run(async () => {
            const saved = await api['dictionary.save'](input);
            setForm(EMPTY);
            setTried(false);
            return S.dictSaved(saved.term);
          });
        }}
      >
        <label>
          <span>{S.dictField.term}</span>
          <input
            data-testid="dict-term"
            value={form.term}
            maxLength={DICTIONARY_LIMITS.termChars + 10}
            onChange={(e) => set({ term: e.target.value })}
            aria-invalid={!!bad}
          />
        </label>
        <label>
          <span>{S.dictField.kind}</span>
          <select data-testid="dict-kind" value={form.kind} onChange={(e) => set({ kind: e.target.value as DictionaryKind })}>
            {(['accept', 'ban'] as const).map((k) => (
              <option key={k} value={k}>
                {S.dictKind[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{S.dictField.replacement}</span>
          <input
            data-testid="dict-replacement"
            value={form.kind === 'accept' ? '' : form.replacement}
            disabled={form.kind === 'accept'}
            placeholder={form.kind === 'accept' ? '' : S.dictReplacementHint}
            onChange={(e) => set({ replacement: e.target.value })}
          />
        </label>
        <label>
          <span>{S.dictField.note}</span>
          <input data-testid="dict-note" value={form.note} onChange={(e) => set({ note: e.target.value })} />
        </label>
        <span className="gw-row-actions">
          <button type="submit" data-testid="dict-save" disabled={busy}>
            {form.id ? S.save : S.dictAdd}
          </button>
          {form.id !== undefined && (
            <button type="button" onClick={() => (setForm(EMPTY), setTried(false))}>
              {S.cancel}
            </button>
          )}
        </span>
        {bad && (
          <span className="gw-field-error" role="alert">
            {bad}
          </span>
        )}
      </form>
      {entries && entries.length === 0 && <p className="gw-muted">{S.dictEmpty}</p>}
      {entries && entries.length > 0 && (
        <>
          <label className="gw-dict-filter">
            <span>{S.dictFilter}</span>
            <input data-testid="dict-filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
            <span className="gw-muted">{S.dictCount(entries.length)}</span>
          </label>
          <ul className="gw-dict-list" data-testid="dict-list">
            {shown.map((e) => (
              <li key={e.id} data-term={e.term}>
                <span className={`gw-badge gw-dict-${e.kind}`}>{DICTIONARY_KIND_NAMES[e.kind]}</span>
                <strong>{e.term}</strong>
                {e.kind === 'ban' && <span>{e.replacement ? S.dictReplaceWith(e.replacement) : S.dictNoReplacement}</span>}
                {e.note && <span className="gw-muted">{e.note}</span>}
                <span className="gw-row-actions">
                  <button
                    type="button"
                    onClick={() => (
                      setForm({ id: e.id, term: e.term, kind: e.kind, replacement: e.replacement, note: e.note }),
                      setTried(false)
                    )}
                  >
                    {S.edit}
                  </button>
                  <button
                    type="button"
                    data-testid="dict-remove"
                    disabled={busy}
                    onClick={() => void run(async () => (await api['dictionary.delete']({ id: e.id }), S.dictRemoved(e.term)))}
                  >
                    {S.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
