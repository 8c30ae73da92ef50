/**
 * The question before leaving a draft whose text could not be saved: 留下 (the default, also Esc)
 * or 离开. It says whether a recovery copy was kept, since that is what leaving costs.
 */
import { useEffect, useRef } from 'react';
import { RV } from './messages';

export function LeaveDialog({ kept, onAnswer }: { kept: boolean; onAnswer: (leave: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    // Esc closes the dialog: that is 留下. An answer given twice is the first one (a promise).
    <dialog ref={ref} className="gw-dialog" aria-labelledby="gw-leave-title" onClose={() => onAnswer(false)} data-testid="leave-dialog">
      <h2 id="gw-leave-title">{RV.leaveTitle}</h2>
      <p>{kept ? RV.leaveKept : RV.leaveLost}</p>
      <div className="gw-dialog-actions">
        <button type="button" onClick={() => onAnswer(false)}>
          {RV.stay}
        </button>
        <button type="button" className="gw-danger" onClick={() => onAnswer(true)}>
          {RV.leave}
        </button>
      </div>
    </dialog>
  );
}
