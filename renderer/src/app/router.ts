/**
 * Hash routes: `#/` the 草稿箱, `#/draft/<id>` a draft, `#/draft/<id>/preview?variant=…` the
 * print route (only the paged preview's pages, printed to PDF). Hash routing works under app://
 * and the bridge alike.
 */
import { useEffect, useState } from 'react';
import type { ExportVariant as PreviewVariant } from '../../../shared/contract/export';
export type Route =
  | { page: 'drafts' }
  | { page: 'draft'; id: string }
  | { page: 'preview'; id: string; variant: PreviewVariant; print: boolean }
  | { page: 'trash' | 'settings' | 'numbers' };

/** Pages without parameters: 回收站, 设置, 发文字号登记簿. */
const PLAIN_PAGES = { '#/trash': 'trash', '#/settings': 'settings', '#/numbers': 'numbers' } as const;

const VARIANTS: readonly PreviewVariant[] = ['official', 'web', 'draft'];

export function parseRoute(hash: string): Route {
  const preview = /^#\/draft\/([A-Za-z0-9_-]+)\/preview(?:\?(.*))?$/.exec(hash);
  if (preview) {
    const q = new URLSearchParams(preview[2] ?? '');
    const v = q.get('variant') as PreviewVariant | null;
    return { page: 'preview', id: preview[1]!, variant: v && VARIANTS.includes(v) ? v : 'official', print: q.get('print') === '1' };
  }
  const m = /^#\/draft\/([A-Za-z0-9_-]+)/.exec(hash);
  if (m) return { page: 'draft', id: m[1]! };
  const plain = PLAIN_PAGES[hash.split('?')[0] as keyof typeof PLAIN_PAGES];
  return plain ? { page: plain } : { page: 'drafts' };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function go(path: string): void {
  window.location.hash = path;
}
