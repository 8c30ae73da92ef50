/**
 * What the clerk should read after an import or a roll-forward (the call's warnings and the
 * unmapped headings), kept for the new draft until dismissed. Session storage: the notes belong
 * to this sitting, not to the document.
 */
export interface DraftNotes {
  /** The file name, or what the draft was made from. */
  source: string;
  warnings: string[];
  unmapped: { id: string; level: number; heading: string }[];
  /** The roll-forward's own summary, when the draft was rolled forward. */
  rollover?: string[] | undefined;
}

const KEY = (draftId: string) => `gongwen-notes:${draftId}`;

export function saveNotes(draftId: string, notes: DraftNotes): void {
  try {
    sessionStorage.setItem(KEY(draftId), JSON.stringify(notes));
  } catch {
    // Storage full or disabled: the notes are a convenience, the draft is saved either way.
  }
}

export function loadNotes(draftId: string): DraftNotes | null {
  try {
    const raw = sessionStorage.getItem(KEY(draftId));
    const notes = raw ? (JSON.parse(raw) as DraftNotes) : null;
    return notes && typeof notes.source === 'string' && Array.isArray(notes.warnings) && Array.isArray(notes.unmapped) ? notes : null;
  } catch {
    return null;
  }
}

export function dropNotes(draftId: string): void {
  try {
    sessionStorage.removeItem(KEY(draftId));
  } catch {
    // nothing to drop
  }
}
