/**
 * Model ↔ Lexical. The editor shows the document flat (see nodes.ts); saving rebuilds the section
 * tree. Load then read gives back the same document, in canonical run form (normalize.ts) — the
 * round-trip property test (test/unit/editor-roundtrip.test.ts) holds this to account.
 *
 * Nesting rule for the flat view ("natural depth"): a heading closes every open section of its
 * level or deeper and opens its own; a paragraph or table belongs to the innermost open section.
 * A block whose depth differs from that carries it explicitly (depthState).
 */
import { $createFixedTableNode, $isFixedTableNode } from './FixedTableNode';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import { $getState, $setState } from 'lexical';
import type {
  Block,
  Paragraph,
  ReportDocument,
  Run,
  RunMark,
  Section,
  SectionLevel,
  Table,
  TableCell,
} from '../../../shared/model/document';
import {
  $createFigureTextNode,
  $createLeadParagraphNode,
  $createRunInMarkNode,
  $createSectionHeadingNode,
  $getDepth,
  $isFigureTextNode,
  $isLeadParagraphNode,
  $isRunInMarkNode,
  $isSectionHeadingNode,
  $setDepth,
  bodylessState,
  headerRowsState,
  fillerState,
  type SectionHeadingNode,
} from './nodes';
import { normalizeRuns } from './normalize';

// ---------------------------------------------------------------------------------------------
// Model → Lexical

export function $runsToNodes(runs: readonly Run[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const t = r.marks?.length ? $createFigureTextNode(r.text, [...new Set(r.marks)]) : $createTextNode(r.text);
    if (r.bold) t.toggleFormat('bold');
    out.push(t);
  }
  return out;
}

function $paragraphNode(p: Paragraph): ElementNode {
  const node = $createParagraphNode();
  node.append(...$runsToNodes(p.runs));
  return node;
}

export function $tableNode(t: Table): TableNode {
  const table = $createTableNode();
  $setState(table, headerRowsState, t.headerRows);
  const width = Math.max(...t.rows.map((r) => r.length));
  t.rows.forEach((row, i) => {
    const rowNode = $createTableRowNode();
    const header = i < t.headerRows ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
    for (let j = 0; j < width; j++) {
      const cell = $createTableCellNode(header);
      const p = $createParagraphNode();
      if (j < row.length) p.append(...$runsToNodes(row[j]!.runs));
      else $setState(cell, fillerState, true);
      cell.append(p);
      rowNode.append(cell);
    }
    table.append(rowNode);
  });
  return table;
}

/** The open sections' levels while walking the flat view. */
type LevelStack = SectionLevel[];

/**
 * Flat nodes for `blocks` nested `depth` deep. `stack` is the walk's state (levels of the open
 * sections) and is updated. With `explicit`, blocks whose depth the flat order would not imply
 * get it stored; pasted content is placed naturally instead.
 */
export function $blocksToNodes(
  blocks: readonly Block[],
  opts: { depth?: number; stack?: LevelStack; explicit?: boolean } = {},
): LexicalNode[] {
  const out: LexicalNode[] = [];
  const stack: LevelStack = opts.stack ?? [];
  const explicit = opts.explicit ?? true;
  const place = (node: LexicalNode, depth: number, level: SectionLevel | null) => {
    let natural = stack.length;
    if (level !== null) while (natural > 0 && stack[natural - 1]! >= level) natural--;
    if (explicit && natural !== depth) $setDepth(node, depth);
    stack.length = Math.min(stack.length, explicit ? depth : natural);
    if (level !== null) stack.push(level);
    out.push(node);
  };
  const walk = (list: readonly Block[], depth: number) => {
    for (const b of list) {
      if (b.type === 'paragraph') place($paragraphNode(b), depth, null);
      else if (b.type === 'table') place($tableNode(b), depth, null);
      else if (b.type === 'fixedTable') place($createFixedTableNode(b), depth, null);
      else {
        const h = $createSectionHeadingNode(b.id, b.level, b.slot ?? null, b.runIn, b.alsoSlots?.length ? [...b.alsoSlots] : null);
        if (b.heading) h.append($createTextNode(b.heading));
        let rest = b.children;
        const first = rest[0];
        if (b.runIn && first?.type === 'paragraph') {
          h.append($createRunInMarkNode(), ...$runsToNodes(first.runs));
          rest = rest.slice(1);
        } else if (b.runIn) {
          h.append($setState($createRunInMarkNode(), bodylessState, true));
        }
        place(h, depth, b.level);
        walk(rest, depth + 1);
      }
    }
  };
  walk(blocks, opts.depth ?? 0);
  return out;
}

