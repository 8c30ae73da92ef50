/**
 * Hash routes: `#/` the 草稿箱, `#/draft/<id>` a draft, `#/draft/<id>/preview?variant=…` the
 * print route (only the paged preview's pages, printed to PDF). Hash routing works under app://
 * and the bridge alike.
 */
import { useEffect, useState } from 'react';
import { EXPORT_VARIANTS, type ExportVariant as PreviewVariant } from '../../../shared/export/variant';
export type Route =
  | { page: 'drafts' }
  | { page: 'draft'; id: string }
  | { page: 'preview'; id: string; variant: PreviewVariant; print: boolean }
  | { page: 'trash' | 'settings' | 'numbers' };

/** Pages without parameters: 回收站, 设置, 发文字号登记簿. */
const PLAIN_PAGES = { '#/trash': 'trash', '#/settings': 'settings', '#/numbers': 'numbers' } as const;

const VARIANTS: readonly PreviewVariant[] = EXPORT_VARIANTS;

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

/**
 * Asked before the address leaves the page on screen (a link, `go`, the browser's back button):
 * resolves true to let it go. The draft page sets one to save, or ask, before it is left.
 */
export type LeaveGuard = () => Promise<boolean>;
let guard: LeaveGuard | null = null;

/** Install the guard for the page on screen; the returned function removes it. */
export function setLeaveGuard(g: LeaveGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

/** Whether two routes show the same page (a draft's `?q=` search hit is the same draft). */
function samePage(a: Route, b: Route): boolean {
  return a.page === b.page && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    // The hash of the page on screen, and whether its guard is already being asked.
    let shown = window.location.hash;
    let asking = false;
    const on = () => {
      const to = window.location.hash;
      const next = parseRoute(to);
      const ask = guard;
      if (!ask || samePage(parseRoute(shown), next)) {
        shown = to;
        setRoute(next);
        return;
      }
      // hashchange cannot be cancelled: put the address back while the page decides. (After the
      // back button this rewrites the entry gone back to; a small price in web mode, and the
      // Electron window has no back button.)
      history.replaceState(history.state, '', hashUrl(shown));
      if (asking) return;
      asking = true;
      ask().then(
        (ok) => {
          asking = false;
          if (!ok) return;
          history.pushState(history.state, '', hashUrl(to));
          shown = to;
          setRoute(next);
        },
        () => {
          asking = false;
        },
      );
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

function hashUrl(hash: string): string {
  return window.location.pathname + window.location.search + hash;
}

export function go(path: string): void {
  window.location.hash = path;
}
