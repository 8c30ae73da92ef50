/** 回收站: deleted drafts, to restore or delete for good (after a second click to confirm). */
import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from '../../../shared/contract/drafts';
import { api } from '../api/client';
import { NoticeLine, failure, type Notice } from '../app/Notice';
import { BackLink } from '../app/BackLink';
import { D, dateTime } from './messages';
import './drafts.css';

export function TrashPage() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const reload = useCallback(() => {
    api['drafts.trash']({})
      .then(setDrafts)
      .catch((e) => setNotice(failure(e)));
  }, []);
  useEffect(reload, [reload]);

  async function act(fn: () => Promise<string>) {
    try {
      setNotice({ text: await fn() });
    } catch (e) {
      setNotice(failure(e));
    }
    setConfirming(null);
    reload();
  }

  const title = (d: DraftSummary) => d.title || D.untitled;
  return (
    <main className="gw-page gw-trash">
      <header className="gw-toolbar">
        <BackLink />
        <h1>{D.trash}</h1>
      </header>
      <p className="gw-muted">{D.trashHint}</p>
      <NoticeLine notice={notice} />
      {drafts === null ? (
        <p className="gw-muted">{D.loading}</p>
      ) : drafts.length === 0 ? (
        <p className="gw-muted">{D.trashEmpty}</p>
      ) : (
        <table className="gw-list">
          <thead>
            <tr>
              <th>{D.col.title}</th>
              <th>{D.col.year}</th>
              <th>{D.col.chars}</th>
              <th>{D.deletedAt}</th>
              <th>{D.col.actions}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.id} data-draft={d.id}>
                <td>{title(d)}</td>
                <td>{d.year}</td>
                <td>{d.chars}</td>
                <td>{d.deletedAt ? dateTime(d.deletedAt) : ''}</td>
                <td className="gw-row-actions">
                  <button
                    type="button"
                    onClick={() => void act(async () => (await api['drafts.restore']({ id: d.id }), D.restored(title(d))))}
                  >
                    {D.restore}
                  </button>
                  {confirming === d.id ? (
                    <span className="gw-confirm" role="group" aria-label={D.purge}>
                      {D.purgeConfirm(title(d))}
                      <button
                        type="button"
                        className="gw-danger"
                        onClick={() => void act(async () => (await api['drafts.purge']({ id: d.id, confirm: true }), D.purged(title(d))))}
                      >
                        {D.purge}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {D.cancel}
                      </button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setConfirming(d.id)}>
                      {D.purge}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
