/**
 * The outline as the editor sees it: which headings the template protects, and where a section
 * (heading plus everything nested under it) begins and ends in the flat view.
 */
import { $getRoot, $getSelection, $isRangeSelection, type LexicalNode, type BaseSelection } from 'lexical';
import type { Block, ReportDocument, Section, SectionLevel } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import { allSections } from '../../../shared/headings/index';
import { fillPattern } from '../../../shared/templates';
import { $layout, type FlatEntry } from './mapping';
import { $isSectionHeadingNode, type SectionHeadingNode } from './nodes';
import { $isFixedTableNode } from './FixedTableNode';

export interface OutlinePolicy {
  /** `fixed`: required slot headings stay; free sections only at levels 2 to 4. */
  fixed: boolean;
  /** Ids of the protected headings, in the order they must keep. */
  protectedIds: string[];
  /** Their levels (a required heading keeps its level). */
  protectedLevels: Map<string, SectionLevel>;
  /** Slot id → template wording and guidance, for placeholders and messages. */
  slots: Map<string, { heading: string; guidance: string; required: boolean }>;
  /** Placeholder for an empty body in a free outline. */
  bodyGuidance: string;
  /** The template's closing sentence (特此报告。), which does not make a body non-empty. */
  closing: string;
  minLevel: SectionLevel;
  /**
   * The prescribed tables (政府信息公开 样表) as loaded, in order, each with the protected heading
   * it stands under (null: before any): they stay, in their part, whatever the edit.
   */
  fixedTables: { table: string; part: string | null }[];
}

/** The policy for a document as loaded: its required-slot headings are the ones protected. */
export function outlinePolicy(doc: ReportDocument, template: Template | undefined): OutlinePolicy {
  const fill = (text: string) => fillPattern(text, doc.meta.organ.fullName, doc.meta.year);
  const slots = new Map(
    (template?.slots ?? []).map((s) => [s.id, { heading: fill(s.heading), guidance: fill(s.guidance), required: s.required }]),
  );
  const fixed = template?.outline === 'fixed';
  // Each required slot keeps one heading: the first that fills it. Further sections of the same
  // slot (a report's thematic 一、……九、 that together make up 主要举措和成效) are the clerk's.
  const protectedSections: Section[] = [];
  if (fixed) {
    const kept = new Set<string>();
    for (const s of allSections(doc.body)) {
      const fills = [s.slot, ...(s.alsoSlots ?? [])].filter((id): id is string => !!id && !!slots.get(id)?.required && !kept.has(id));
      if (!fills.length) continue;
      fills.forEach((id) => kept.add(id));
      protectedSections.push(s);
    }
  }
  const protectedIds = new Set(protectedSections.map((s) => s.id));
  const fixedTables: OutlinePolicy['fixedTables'] = [];
  let part: string | null = null;
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'fixedTable') fixedTables.push({ table: b.table, part });
      if (b.type !== 'section') continue;
      if (protectedIds.has(b.id)) part = b.id;
      walk(b.children);
    }
  };
  walk(doc.body);
  return {
    fixed,
    fixedTables,
    protectedIds: protectedSections.map((s) => s.id),
    protectedLevels: new Map(protectedSections.map((s) => [s.id, s.level])),
    slots,
    bodyGuidance: template?.body?.guidance ?? '',
    closing: template?.closing ?? '',
    minLevel: fixed ? 2 : 1,
  };
}

export function isProtected(policy: OutlinePolicy, node: LexicalNode | null | undefined): boolean {
  return $isSectionHeadingNode(node) && policy.protectedLevels.has(node.getSectionId());
}

/**
 * Null when the outline is intact; else what went wrong (for the guard): a required heading
 * (`level`, `missing`, `duplicate`, `order`) or a prescribed table gone, doubled or moved out of
 * its part (`table`).
 */
export function $outlineProblem(policy: OutlinePolicy): 'level' | 'missing' | 'duplicate' | 'order' | 'table' | null {
  if (!policy.protectedIds.length && !policy.fixedTables.length) return null;
  const seen: string[] = [];
  const tables: string[] = [];
  let part: string | null = null;
  for (const node of $getRoot().getChildren()) {
    if ($isFixedTableNode(node)) tables.push(`${node.getTableId()}@${part}`);
    if (!$isSectionHeadingNode(node)) continue;
    const id = node.getSectionId();
    const level = policy.protectedLevels.get(id);
    if (level === undefined) continue;
    if (node.getLevel() !== level) return 'level';
    seen.push(id);
    part = id;
  }
  if (seen.length !== policy.protectedIds.length) return seen.length < policy.protectedIds.length ? 'missing' : 'duplicate';
  if (!seen.every((id, i) => id === policy.protectedIds[i])) return 'order';
  const expected = policy.fixedTables.map((t) => `${t.table}@${t.part}`);
  return tables.length === expected.length && tables.every((t, i) => t === expected[i]) ? null : 'table';
}

/** [start, end) of the section whose heading is at `index`: it and every deeper block after it. */
export function sectionRange(entries: readonly FlatEntry[], index: number): [number, number] {
  const depth = entries[index]!.depth;
  let end = index + 1;
  while (end < entries.length && entries[end]!.depth > depth) end++;
  return [index, end];
}

/** Index of the heading of the section that holds entry `index` (itself if a heading), or -1. */
export function enclosingHeading(entries: readonly FlatEntry[], index: number): number {
  if ($isSectionHeadingNode(entries[index]?.node)) return index;
  const depth = entries[index]?.depth ?? 0;
  for (let i = index - 1; i >= 0; i--) {
    const e = entries[i]!;
    // The nearest shallower block before a body block is the heading that opened its section.
    if (e.depth < depth) return $isSectionHeadingNode(e.node) ? i : -1;
  }
  return -1;
}

/** The top-level block holding the selection's focus, and its place in the layout. */
export function $selectedEntry(selection: BaseSelection | null = $getSelection()): { entries: FlatEntry[]; index: number } | null {
  if (!selection) return null;
  const node: LexicalNode | null = $isRangeSelection(selection) ? selection.focus.getNode() : (selection.getNodes()[0] ?? null);
  const top = node?.getTopLevelElement() ?? (node && node.getParent() === $getRoot() ? node : null);
  if (!top) return null;
  const entries = $layout();
  const index = entries.findIndex((e) => e.node.is(top));
  return index < 0 ? null : { entries, index };
}

/** Id of the section the caret is in, or null (lead, or before the first heading). */
export function $currentSectionId(): string | null {
  const at = $selectedEntry();
  if (!at) return null;
  const h = enclosingHeading(at.entries, at.index);
  return h < 0 ? null : (at.entries[h]!.node as SectionHeadingNode).getSectionId();
}

/** The protected headings among `nodes`. */
export function protectedAmong(policy: OutlinePolicy, nodes: readonly LexicalNode[]): SectionHeadingNode[] {
  return nodes.filter((n) => isProtected(policy, n)) as SectionHeadingNode[];
}
