/**
 * `npm run web -- --port P --data-dir DIR [--token T]`: the web bridge as a process. Prints the
 * URL on stdout, stops cleanly on SIGTERM/SIGINT.
 */
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { openStore } from '../store/open-store';
import { createContext, createHandlers, type Platform } from '../services/index';
import { startBridge } from './bridge';
import { writeFileAtomic, uniquePath } from '../fs/atomic-write';
import { defaultDataDir } from '../paths';
import { toErrorPayload } from '../../shared/errors';
import { BRIDGE } from './messages';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(name + '='));
  return eq?.slice(name.length + 1);
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const port = Number(arg(argv, '--port') ?? 0);
  const dataDir = path.resolve(arg(argv, '--data-dir') ?? defaultDataDir());
  const token = arg(argv, '--token') ?? randomBytes(24).toString('base64url');
  const staticDir = path.resolve(__dirname, '..', 'renderer');
  const exportDir = path.join(dataDir, 'exports');

  const { db, status } = await openStore(dataDir);
  const platform: Platform = {
    async saveExport(name, bytes) {
      fs.mkdirSync(exportDir, { recursive: true });
      const target = uniquePath(exportDir, name);
      writeFileAtomic(target, bytes);
      return target;
    },
  };
  const ctx = createContext(db, dataDir, platform, status);
  const stopMaintenance = ctx.storage.startMaintenance();
  const bridge = await startBridge({ handlers: createHandlers(ctx), token, staticDir, exportDir, port });
  process.stdout.write(`${bridge.url}\n`);

  const stop = () => {
    bridge.server.closeAllConnections();
    void bridge.close().then(() => {
      stopMaintenance();
      ctx.storage.close();
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Test harnesses set this so a bridge never outlives a test run that died without stopping it.
  if (process.env.GONGWEN_EXIT_WITH_PARENT === '1') {
    const parent = process.ppid;
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        stop();
      }
    }, 1_000).unref();
  }
}

if (require.main === module) {
  main().catch((err) => {
    const p = toErrorPayload(err);
    process.stderr.write(BRIDGE.startFailed(p.code === 'INTERNAL' ? String(err) : p.message));
    process.exit(1);
  });
}
