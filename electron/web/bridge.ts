/**
 * The loopback web bridge: serves the built renderer and the handler table over HTTP on
 * 127.0.0.1, so the app can be used and tested where Electron cannot run.
 *
 * Contract (external tests rely on it): `POST /api/<call>` with the JSON input as body and header
 * `x-gongwen-token`; the answer is the JSON output or 4xx/5xx with `{code, message}`. Requests
 * without the token, or whose Host/Origin is not the bridge's own (DNS rebinding, other sites),
 * are refused before any handler runs.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { AppError, toErrorPayload, type ErrorCode, type ErrorPayload } from '../../shared/errors';
import { dispatch, type Handlers } from '../services/index';
import { SECURITY_HEADERS } from '../../shared/security/csp';
import { mimeType, resolveStatic } from '../security/static-files';
import { BRIDGE } from './messages';

/** Inputs are documents of at most a few MB; refuse anything far beyond before parsing. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  BAD_DOC_NUMBER: 400,
  BAD_FILE: 400,
  UNAUTHORIZED: 403,
  UNKNOWN_CALL: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_DOC_NUMBER: 409,
  TOO_LARGE: 413,
  EXPORT_BLOCKED: 422,
  EXPORT_UNCONFIRMED: 422,
  DB_TOO_NEW: 503,
  DB_CORRUPT: 503,
  READ_ONLY: 507,
  DISK_FULL: 507,
  FILE_BUSY: 423,
  CANCELLED: 409,
};

/** How long the bridge keeps an idle connection open for the next call (see startBridge). */
export const KEEP_ALIVE_MS = 60_000;

interface BridgeOptions {
  handlers: Handlers;
  token: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** Where exported files are written and served from. */
  exportDir: string;
  port: number;
}

export interface Bridge {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const server = http.createServer((req, res) => {
    handle(req, res, opts, server).catch((err) => sendError(res, toErrorPayload(err)));
  });
  // Slow or stuck clients must not pin the process.
  server.requestTimeout = 120_000;
  // An idle pooled connection must outlive the client's wish to reuse it: a client whose event
  // loop was busy (a page rendering, a test waiting on LibreOffice) sends on the socket it kept
  // and finds it closed ("other side closed"). The page's calls come at most seconds apart;
  // a minute covers any pause short of the client having gone. Headers of a new request on a
  // kept socket must be allowed at least as long (Node's rule: headersTimeout > keepAliveTimeout).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(opts.token)}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

function ownHosts(server: http.Server): string[] {
  const port = (server.address() as { port: number } | null)?.port;
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, opts: BridgeOptions, server: http.Server): Promise<void> {
  const hosts = ownHosts(server);
  if (!hosts.includes(req.headers.host ?? '')) return sendError(res, { code: 'UNAUTHORIZED', message: BRIDGE.notLocal });
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`))
    return sendError(res, { code: 'UNAUTHORIZED', message: BRIDGE.notLocal });

  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendError(res, { code: 'BAD_INPUT', message: BRIDGE.postOnly }, 405);
    if (!tokenOk(req.headers['x-gongwen-token'], opts.token)) return sendError(res, { code: 'UNAUTHORIZED', message: BRIDGE.badToken });
    const name = url.pathname.slice('/api/'.length);
    const body = await readBody(req);
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      throw new AppError('BAD_INPUT', BRIDGE.notJson);
    }
    const output = await dispatch(opts.handlers, name, input);
    return sendJson(res, 200, output ?? null);
  }
  if (url.pathname.startsWith('/exports/')) {
    if (!tokenOk(url.searchParams.get('token') ?? req.headers['x-gongwen-token'], opts.token))
      return sendError(res, { code: 'UNAUTHORIZED', message: BRIDGE.badToken });
    return sendFile(res, resolveStatic(opts.exportDir, url.pathname.slice('/exports'.length)), true);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, { code: 'BAD_INPUT', message: BRIDGE.unsupported }, 405);
  return sendFile(res, resolveStatic(opts.staticDir, url.pathname), false);
}

function tokenOk(given: string | string[] | undefined | null, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  const tooLarge = () => new AppError('TOO_LARGE', BRIDGE.tooLarge);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume(); // discard without buffering, so the client still reads our answer
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

function sendError(res: http.ServerResponse, payload: ErrorPayload, status?: number): void {
  if (res.headersSent) return void res.end();
  sendJson(res, status ?? STATUS[payload.code] ?? 500, payload);
}

function sendFile(res: http.ServerResponse, file: string | null, download: boolean): void {
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    // Unknown paths inside the app are client-side routes: serve the page.
    return sendError(res, { code: 'NOT_FOUND', message: BRIDGE.noFile });
  }
  const headers: Record<string, string> = { 'Content-Type': mimeType(file), ...SECURITY_HEADERS };
  if (download) headers['Content-Disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`;
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}
