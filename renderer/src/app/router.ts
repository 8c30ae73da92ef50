/** Hash routes: `#/` the 草稿箱, `#/draft/<id>` a draft. Hash routing works under app:// and the bridge alike. */
import { useEffect, useState } from 'react';

export type Route = { page: 'drafts' } | { page: 'draft'; id: string };

export function parseRoute(hash: string): Route {
  const m = /^#\/draft\/([A-Za-z0-9_-]+)/.exec(hash);
  return m ? { page: 'draft', id: m[1]! } : { page: 'drafts' };
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
