/**
 * The 发文字号 picker for a draft's header fields. It works through the register (take the next
 * number atomically, enter one by hand, give one back) and then reports the document's new
 * number with `onChange`, for the form to store in `meta.docNumber`. Refusals (a malformed or
 * already used number) are shown in place, in the register's words.
 *
 * Props:
 *   value      the number the document carries now, or null
 *   organCode  the 机关代字 to take numbers for (the organ's code in the header fields)
 *   year       the year in the number (usually the year of issue, not the reported year)
 *   draftId    the draft the number belongs to
 *   onChange   the document's number changed (the register is already updated)
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmBox } from '../ui/Confirm';
import { formatDocNumber, parseDocNumber, type DocNumber } from '../../../shared/doc-number';
import { api, asCallError } from '../api/client';
import { failure, type Notice } from '../ui/Notice';
import { N } from './messages';
import './register.css';

export interface DocNumberPickerProps {
  value: DocNumber | null;
  organCode: string;
  year: number;
  draftId: string;
  onChange: (value: DocNumber | null) => void;
  disabled?: boolean;
}

export function DocNumberPicker({ value, organCode, year, draftId, onChange, disabled }: DocNumberPickerProps) {
  const id = useId();
  // The next number for the current (代字, year), remembered with the key it was asked for.
  const [next, setNext] = useState<{ key: string; text: string } | null>(null);
  const [typing, setTyping] = useState<string | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  // Set synchronously on the first click: a second click before React re-renders does nothing.
  const running = useRef(false);
  const [askAnother, setAskAnother] = useState(false);
  const code = organCode.trim();

  const nextKey = `${code}|${year}|${value ? formatDocNumber(value) : ''}`;
  useEffect(() => {
    let live = true;
    if (code)
      api['numbers.next']({ code, year })
        .then((r) => live && setNext({ key: nextKey, text: r.text }))
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code, year, nextKey]);
  const nextText = next?.key === nextKey ? next.text : null;

  async function run(fn: () => Promise<string>) {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setMessage({ text: N.working });
    try {
      setMessage({ text: await fn() });
    } catch (e) {
      setMessage(failure(e));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  // 取号 keeps a number the draft already holds (the register checks, also across windows);
  // 另取一个号 is the only way to give it up for the next one, and it asks first.
  const take = (another: boolean) =>
    run(async () => {
      setAskAnother(false);
      const r = await api['numbers.take']({ draftId, code, year, ...(another ? {} : { keep: true }) });
      onChange(r.number);
      return (r.kept ? N.alreadyTaken(r.text) : N.taken(r.text)) + (r.released.length ? N.released(r.released) : '');
    });

  const typed = typing === null ? null : parseDocNumber(typing);
  const assign = () =>
    run(async () => {
      const r = await api['numbers.assign']({ draftId, text: typing ?? '' });
      setTyping(null);
      onChange(r.number);
      return N.taken(r.text) + (r.released.length ? N.released(r.released) : '');
    });

  const clear = () =>
    run(async () => {
      if (!value) return '';
      const text = formatDocNumber(value);
      await api['numbers.release']({ number: value, draftId }).catch((e: unknown) => {
        // Not in the register (typed before the register existed): clearing the field is enough.
        if (asCallError(e).code !== 'NOT_FOUND') throw e;
      });
      onChange(null);
      return N.cleared(text);
    });

  const off = disabled || busy;
  return (
    <div className="gw-docnumber" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="gw-docnumber-label">
        {N.label}
      </span>
      <output className={value ? 'gw-docnumber-value' : 'gw-docnumber-value gw-muted'} data-testid="doc-number">
        {value ? formatDocNumber(value) : N.none}
      </output>
      <div className="gw-docnumber-actions">
        {value ? (
          <>
            <button type="button" disabled className="gw-docnumber-taken" data-testid="doc-number-taken">
              {N.takenButton(formatDocNumber(value))}
            </button>
            {!askAnother && (
              <button type="button" disabled={off || !code} onClick={() => setAskAnother(true)}>
                {N.another}
              </button>
            )}
          </>
        ) : (
          <button type="button" disabled={off || !code} title={code ? undefined : N.needCode} onClick={() => void take(false)}>
            {nextText ? N.takeNext(nextText) : N.takeNextPlain}
          </button>
        )}
        {typing === null ? (
          <button type="button" disabled={off} onClick={() => setTyping(value ? formatDocNumber(value) : '')}>
            {N.byHand}
          </button>
        ) : null}
        {value && (
          <button type="button" disabled={off} onClick={() => void clear()}>
            {N.clear}
          </button>
        )}
      </div>
      {askAnother && value && (
        <ConfirmBox
          label={N.another}
          question={N.anotherQuestion(formatDocNumber(value), nextText)}
          yes={N.anotherYes}
          busy={off}
          onYes={() => void take(true)}
          onCancel={() => setAskAnother(false)}
        />
      )}
      {typing !== null && (
        <form
          className="gw-docnumber-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed?.ok) void assign();
          }}
        >
          <input
            aria-label={N.byHandLabel}
            placeholder={N.byHandPlaceholder}
            value={typing}
            autoFocus
            aria-invalid={!!typing && typed?.ok === false}
            onChange={(e) => setTyping(e.target.value)}
          />
          <button type="submit" disabled={off || !typed?.ok}>
            {N.use}
          </button>
          <button type="button" onClick={() => setTyping(null)}>
            {N.cancel}
          </button>
          {typing && typed && !typed.ok && (
            <span className="gw-field-error" role="alert">
              {typed.message}
            </span>
          )}
        </form>
      )}
      {!code && <p className="gw-muted gw-docnumber-hint">{N.needCode}</p>}
      {message && message.text && (
        <p className={message.error ? 'gw-field-error' : 'gw-muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
