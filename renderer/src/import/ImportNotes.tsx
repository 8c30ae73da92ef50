/**
 * The notes of an import or a roll-forward, shown above the draft until the clerk dismisses them
 * (知道了): the importer's warnings, the first-level headings that fill no slot (each jumps to
 * its place), the roll-forward's summary and text that looks tampered with. They are stored with
 * the draft (drafts.notes), so they are still there after a reload or on another day. 收起 folds
 * them to their title line, so the editor keeps the window's height while they wait.
 */
import { useEffect, useState } from 'react';
import type { DraftNotes } from '../../../shared/contract/drafts';
import { api } from '../api/client';
import { I } from './messages';
import './import.css';

export function ImportNotes({ draftId, onJump }: { draftId: string; onJump: (sectionId: string) => void }) {
  const [notes, setNotes] = useState<DraftNotes | null>(null);
  const [open, setOpen] = useState(true);
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    api['drafts.notes']({ id: draftId })
      .then((r) => live && setNotes(r.notes))
      // The notes are a help, not the draft: without them the page works as before.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [draftId]);
  if (!notes) return null;
  const { warnings, unmapped, rollover, suspects = [] } = notes;
  const dismiss = () =>
    api['drafts.dismissNotes']({ id: draftId })
      .then(() => setNotes(null))
      .catch(() => setError(true));
  const count = warnings.length + unmapped.length + suspects.length + (rollover?.length ?? 0);
  return (
    <section className="gw-import-notes" aria-labelledby="gw-import-notes-title" data-testid="import-notes">
      <header className="gw-import-notes-head">
        <h2 id="gw-import-notes-title">{rollover ? I.notesRolledTitle(notes.source) : I.notesTitle(notes.source)}</h2>
        {open && count > 0 && (
          <span className="gw-muted" data-testid="import-notes-count">
            {I.notesCount(count)}
          </span>
        )}
        {suspects.length > 0 && (
          <span className="gw-import-notes-alarm" data-testid="import-suspects-count">
            {I.suspectsCount(suspects.length)}
          </span>
        )}
        <button
          type="button"
          className="gw-link"
          aria-expanded={open}
          aria-controls="gw-import-notes-body"
          data-action="notes-toggle"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? I.notesFold : I.notesUnfold(count)}
        </button>
        <button type="button" title={I.notesDismissTitle} onClick={() => void dismiss()} data-testid="import-notes-dismiss">
          {I.notesDismiss}
        </button>
      </header>
      {error && (
        <p className="gw-error" role="alert">
          {I.notesDismissFailed}
        </p>
      )}
      {open && (
        <div className="gw-import-notes-body" id="gw-import-notes-body">
          {suspects.length > 0 && (
            <>
              <p className="gw-import-notes-lead gw-import-notes-alarm">{I.suspectsHead}</p>
              <ul className="gw-import-notes-list" data-testid="import-suspects">
                {suspects.map((s, i) => (
                  <li key={i}>{I.suspect(s.where, s.phrase, s.excerpt)}</li>
                ))}
              </ul>
            </>
          )}
          {rollover && (
            <ul className="gw-import-notes-list" data-testid="rollover-notes">
              {rollover.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          {warnings.length > 0 && (
            <>
              <p className="gw-import-notes-lead">{I.warningsHead}</p>
              <ul className="gw-import-notes-list" data-testid="import-warnings">
                {warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </>
          )}
          {unmapped.length > 0 && (
            <>
              <p className="gw-import-notes-lead">{I.unmappedHead}</p>
              <ul className="gw-import-notes-list" data-testid="import-unmapped">
                {unmapped.map((u) => (
                  <li key={u.id}>
                    <button type="button" className="gw-link" title={I.jump(u.heading)} onClick={() => onJump(u.id)}>
                      {u.heading}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {!count && <p className="gw-import-notes-lead">{I.noWarnings}</p>}
        </div>
      )}
    </section>
  );
}
