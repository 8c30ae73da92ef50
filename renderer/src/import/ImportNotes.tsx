/**
 * The notes of an import or a roll-forward, shown above the new draft until the clerk dismisses
 * them: the importer's warnings, the first-level headings that fill no slot (each jumps to its
 * place) and the roll-forward's summary. 收起 folds them to their title line, so the editor
 * keeps the window's height while they wait.
 */
import { useState } from 'react';
import { dropNotes, loadNotes } from './notes';
import { I } from './messages';
import './import.css';

export function ImportNotes({ draftId, onJump }: { draftId: string; onJump: (sectionId: string) => void }) {
  const [notes, setNotes] = useState(() => loadNotes(draftId));
  const [open, setOpen] = useState(true);
  if (!notes) return null;
  const { warnings, unmapped, rollover } = notes;
  const count = warnings.length + unmapped.length + (rollover?.length ?? 0);
  return (
    <section className="gw-import-notes" aria-labelledby="gw-import-notes-title" data-testid="import-notes">
      <header className="gw-import-notes-head">
        <h2 id="gw-import-notes-title">{rollover ? I.notesRolledTitle(notes.source) : I.notesTitle(notes.source)}</h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="gw-import-notes-body"
          data-action="notes-toggle"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? I.notesCollapse : I.notesExpand(count)}
        </button>
        <button
          type="button"
          title={I.notesDismissTitle}
          onClick={() => {
            dropNotes(draftId);
            setNotes(null);
          }}
        >
          {I.notesDismiss}
        </button>
      </header>
      <div className="gw-import-notes-body" id="gw-import-notes-body" hidden={!open}>
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
        {!warnings.length && !unmapped.length && !rollover && <p className="gw-import-notes-lead">{I.noWarnings}</p>}
      </div>
    </section>
  );
}
