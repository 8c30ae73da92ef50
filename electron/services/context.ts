/**
 * What handlers get to work with. Adapters supply the `platform` part: the Electron shell asks
 * with a save dialog, the web bridge writes under its data folder, the CLI writes where -o says.
 */
import type { DB } from '../store/database';
import { DraftStore } from '../store/drafts';

export interface Platform {
  /** Write an exported file; returns its path, or null when the clerk cancelled. */
  saveExport(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
}

export interface ServiceContext {
  db: DB;
  dataDir: string;
  drafts: DraftStore;
  platform: Platform;
}

export function createContext(db: DB, dataDir: string, platform: Platform): ServiceContext {
  return { db, dataDir, drafts: new DraftStore(db), platform };
}
