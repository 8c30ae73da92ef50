/** 回收站: deleted drafts, to restore or delete for good (after a second click to confirm). */
import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from '../../../shared/contract/drafts';
import { api } from '../api/client';
import { NoticeLine, failure, type Notice } from '../ui/Notice';
import { BackLink } from '../ui/BackLink';
import { ConfirmButton } from '../ui/Confirm';
import { dropCopy, localCopies } from '../workspace/recovery';
import { useAction } from '../ui/useAction';
import { D, dateTime, draftTitle as title } from './messages';
import './drafts.css';

/** Take a draft out of the 回收站 (here, or 撤销 after a delete in the 草稿箱); says so. */
export async function restoreDraft(d: DraftSummary): Promise<string> {
  await api['drafts.restore']({ id: d.id });
  return D.restored(title(d));
}

/** 永久删除: the draft, and any unsaved copy of it this PC still keeps (it has nowhere to go back to). */
async function purge(d: DraftSummary): Promise<string> {
  await api['drafts.purge']({ id: d.id, confirm: true });
  dropCopy(localCopies(), d.id);
  return D.purged(title(d));
}

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

  const { busy, run } = useAction(setNotice, {
    after: () => {
      setConfirming(null);
      reload();
    },
  });

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
                  <button type="button" disabled={busy} onClick={() => void run(() => restoreDraft(d))}>
                    {D.restore}
                  </button>
                  <ConfirmButton
                    open={confirming === d.id}
                    onOpen={() => setConfirming(d.id)}
                    onCancel={() => setConfirming(null)}
                    label={D.purge}
                    question={D.purgeConfirm(title(d))}
                    yes={D.purge}
                    busy={busy}
                    onYes={() => void run(() => purge(d))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
