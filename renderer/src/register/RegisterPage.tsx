/** 发文字号登记簿: a year's numbers per 机关代字, gaps shown; void a number or release one. */
import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract/index';
import type { RegisterEntry } from '../../../shared/contract/numbers';
import { formatDocNumber } from '../../../shared/doc-number';
import { api } from '../api/client';
import { NoticeLine, failure, type Notice } from '../ui/Notice';
import { BackLink } from '../ui/BackLink';
import { useAction } from '../ui/useAction';
import { N } from './messages';
import { draftTitle } from '../drafts/messages';
import '../drafts/drafts.css';
import './register.css';

type Register = CallOutput<'numbers.list'>;

export function RegisterPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [register, setRegister] = useState<Register | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [voiding, setVoiding] = useState<{ code: string; seq: number; note: string } | null>(null);

  const reload = useCallback(() => {
    api['numbers.list']({ year })
      .then(setRegister)
      .catch((e) => setNotice(failure(e)));
  }, [year]);
  useEffect(reload, [reload]);

  const { busy, run } = useAction(setNotice, {
    after: () => {
      setVoiding(null);
      reload();
    },
  });

  const draftCell = (e: RegisterEntry) => {
    if (!e.draftTitle && !e.draftId) return null;
    // An untitled draft reads as in 草稿箱, not as a bare dash one cannot tell is a link.
    const t = draftTitle({ title: e.draftTitle });
    if (e.holder === 'live' && e.draftId) return <a href={`#/draft/${e.draftId}`}>{t}</a>;
    return (
      <span>
        {t}
        {e.holder === 'trash' ? N.inTrash : e.holder === 'gone' ? N.gone : ''}
      </span>
    );
  };

  return (
    <main className="gw-page gw-register">
      <header className="gw-toolbar">
        <BackLink />
        <h1>{N.title}</h1>
        <label>
          {N.year}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => (
              <option key={y} value={y}>
                {N.yearOption(y)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="gw-muted">{N.hint}</p>
      <NoticeLine notice={notice} />
      {register && register.length === 0 && <p className="gw-muted">{N.empty(year)}</p>}
      {register?.map((r) => (
        <section key={r.code} className="gw-register-code" aria-label={r.code}>
          <h2>
            {r.code}
            <span className="gw-muted">
              {' '}
              · {N.next(formatDocNumber({ code: r.code, year: r.year, seq: r.next }))}
              {r.entries.some((e) => e.status === 'gap') && ` · ${N.gaps(r.entries.filter((e) => e.status === 'gap').length)}`}
            </span>
          </h2>
          <table className="gw-list">
            <thead>
              <tr>
                <th>{N.col.number}</th>
                <th>{N.col.status}</th>
                <th>{N.col.draft}</th>
                <th>{N.col.note}</th>
                <th>{N.col.actions}</th>
              </tr>
            </thead>
            <tbody>
              {r.entries.map((e) => {
                const number = { code: r.code, year: r.year, seq: e.seq };
                return (
                  <tr key={e.seq} className={`gw-reg-${e.status}`} data-seq={e.seq}>
                    <td>{e.text}</td>
                    <td>{N.status[e.status]}</td>
                    <td>{draftCell(e)}</td>
                    <td>{e.note}</td>
                    <td className="gw-row-actions">
                      {e.status !== 'void' &&
                        (voiding?.code === r.code && voiding.seq === e.seq ? (
                          <form
                            className="gw-docnumber-form"
                            onSubmit={(ev) => {
                              ev.preventDefault();
                              void run(async () => (await api['numbers.void']({ number, note: voiding.note }), N.voided(e.text)));
                            }}
                          >
                            <input
                              aria-label={N.voidNote}
                              placeholder={N.voidNote}
                              value={voiding.note}
                              onChange={(ev) => setVoiding({ ...voiding, note: ev.target.value })}
                            />
                            <button type="submit" className="gw-danger" disabled={busy}>
                              {N.voidIt}
                            </button>
                            <button type="button" onClick={() => setVoiding(null)}>
                              {N.cancel}
                            </button>
                          </form>
                        ) : (
                          <button type="button" onClick={() => setVoiding({ code: r.code, seq: e.seq, note: '' })}>
                            {N.voidIt}
                          </button>
                        ))}
                      {e.status === 'used' && (
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => void run(async () => (await api['numbers.release']({ number }), N.releasedOne(e.text)))}
                        >
                          {N.release}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