/**
 * A paragraph after a table that ends its section (or stands before another table), so the clerk
 * can write on below it. A filler: while empty it is not saved, so no empty paragraph follows the
 * table in the preview or the file.
 */
export function $ensureWritableAfter(table: TableNode): void {
  const next = table.getNextSibling();
  if (next && !$isSectionHeadingNode(next) && !$isTableNode(next)) return;
  const p = $setState($createParagraphNode(), fillerState, true);
  const depth = $getDepth(table);
  if (depth !== null) $setDepth(p, depth);
  table.insertAfter(p);
}

/** Replace the editor's content with the document (inside editor.update). */
export function $loadDocument(doc: ReportDocument): void {
  const root = $getRoot();
  root.clear();
  for (const p of doc.lead) {
    const node = $createLeadParagraphNode();
    node.append(...$runsToNodes(p.runs));
    root.append(node);
  }
  root.append(...$blocksToNodes(doc.body));
  for (const node of root.getChildren()) if ($isTableNode(node)) $ensureWritableAfter(node);
  if (root.getChildrenSize() === 0) root.append($setState($createParagraphNode(), fillerState, true));
}

// ---------------------------------------------------------------------------------------------
// The flat view's structure

export interface FlatEntry {
  node: LexicalNode;
  /** -1 for lead paragraphs. */
  depth: number;
}

