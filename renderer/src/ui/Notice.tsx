/**
 * The one line every page uses to say what an action did (a status) or why it failed (an alert),
 * with a download link when the action wrote a file.
 */
import type { ReactNode } from 'react';
import { asCallError } from '../api/client';
import { U } from './messages';

export interface Notice {
  text: string;
  error?: boolean;
  /** A file the action wrote, offered for download. */
  href?: string | null;
  /** A file the action wrote, to show in its folder (Electron: 打开所在文件夹). */
  reveal?: (() => void) | null;
}

/** A failed call, in the words of its error (already Chinese, from shared/errors or the store). */
export function failure(e: unknown): Notice {
  return { text: asCallError(e).message, error: true };
}

export function NoticeLine({ notice, children }: { notice: Notice | null; children?: ReactNode }) {
  if (!notice) return null;
  return (
    <p className={notice.error ? 'gw-error' : 'gw-notice'} role={notice.error ? 'alert' : 'status'}>
      {notice.text}
      {notice.href && (
        <>
          {' '}
          <a href={notice.href} download>
            {U.download}
          </a>
        </>
      )}
      {notice.reveal && (
        <>
          {' '}
          <button type="button" className="gw-link-button" onClick={notice.reveal}>
            {U.reveal}
          </button>
        </>
      )}
      {children}
    </p>
  );
}
