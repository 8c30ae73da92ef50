/**
 * 历史版本: a side panel over the draft. Lists the versions kept (newest first), names the current
 * one (送审稿…), opens any version read-only, and restores one — which the store writes as a new
 * revision after keeping the present state, so history only grows.
 *
 * Before naming or restoring, the open editor's text is saved (`beforeAction`), so the version
 * named is what the clerk sees and a restore never discards unsaved typing.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract/index';
import type { RevisionInfo } from '../../../shared/contract/history';
import type { ReportDocument } from '../../../shared/model/document';
import { api } from '../api/client';
import { NoticeLine, failure, type Notice } from '../ui/Notice';
import { ConfirmButton } from '../ui/Confirm';
import { useAction } from '../ui/useAction';
import { DocumentView } from './DocumentView';
import { H, versionLabel, when } from './messages';
import './history.css';

export interface HistoryPanelProps {
  draftId: string;
  onClose: () => void;
  /** Save what the editor holds; resolves to the revision the draft is now at, or null if not saved. */
  beforeAction: () => Promise<number | null>;
  /** A version was restored: the workspace reloads with this document and revision. */
  onRestored: (result: { revision: number; updatedAt: string; doc: ReportDocument }) => void;
}

type Listing = CallOutput<'history.list'>;

export function HistoryPanel({ draftId, onClose, beforeAction, onRestored }: HistoryPanelProps) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [name, setName] = useState('');
  const [viewing, setViewing] = useState<CallOutput<'history.get'> | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  const fail = (e: unknown) => setNotice(failure(e));
  const reload = useCallback(() => {
    api['history.list']({ id: draftId })
      .then(setListing)
      .catch((e) => setNotice(failure(e)));
  }, [draftId]);
  useEffect(reload, [reload]);
  const { busy, run } = useAction(setNotice);
  const unsaved: Notice = { text: H.unsaved, error: true };

  async function nameCurrent() {
    const clean = name.trim();
    if (!clean) return;
    await run(async () => {
      if ((await beforeAction()) === null) return unsaved;
      await api['history.name']({ id: draftId, name: clean });
      setName('');
      reload();
      return H.named(clean);
    });
  }

  async function view(revision: number) {
    try {
      setViewing(await api['history.get']({ id: draftId, revision }));
    } catch (e) {
      fail(e);
    }
  }

  /** The workspace reopens on the restored document (onRestored), so there is nothing to say here. */
  const restore = (v: RevisionInfo) =>
    run(async () => {
      const base = await beforeAction();
      if (base === null) return unsaved;
      const result = await api['history.restore']({ id: draftId, revision: v.revision, baseRevision: base });
      setConfirming(null);
      setViewing(null);
      onRestored(result);
      return null;
    });

  const restoreButtons = (v: RevisionInfo) => (
    <ConfirmButton
      open={confirming === v.revision}
      onOpen={() => setConfirming(v.revision)}
      onCancel={() => setConfirming(null)}
      label={H.restore}
      question={H.restoreConfirm}
      yes={H.restoreYes}
      busy={busy}
      onYes={() => void restore(v)}
    />
  );

  return (
    <aside className="gw-history" aria-label={H.title}>
      <header className="gw-history-head">
        <h2>{H.title}</h2>
        <button type="button" onClick={onClose}>
          {H.close}
        </button>
      </header>
      <p className="gw-muted gw-history-hint">{H.hint}</p>
      <form
        className="gw-history-name"
        onSubmit={(e) => {
          e.preventDefault();
          void nameCurrent();
        }}
      >
        <input
          aria-label={H.nameLabel}
          placeholder={H.namePlaceholder}
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={busy || !name.trim()}>
          {H.name}
        </button>
      </form>
      <NoticeLine notice={notice} />
      {!listing ? (
        <p className="gw-muted">{H.loading}</p>
      ) : (
        <ol className="gw-versions">
          <li className="gw-version gw-version-current">
            <strong>{H.current}</strong>
            <span className="gw-muted">
              {H.revision(listing.current.revision)} · {when(listing.current.updatedAt)} · {H.chars(listing.current.chars)}
            </span>
          </li>
          {listing.versions.map((v) => (
            <li key={v.revision} className={v.name ? 'gw-version gw-version-named' : 'gw-version'} data-revision={v.revision}>
              <strong>{versionLabel(v)}</strong>
              <span className="gw-muted">
                {when(v.createdAt)}
                {v.chars > 0 && ` · ${H.chars(v.chars)}`}
              </span>
              {v.note && <span className="gw-version-note">{v.note}</span>}
              <span className="gw-version-actions">
                <button type="button" onClick={() => void view(v.revision)}>
                  {H.view}
                </button>
                {v.revision !== listing.current.revision && restoreButtons(v)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {viewing && (
        <div className="gw-history-view" role="dialog" aria-modal="true" aria-label={`${H.readOnly}：${versionLabel(viewing)}`}>
          <header className="gw-history-head">
            <h2>
              {H.readOnly}：{versionLabel(viewing)}
              <span className="gw-muted"> {when(viewing.createdAt)}</span>
            </h2>
            {!viewing.current && restoreButtons(viewing)}
            <button type="button" onClick={() => setViewing(null)}>
              {H.close}
            </button>
          </header>
          <div className="gw-history-view-body">
            <DocumentView doc={viewing.doc} />
          </div>
        </div>
      )}
    </aside>
  );
}
