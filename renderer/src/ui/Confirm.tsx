/**
 * The second click before a step that cannot be undone (永久删除, restoring a version or a backup,
 * importing a data package): the question, the red button that does it, and 取消. Which box is
 * open is the page's state, so opening one closes another.
 */
import type { ReactNode } from 'react';

export interface ConfirmBoxProps {
  /** The step's name: the button that opens the box, and the box's name for screen readers. */
  label: string;
  question: ReactNode;
  /** The red button's text. */
  yes: string;
  /** An action is running: the red button waits. */
  busy?: boolean;
  onYes: () => void;
  onCancel: () => void;
}

export function ConfirmBox({ label, question, yes, busy = false, onYes, onCancel }: ConfirmBoxProps) {
  return (
    <span className="gw-confirm" role="group" aria-label={label}>
      {question}
      <button type="button" className="gw-danger" disabled={busy} onClick={onYes}>
        {yes}
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </span>
  );
}

/** The step's button, replaced in place by its ConfirmBox while `open`. */
export function ConfirmButton({ open, onOpen, ...box }: ConfirmBoxProps & { open: boolean; onOpen: () => void }) {
  return open ? (
    <ConfirmBox {...box} />
  ) : (
    <button type="button" disabled={box.busy} onClick={onOpen}>
      {box.label}
    </button>
  );
}
