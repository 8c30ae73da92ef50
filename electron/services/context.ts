/**
 * What handlers get to work with. Adapters supply the `platform` part: the Electron shell asks
 * with a save dialog, the web bridge writes under its data folder, the CLI writes where -o says.
 */
import type { DB } from '../store/sqlite';
import { Storage } from '../store/storage';
import type { StartupStatus } from '../store/open-store';

export interface Platform {
  /** Write an exported file; returns its path, or null when the clerk cancelled. */
  saveExport(suggestedName: string, bytes: Uint8Array, kind?: 'docx' | 'pdf' | 'package'): Promise<string | null>;
  /**
   * Print a renderer route (the paged preview, `#/draft/<id>/preview?variant=…`) to PDF bytes.
   * Electron has it (printToPDF); the web bridge does not, and the browser prints the route.
   */
  printPdf?(route: string): Promise<Uint8Array>;
  /**
   * Print a renderer route on paper with the system's print dialog (Electron's webContents.print);
   * false when the clerk cancelled. Absent in the web bridge: the browser prints the route.
   */
  printRoute?(route: string): Promise<boolean>;
  /** Show an exported file in the system's file manager; false for a path not exported here. */
  showInFolder?(path: string): Promise<boolean>;
  /** Ask the clerk for a 数据包 to import (Electron's open dialog); null when cancelled. */
  openPackage?(): Promise<Uint8Array | null>;
}

export interface ServiceContext {
  platform: Platform;
  /**
   * The one road to storage: drafts, history, profiles, the 发文字号 register, search, backups,
   * start-up status. 导入数据包 swaps the database underneath, so handlers reach through here at
   * call time and never keep a store of their own.
   */
  readonly storage: Storage;
}

export function createContext(db: DB, dataDir: string, platform: Platform, status?: StartupStatus): ServiceContext {
  return { platform, storage: new Storage(db, dataDir, status) };
}
