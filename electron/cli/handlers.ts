/**
 * The same handler table the app and the web bridge use, on the data folder's SQLite file, for
 * commands that work on stored drafts. Opened on first use, once per run. Only a command that
 * imports this module loads SQLite: the others start without better-sqlite3.
 */
import path from 'node:path';
import type { CliContext } from './command';
import { openDatabase } from '../store/database';
import { createContext, createHandlers, type Handlers } from '../services/index';
import { writeFileAtomic } from '../fs/atomic-write';

const opened = new WeakMap<CliContext, Handlers>();

export function handlersFor(ctx: CliContext): Handlers {
  let handlers = opened.get(ctx);
  if (!handlers) {
    const { io } = ctx;
    handlers = createHandlers(
      createContext(openDatabase(ctx.dataDir), ctx.dataDir, {
        async saveExport(fileName, bytes) {
          const target = path.resolve(io.cwd, fileName);
          writeFileAtomic(target, bytes);
          return target;
        },
      }),
    );
    opened.set(ctx, handlers);
  }
  return handlers;
}
