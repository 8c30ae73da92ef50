/**
 * The local recovery copy: while a draft's latest text is not acknowledged by a save (typing not
 * yet saved after a short delay, a failed save, a document over a limit, a conflict), autosave
 * keeps a copy in the renderer's localStorage, so a reload, a crash or leaving the page does not
 * lose it. Opening the draft again offers the copy when it differs from what is stored.
 *
 * Keyed by draft id only: localStorage is already separate per origin. In Electron the origin
 * is app://gongwen, the same at every launch, so a copy survives closing the app. In web mode the
 * origin is the bridge's http://127.0.0.1:<port>, and the port is chosen anew at each launch
 * (unless `--port` is given): a copy is found again within one launch (a reload, a closed tab
 * reopened), not after restarting the bridge on another port. A safety net, not storage.
 *
 * The storage is passed in, so the rules here run in unit tests without a browser.
 */
import { ReportDocument, runsText, type Block } from '../../../shared/model/document';

export interface RecoveryCopy {
  draftId: string;
  /** The revision the unsaved text was typed on. */
  baseRevision: number;
  /** When the copy was written (ISO). */
  savedAt: string;
  doc: ReportDocument;
}

/** The part of the Web Storage API used here. */
export type CopyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Longest copy kept, in characters of JSON. Chromium (and so Electron) allows one origin about
 * 5,242,880 characters of localStorage in all (measured: 5 Mi UTF-16 units, keys included),
 * shared by every draft's copy. A draft at its 500,000-character limit is about 0.6–1 million
 * characters as JSON, so this cap takes any savable draft and some over-limit ones, while two
 * full-size copies still fit. A bigger copy is not written rather than crowding out another
 * draft's copy; the leave dialog then says the text would be lost.
 */
export const RECOVERY_MAX_CHARS = 2_000_000;

const PREFIX = 'gongwen-recovery:';
const FORMAT = 1;

export function recoveryKey(draftId: string): string {
  return PREFIX + draftId;
}

/** The stored text of a copy, or null when it is over RECOVERY_MAX_CHARS. */
export function encodeCopy(copy: RecoveryCopy): string | null {
  const text = JSON.stringify({ v: FORMAT, ...copy });
  return text.length > RECOVERY_MAX_CHARS ? null : text;
}

/**
 * A stored copy read back, or null when there is none or it is not a copy of this draft. The
 * document is checked for its shape only: a copy is kept precisely when the document breaks a
 * limit, so the full schema would refuse the ones that matter most.
 */
export function decodeCopy(text: string | null, draftId: string): RecoveryCopy | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw.v !== FORMAT || raw.draftId !== draftId) return null;
  const { baseRevision, savedAt, doc } = raw;
  if (typeof baseRevision !== 'number' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  if (!isRecord(doc) || !isRecord(doc.meta) || !Array.isArray(doc.lead) || !Array.isArray(doc.body)) return null;
  return { draftId, baseRevision, savedAt, doc: doc as unknown as ReportDocument };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Whether two documents hold the same content. Both are read through the schema first (defaults
 * filled, key order fixed), as the store does on saving; a document the schema refuses cannot be
 * what is stored, so it differs.
 */
export function sameContent(a: ReportDocument, b: ReportDocument): boolean {
  const pa = ReportDocument.safeParse(a);
  const pb = ReportDocument.safeParse(b);
  return pa.success && pb.success && JSON.stringify(pa.data) === JSON.stringify(pb.data);
}

/** The document's text a line a block: title, lead, headings, paragraphs, table cells. */
export function documentLines(doc: ReportDocument): string[] {
  const out = [doc.meta.title];
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') out.push(runsText(b.runs));
      else if (b.type === 'table') for (const row of b.rows) for (const cell of row) out.push(runsText(cell.runs));
      else if (b.type === 'fixedTable') out.push(Object.values(b.values).map((v) => (v === null ? '' : String(v))).join(' '));
      else {
        out.push(b.heading);
        walk(b.children);
      }
    }
  };
  walk(doc.lead);
  walk(doc.body);
  return out.map((l) => l.trim()).filter(Boolean);
}

/** The first line of the copy that the stored document does not have, shortened; null when none. */
export function firstNewLine(copy: ReportDocument, stored: ReportDocument, max = 60): string | null {
  const have = new Set(documentLines(stored));
  const line = documentLines(copy).find((l) => !have.has(l));
  if (line === undefined) return null;
  return line.length > max ? line.slice(0, max) + '…' : line;
}

/** What became of a copy: kept, or why not (the window still holds the text either way). */
export type KeepResult = 'kept' | 'too-large' | 'no-room';

export function keepCopy(storage: CopyStorage | null, copy: RecoveryCopy): KeepResult {
  const text = encodeCopy(copy);
  // An older, smaller copy of this draft stays: it may hold text the store does not have, and
  // the offer names its time.
  if (text === null) return 'too-large';
  if (!storage) return 'no-room';
  try {
    storage.setItem(recoveryKey(copy.draftId), text);
    return 'kept';
  } catch {
    // Quota exceeded (other drafts' copies are left alone: they may be the only place their
    // text is) or storage refused altogether.
    return 'no-room';
  }
}

export function readCopy(storage: CopyStorage | null, draftId: string): RecoveryCopy | null {
  try {
    return decodeCopy(storage?.getItem(recoveryKey(draftId)) ?? null, draftId);
  } catch {
    return null;
  }
}

export function dropCopy(storage: CopyStorage | null, draftId: string): void {
  try {
    storage?.removeItem(recoveryKey(draftId));
  } catch {
    // Storage refused: nothing was kept there either.
  }
}

/** The window's localStorage, or null where the browser refuses it. */
export function localCopies(): CopyStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
