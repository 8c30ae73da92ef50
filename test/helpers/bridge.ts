/**
 * Start the real web bridge (the built dist/node/web.cjs) as a child process on a real SQLite
 * file in a temp folder, the way outside checks use it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DIST, rm, tempDir } from './paths';

export interface RunningBridge {
  url: string;
  origin: string;
  token: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  call<T = unknown>(name: string, input: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

/**
 * `port` (default: any free one) lets a test start a bridge again at the same origin, as the
 * page knew it: localStorage is kept per origin.
 */
export async function startBridge(opts: { dataDir?: string; token?: string; port?: number } = {}): Promise<RunningBridge> {
  const dataDir = opts.dataDir ?? tempDir('gongwen-bridge-');
  const token = opts.token ?? 'test-token-' + Math.random().toString(36).slice(2);
  const proc = spawn(
    process.execPath,
    [path.join(DIST, 'node', 'web.cjs'), '--port', String(opts.port ?? 0), '--data-dir', dataDir, '--token', token],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GONGWEN_EXIT_WITH_PARENT: '1' },
    },
  );
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('bridge did not start: ' + stderr)), 15_000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bridge exited ${code}: ${stderr}`));
    });
  });
  const u = new URL(url);
  const origin = u.origin;
  return {
    url,
    origin,
    token,
    port: Number(u.port),
    dataDir,
    proc,
    async call(name, input, headers = {}) {
      const send = () =>
        fetch(`${origin}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-gongwen-token': token, ...headers },
          body: typeof input === 'string' ? input : JSON.stringify(input),
        });
      let res: Response;
      try {
        res = await send();
      } catch (err) {
        // A pooled keep-alive connection the bridge closed (after Node's 5 s idle timeout) while this
        // process was blocked, e.g. in a synchronous soffice render: the request never reached the
        // bridge ("other side closed"), so sending it again on a fresh connection is safe.
        if ((err as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw err;
        res = await send();
      }
      return { status: res.status, body: await res.json() };
    },
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      if (!opts.dataDir) rm(dataDir);
    },
  };
}
