/**
 * If a part of the page fails while drawing, the clerk sees what happened and what to do, never a
 * blank window. Unsaved text is not lost: the workspace keeps a recovery copy (workspace/recovery.ts)
 * that is offered when the draft is opened again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CRASH_TEXT } from './messages';

export class CrashScreen extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the developer tools; the clerk sees the Chinese screen below.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="gw-page" role="alert">
        <h1>{CRASH_TEXT.title}</h1>
        <p>{CRASH_TEXT.body}</p>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {CRASH_TEXT.reload}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              window.location.hash = '#/';
              window.location.reload();
            }}
          >
            {CRASH_TEXT.home}
          </button>
        </p>
      </main>
    );
  }
}
