/**
 * The completeness panel: the checker's findings, grouped (structure, header fields, wording),
 * errors first. A finding that points somewhere is a button that goes there. Many findings of
 * one rule (a web copy's half-width commas) fold after the first few.
 */
import { useState, type ReactNode } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import {
  countByLevel,
  describeLocation,
  GROUP_NAMES,
  LEVEL_MEANINGS,
  LEVEL_NAMES,
  LEVELS,
  verdict,
  type Finding,
  type FindingGroup,
  type FindingLocation,
} from '../../../shared/check/index';
import { numberSections } from '../../../shared/headings/index';
import { T } from './messages';
import { ProofClassBar, ProofFindingItem, type ProofActions } from '../proofread/ProofControls';
import './panels.css';

const GROUPS: FindingGroup[] = ['structure', 'meta', 'text'];
/** Findings of one rule shown before folding (only lists longer by two or more fold). */
const FOLD_AFTER = 5;

interface Props {
  doc: ReportDocument;
  template: Template | undefined;
  findings: readonly Finding[];
  onLocate: (location: FindingLocation) => void;
  /** 公文校对: select the characters, 修正, 全部修正 per class, 忽略 (absent: findings only go to their place). */
  proof?: ProofActions | undefined;
}

export function CompletenessPanel({ doc, template, findings, onLocate, proof }: Props) {
  // The one count and the one verdict (shared/check/levels.ts): the export dialog and
  // `gongwen check` say the same. `error` is exactly what the official export refuses.
  const counts = countByLevel(findings);
  const labels = numberSections(doc.body);
  return (
    <section className="gw-check" aria-label={T.check} data-testid="completeness">
      <h2 className="gw-panel-title">{T.check}</h2>
      <p
        className={`gw-check-summary${counts.error ? ' gw-check-blocked' : counts.gap ? ' gw-check-pending' : ''}`}
        data-testid="check-summary"
      >
        {verdict(counts)}
      </p>
      <p className="gw-check-counts">
        {LEVELS.map((level) => (
          <span key={level} className={`gw-count gw-count-${level}`} data-testid={`check-count-${level}`} title={LEVEL_MEANINGS[level]}>
            {LEVEL_NAMES[level]} <b>{counts[level]}</b>
          </span>
        ))}
      </p>
      {GROUPS.map((group) => {
        const items = findings.filter((f) => f.group === group);
        if (!items.length) return null;
        return (
          <div key={group} className="gw-check-group" data-group={group}>
            <h3>
              {GROUP_NAMES[group]} <span className="gw-muted">{items.length}</span>
            </h3>
            {proof && group === 'text' && <ProofClassBar findings={items} actions={proof} />}
            <FoldedList
              items={items}
              render={(f) =>
                proof && f.range ? (
                  <ProofFindingItem finding={f} place={describeLocation(doc, f.location, template, labels)} actions={proof} />
                ) : (
                  <FindingItem finding={f} place={describeLocation(doc, f.location, template, labels)} onLocate={onLocate} />
                )
              }
            />
          </div>
        );
      })}
    </section>
  );
}

/** Consecutive findings of one rule fold after FOLD_AFTER. */
function FoldedList({ items, render }: { items: Finding[]; render: (f: Finding) => ReactNode }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const byRule = new Map<string, Finding[]>();
  for (const f of items) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return (
    <ul className="gw-check-list">
      {[...byRule.entries()].flatMap(([rule, list]) => {
        const folds = list.length > FOLD_AFTER + 1;
        const shown = open.has(rule) || !folds ? list : list.slice(0, FOLD_AFTER);
        const rows = shown.map((f, i) => <li key={`${rule}-${i}`}>{render(f)}</li>);
        if (folds)
          rows.push(
            <li key={`${rule}-fold`} className="gw-check-fold">
              {!open.has(rule) && <span className="gw-muted">{T.more(list.length - FOLD_AFTER)}</span>}
              <button
                type="button"
                className="gw-link"
                onClick={() =>
                  setOpen((s) => {
                    const next = new Set(s);
                    if (next.has(rule)) next.delete(rule);
                    else next.add(rule);
                    return next;
                  })
                }
              >
                {open.has(rule) ? T.showLess : T.showAll}
              </button>
            </li>,
          );
        return rows;
      })}
    </ul>
  );
}

function FindingItem({ finding, place, onLocate }: { finding: Finding; place: string; onLocate: (l: FindingLocation) => void }) {
  const body = (
    <>
      <span className={`gw-dot gw-dot-${finding.level}`} aria-label={LEVEL_NAMES[finding.level]} title={LEVEL_NAMES[finding.level]} />
      <span className="gw-finding-text">
        {/* A missing slot's message names it already. */}
        {finding.location.type !== 'slot' && <span className="gw-finding-place">{place}</span>}
        <span className="gw-finding-message" data-rule={finding.rule}>
          {finding.message}
        </span>
        {finding.excerpt && <span className="gw-finding-excerpt">“{finding.excerpt}”</span>}
      </span>
    </>
  );
  if (finding.location.type === 'slot') return <div className="gw-finding">{body}</div>;
  return (
    <button type="button" className="gw-finding gw-finding-button" onClick={() => onLocate(finding.location)} title={T.goTo}>
      {body}
    </button>
  );
}
