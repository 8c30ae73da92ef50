/**
 * The one handler table on a real SQLite file in a temp folder, called the way every adapter
 * calls it (`dispatch`: contract validation first). Exports go nowhere.
 */
import { openDatabase } from '../../electron/store/database';
import type { DB } from '../../electron/store/sqlite';
import { createContext, createHandlers, dispatch } from '../../electron/services/index';
import { rm, tempDir } from './paths';

export interface ServicesUnderTest {
  dir: string;
  db: DB;
  call: (name: string, input: unknown) => Promise<any>;
  close: () => void;
}

export function openServices(prefix = 'gongwen-svc-'): ServicesUnderTest {
  const dir = tempDir(prefix);
  const db = openDatabase(dir);
  const handlers = createHandlers(createContext(db, dir, { saveExport: async () => null }));
  return {
    dir,
    db,
    call: (name, input) => dispatch(handlers, name, input) as Promise<any>,
    close: () => {
      db.close();
      rm(dir);
    },
  };
}
