/**
 * The workspace's right column: 检查 (completeness and findings), 往年对照 for a rolled-forward
 * draft, and 文件信息 (the header fields), as tabs. Every panel stays mounted, so a half-typed field
 * survives a look at another tab. The column scrolls as one box, so each tab keeps its own scroll
 * position: back from the foot of 文件信息, 检查 opens where the clerk left it (at first, its verdict),
 * not somewhere in the middle of the findings.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Meta, ReportDocument, RolloverInfo, YearCheck } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import type { Finding, FindingLocation } from '../../../shared/check/index';
import { CompletenessPanel } from '../panels/CompletenessPanel';
import { T } from '../panels/messages';
import { HeaderFieldsForm } from '../header-fields/HeaderFieldsForm';
import { RolloverPanel } from '../rollover/RolloverPanel';
import type { RolloverView } from '../rollover/useRolloverView';
import { R } from '../rollover/messages';
import type { ProofActions } from '../proofread/ProofControls';

export type SidebarTab = 'check' | 'rollover' | 'fields';

export interface WorkspaceSidebarProps {
  draftId: string;
  tab: SidebarTab;
  onTab: (tab: SidebarTab) => void;
  /** The document as it stands, and as the panels follow it (once typing pauses). */
  doc: ReportDocument;
  settled: ReportDocument;
  template: Template | undefined;
  /** Every finding (the tab's red dot), and those the 检查 panel lists. */
  findings: readonly Finding[];
  shownFindings: readonly Finding[];
  proof: ProofActions;
  rolloverView: RolloverView;
  onMetaChange: (update: (meta: Meta) => Meta) => void;
  /** 文件信息 › 报告年度: moves the title, lead and headings; returns what changed. */
  onYearChange: (year: number) => readonly string[];
  onRolloverChange: (update: (info: RolloverInfo) => RolloverInfo) => void;
  onLocate: (location: FindingLocation) => void;
  onJump: (sectionId: string) => void;
  onJumpTop: () => void;
  onLocateYear: (check: YearCheck) => boolean;
}

export function WorkspaceSidebar(p: WorkspaceSidebarProps) {
  const tabs: readonly SidebarTab[] = p.doc.rollover ? ['check', 'rollover', 'fields'] : ['check', 'fields'];
  const column = useRef<HTMLElement>(null);
  const scrolled = useRef<Partial<Record<SidebarTab, number>>>({});
  // Before paint, so the other tab's position is never seen on this one.
  useLayoutEffect(() => {
    if (column.current) column.current.scrollTop = scrolled.current[p.tab] ?? 0;
  }, [p.tab]);
  return (
    <aside className="gw-col gw-col-panel" ref={column} onScroll={(e) => (scrolled.current[p.tab] = e.currentTarget.scrollTop)}>
      <div className="gw-tabs" role="tablist" aria-label={T.tabsLabel}>
        {tabs.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`gw-tab-${t}`}
            aria-selected={p.tab === t}
            aria-controls={`gw-tabpanel-${t}`}
            className={p.tab === t ? 'gw-tab gw-tab-active' : 'gw-tab'}
            onClick={() => {
              // The scroll event of a move just made may still be queued: take the place now.
              if (column.current) scrolled.current[p.tab] = column.current.scrollTop;
              p.onTab(t);
            }}
          >
            {t === 'rollover' ? R.tab : T.tabs[t]}
            {t === 'check' && p.findings.some((f) => f.level === 'error') && <span className="gw-tab-dot" aria-hidden="true" />}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="gw-tabpanel-check" aria-labelledby="gw-tab-check" hidden={p.tab !== 'check'}>
        <CompletenessPanel doc={p.settled} template={p.template} findings={p.shownFindings} onLocate={p.onLocate} proof={p.proof} />
      </div>
      {p.doc.rollover && (
        <div role="tabpanel" id="gw-tabpanel-rollover" aria-labelledby="gw-tab-rollover" hidden={p.tab !== 'rollover'}>
          <RolloverPanel
            doc={p.doc}
            settled={p.settled}
            template={p.template}
            view={p.rolloverView}
            onChange={p.onRolloverChange}
            onJump={p.onJump}
            onJumpTop={p.onJumpTop}
            onLocateYear={p.onLocateYear}
          />
        </div>
      )}
      <div role="tabpanel" id="gw-tabpanel-fields" aria-labelledby="gw-tab-fields" hidden={p.tab !== 'fields'}>
        <HeaderFieldsForm
          meta={p.doc.meta}
          template={p.template}
          draftId={p.draftId}
          onChange={p.onMetaChange}
          onYearChange={p.onYearChange}
        />
      </div>
    </aside>
  );
}
