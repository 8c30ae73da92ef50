/**
 * Start the real web bridge (the built dist/node/web.cjs) as a child process on a real SQLite
 * file in a temp folder, the way outside checks use it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
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
    call: (name, input, headers = {}) => postJson(`${origin}/api/${name}`, input, { 'x-gongwen-token': token, ...headers }),
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

/**
 * POST JSON on a connection of its own. Not fetch: its pool reuses an idle socket, and a test
 * that blocked its event loop meanwhile (waiting on LibreOffice with execFileSync, say) sends on
 * a socket the server has since closed, failing with "fetch failed / other side closed". A new
 * loopback connection per call costs well under a millisecond and cannot race.
 */
export function postJson<T = unknown>(url: string, input: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const body = Buffer.from(typeof input === 'string' ? input : JSON.stringify(input));
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T });
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
