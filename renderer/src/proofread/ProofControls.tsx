/**
 * 公文校对 in the 检查 panel: a finding that points to characters selects them; 修正 applies its
 * fix (or the offered replacement, 今年 → 2024年); 忽略 hides it for this draft; 全部修正 per
 * class applies every certain fix of that class as one undo step.
 */
import type { ReactNode } from 'react';
import { LEVEL_NAMES, type Finding } from '../../../shared/check/index';
import { PROOF_CLASS_NAMES, ProofClass } from '../../../shared/proofread/types';
import { P } from './messages';
import './proofread.css';

export interface ProofActions {
  /** How many findings are hidden by 忽略 in this draft. */
  ignoredCount: number;
  select(f: Finding): void;
  fix(f: Finding): void;
  fixClass(c: ProofClass): void;
  ignore(f: Finding): void;
  /** 恢复提示: show every ignored finding of this draft again. */
  restoreIgnored(): void;
}

export function ProofFindingItem({ finding, place, actions }: { finding: Finding; place: string; actions: ProofActions }) {
  const to = finding.fix?.to ?? finding.suggestion;
  return (
    <div className="gw-finding gw-proof-finding" data-rule={finding.rule}>
      <button type="button" className="gw-finding-button gw-proof-select" onClick={() => actions.select(finding)} title={P.selectTitle}>
        <span className={`gw-dot gw-dot-${finding.level}`} aria-label={LEVEL_NAMES[finding.level]} title={LEVEL_NAMES[finding.level]} />
        <span className="gw-finding-text">
          <span className="gw-finding-place">{place}</span>
          <span className="gw-finding-message" data-rule={finding.rule}>
            {finding.message}
          </span>
          {finding.excerpt && <span className="gw-finding-excerpt">“{finding.excerpt}”</span>}
        </span>
      </button>
      <span className="gw-proof-actions">
        {to !== undefined && (
          <button
            type="button"
            className="gw-proof-fix"
            data-testid="proof-fix"
            onClick={() => actions.fix(finding)}
            title={finding.fix ? P.fixTitle(finding.fix.from, finding.fix.to) : P.offer(to)}
          >
            {finding.fix ? P.fix : P.offer(to)}
          </button>
        )}
        <button
          type="button"
          className="gw-proof-ignore"
          data-testid="proof-ignore"
          onClick={() => actions.ignore(finding)}
          title={P.ignoreTitle}
        >
          {P.ignore}
        </button>
      </span>
    </div>
  );
}

/** One 全部修正 button per class that has certain fixes; how many are ignored, with 恢复提示. */
export function ProofClassBar({ findings, actions }: { findings: readonly Finding[]; actions: ProofActions }): ReactNode {
  const counts = new Map<ProofClass, number>();
  for (const f of findings) if (f.class && f.fix) counts.set(f.class, (counts.get(f.class) ?? 0) + 1);
  if (!counts.size && !actions.ignoredCount) return null;
  return (
    <p className="gw-proof-classes">
      {actions.ignoredCount > 0 && (
        <span className="gw-proof-ignored" data-testid="proof-ignored">
          {P.ignoredCount(actions.ignoredCount)}{' '}
          <button type="button" data-testid="proof-restore-ignored" onClick={() => actions.restoreIgnored()}>
            {P.showIgnored}
          </button>
        </span>
      )}
      {ProofClass.options
        .filter((c) => counts.has(c))
        .map((c) => (
          <button key={c} type="button" data-testid={`proof-fix-class-${c}`} title={P.fixClassTitle} onClick={() => actions.fixClass(c)}>
            {P.fixClass(PROOF_CLASS_NAMES[c], counts.get(c)!)}
          </button>
        ))}
    </p>
  );
}
