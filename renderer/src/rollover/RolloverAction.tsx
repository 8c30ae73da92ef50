/**
 * 以往年报告为模板新建: a new draft for the next year from a stored one (the 草稿箱 row and the
 * draft toolbar), then open it with the roll-forward's summary waiting (ImportNotes, stored with the draft).
 */
import { useState } from 'react';
import { api, asCallError } from '../api/client';
import { go } from '../app/router';
import { R } from './messages';

interface Props {
  id: string;
  /** The source's title (the notes of the new draft name it; the call stores them). */
  title: string;
  year: number;
  /** Save what is typed first, so the new draft starts from the text on screen. */
  beforeRun?: (() => Promise<void>) | undefined;
  onError: (message: string) => void;
  /** The short label, for a row of the 草稿箱. */
  compact?: boolean | undefined;
}

export function RolloverAction({ id, year, beforeRun, onError, compact = false }: Props) {
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      await beforeRun?.();
      const r = await api['drafts.rollover']({ id });
      go(`/draft/${r.draft.id}`);
    } catch (e) {
      onError(asCallError(e).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" disabled={busy} title={R.actionTitle} data-action="rollover" onClick={() => void run()}>
      {busy ? R.busy : compact ? R.actionShort(year + 1) : R.action(year + 1)}
    </button>
  );
}
