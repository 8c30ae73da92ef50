/** Resolve a request path inside the built renderer, refusing anything that escapes it. */
import path from 'node:path';
import { ownValue } from '../../shared/own';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function resolveStatic(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(rootDir, rel);
  if (full !== rootDir && !full.startsWith(rootDir + path.sep)) return null;
  return full;
}

export function mimeType(file: string): string {
  return ownValue(MIME_TYPES, path.extname(file).toLowerCase()) ?? 'application/octet-stream';
}