/** Depth of every top-level node, by the nesting rule above. */
export function $layout(children: readonly LexicalNode[] = $getRoot().getChildren()): FlatEntry[] {
  const out: FlatEntry[] = [];
  const stack: LevelStack = [];
  let inBody = false;
  for (const node of children) {
    if (!inBody && $isLeadParagraphNode(node)) {
      out.push({ node, depth: -1 });
      continue;
    }
    inBody = true;
    const explicit = $getDepth(node);
    const heading = $isSectionHeadingNode(node) ? node : null;
    if (explicit !== null) stack.length = Math.min(explicit, stack.length);
    else if (heading) while (stack.length && stack[stack.length - 1]! >= heading.getLevel()) stack.pop();
    out.push({ node, depth: stack.length });
    if (heading) stack.push(heading.getLevel());
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lexical → model

/** Runs of inline nodes; a run-in mark ends nothing here (callers split at it). */
export function $readRuns(nodes: readonly LexicalNode[]): Run[] {
  const runs: Run[] = [];
  for (const child of nodes) {
    if ($isRunInMarkNode(child)) continue;
    if ($isLineBreakNode(child)) {
      const last = runs[runs.length - 1];
      if (last) last.text += '\n';
      else runs.push({ text: '\n' });
      continue;
    }
    if ($isTextNode(child)) {
      const run: Run = { text: child.getTextContent() };
      if (child.hasFormat('bold')) run.bold = true;
      if ($isFigureTextNode(child) && !child.isEdited()) run.marks = [...child.getMarks()] as RunMark[];
      runs.push(run);
      continue;
    }
    if ($isElementNode(child)) runs.push(...$readRuns(child.getChildren()));
    else {
      const text = child.getTextContent();
      if (text) runs.push({ text });
    }
  }
  return normalizeRuns(runs);
}

function $readTable(node: TableNode): Table {
  const rows: TableCell[][] = [];
  for (const rowNode of node.getChildren()) {
    if (!$isTableRowNode(rowNode)) continue;
    const cells: TableCell[] = [];
    for (const cell of rowNode.getChildren()) {
      if (!$isTableCellNode(cell)) continue;
      const parts = cell.getChildren().map((c) => ($isElementNode(c) ? $readRuns(c.getChildren()) : [{ text: c.getTextContent() }]));
      const runs: Run[] = [];
      parts.forEach((p, i) => {
        if (i > 0) runs.push({ text: '\n' });
        runs.push(...p);
      });
      cells.push({ runs: normalizeRuns(runs) });
    }
    // Cells that only squared a ragged row go again while nobody typed in them.
    const all = rowNode.getChildren();
    while (
      cells.length > 1 &&
      $isTableCellNode(all[cells.length - 1]) &&
      $getState(all[cells.length - 1]!, fillerState) &&
      !cells[cells.length - 1]!.runs.length
    ) {
      cells.pop();
    }
    if (cells.length) rows.push(cells);
  }
  if (!rows.length) rows.push([{ runs: [] }]);
  return { type: 'table', headerRows: $getState(node, headerRowsState), rows };
}

function $readHeading(node: SectionHeadingNode): Section {
  const children = node.getChildren();
  const markAt = children.findIndex((c) => $isRunInMarkNode(c));
  const headingNodes = markAt < 0 ? children : children.slice(0, markAt);
  const section: Section = {
    type: 'section',
    id: node.getSectionId(),
    level: node.getLevel(),
    heading: headingNodes.map((c) => c.getTextContent()).join(''),
    runIn: node.getRunIn(),
    children: [],
  };
  const slot = node.getSlot();
  if (slot) section.slot = slot;
  const also = node.getAlsoSlots();
  if (also?.length) section.alsoSlots = [...also];
  if (markAt >= 0 && section.runIn) {
    const runs = $readRuns(children.slice(markAt + 1));
    if (runs.length || !$getState(children[markAt]!, bodylessState)) section.children.push({ type: 'paragraph', runs });
  }
  return section;
}

/** Read the editor back into the document (inside editorState.read). Meta comes from `base`. */
export function $readDocument(base: ReportDocument): ReportDocument {
  const lead: Paragraph[] = [];
  const body: Block[] = [];
  const open: Section[] = [];
  for (const { node, depth } of $layout()) {
    if (depth < 0) {
      lead.push({ type: 'paragraph', runs: $readRuns((node as ElementNode).getChildren()) });
      continue;
    }
    open.length = depth;
    const container = depth === 0 ? body : open[depth - 1]!.children;
    if ($isSectionHeadingNode(node)) {
      const s = $readHeading(node);
      container.push(s);
      open.push(s);
    } else if ($isTableNode(node)) container.push($readTable(node));
    else if ($isFixedTableNode(node)) container.push(node.getBlock());
    else if ($isElementNode(node)) {
      const runs = $readRuns(node.getChildren());
      if (runs.length || !$getState(node, fillerState)) container.push({ type: 'paragraph', runs });
    } else container.push({ type: 'paragraph', runs: normalizeRuns([{ text: node.getTextContent() }]) });
  }
  return { ...base, lead, body };
}

/** Sections only (for numbering): the same tree $readDocument builds, without the text. */
export function $sectionSkeleton(entries: readonly FlatEntry[] = $layout()): Section[] {
  const body: Section[] = [];
  const open: Section[] = [];
  for (const { node, depth } of entries) {
    if (!$isSectionHeadingNode(node)) continue;
    open.length = Math.min(open.length, depth);
    const s: Section = { type: 'section', id: node.getSectionId(), level: node.getLevel(), heading: '', runIn: false, children: [] };
    (open.length ? open[open.length - 1]!.children : body).push(s);
    open.push(s);
  }
  return body;
}
