/**
 * A document shown read-only (an old version): title, lead, numbered headings, paragraphs and
 * tables. Numbers come from shared/headings like everywhere else.
 */
import type { ReactNode } from 'react';
import { numberSections } from '../../../shared/headings/index';
import { runsText, type Block, type ReportDocument } from '../../../shared/model/document';
import { H } from './messages';
import { FixedTableView } from '../editor/FixedTableView';

export function DocumentView({ doc }: { doc: ReportDocument }) {
  const labels = numberSections(doc.body);
  const blocks = (list: readonly Block[], key: string): ReactNode[] =>
    list.map((b, i) => {
      const k = `${key}.${i}`;
      if (b.type === 'paragraph') return <p key={k}>{runsText(b.runs)}</p>;
      if (b.type === 'table')
        return (
          <table key={k} className="gw-docview-table">
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((c, j) => (
                    <td key={j}>{runsText(c.runs)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      if (b.type === 'fixedTable') return <FixedTableView key={k} block={b} />;
      return (
        <section key={k} data-section-id={b.id}>
          <p className={`gw-docview-h gw-docview-h${b.level}`}>
            {labels.get(b.id)}
            {b.heading}
          </p>
          {blocks(b.children, k)}
        </section>
      );
    });
  return (
    <article className="gw-docview" aria-label={H.readOnly}>
      <h2>{doc.meta.title || H.untitled}</h2>
      {doc.lead.map((p, i) => (
        <p key={`lead${i}`}>{runsText(p.runs)}</p>
      ))}
      {blocks(doc.body, 'b')}
    </article>
  );
}
