/**
 * What happened at start-up that the clerk must know (a damaged data file restored from a backup,
 * a data upgrade, a failed backup), shown once per session above every page.
 */
import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract/index';
import { api } from '../api/client';
import { STATUS_TEXT as TEXT } from './messages';
import './status.css';

const SEEN_KEY = 'gongwen-status-seen';

type Notice = CallOutput<'app.status'>['notices'][number];

export function StatusBanner() {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    if (sessionStorage.getItem(SEEN_KEY)) return;
    let live = true;
    api['app.status']({})
      .then((s) => live && setNotices(s.notices))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!notices.length) return null;
  const serious = notices.some((n) => n.kind !== 'migrated');
  return (
    <div
      className={serious ? 'gw-error gw-status-banner' : 'gw-notice gw-status-banner'}
      role={serious ? 'alert' : 'status'}
      aria-label={TEXT.title}
    >
      <strong>{TEXT.title}</strong>
      {notices.map((n, i) => (
        <p key={i}>{n.message}</p>
      ))}
      <button
        type="button"
        onClick={() => {
          sessionStorage.setItem(SEEN_KEY, '1');
          setNotices([]);
        }}
      >
        {TEXT.dismiss}
      </button>
    </div>
  );
}
