/**
 * 公文校对 in the editor: select a finding's exact characters, and rewrite the editor's text
 * through the model (a fix, 全部修正, 全部替换) as one update — one undo step.
 *
 * Places are the proofreader's (shared/proofread/units.ts): a unit's path in the document and
 * offsets into its text. The flat editor view (mapping.ts) holds them in the same order: the
 * lead paragraphs, then each section's heading (a run-in heading also holds its first paragraph
 * after the run-in mark), paragraphs, and tables (cells, their paragraphs joined by line breaks).
 */
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { $isTableCellNode, $isTableNode, $isTableRowNode } from '@lexical/table';
import type { Block, ReportDocument } from '../../../shared/model/document';
import type { TextRange } from '../../../shared/proofread/types';
import { $isRunInMarkNode } from '../editor/nodes';
import { $loadDocument, $readDocument } from '../editor/mapping';

type Path = (string | number)[];
const key = (p: readonly (string | number)[]) => p.join('.');

/** For each top-level editor node in order: the units it holds and which part of it each is. */
interface Slot {
  heading?: string;
  runIn?: string;
  para?: string;
  table?: Path;
  /** A prescribed table: numbers only, no text units, but a node of its own. */
  fixedTable?: Path;
}

function slotsOf(doc: ReportDocument): Slot[] {
  const slots: Slot[] = doc.lead.map((_, i) => ({ para: key(['lead', i]) }));
  const walk = (blocks: readonly Block[], base: Path, from: number) => {
    for (let i = from; i < blocks.length; i++) {
      const b = blocks[i]!;
      const path = [...base, i];
      if (b.type === 'paragraph') slots.push({ para: key(path) });
      else if (b.type === 'table') slots.push({ table: path });
      else if (b.type === 'fixedTable') slots.push({ fixedTable: path });
      else {
        // A run-in heading holds its first paragraph; the other children follow as their own nodes.
        const runIn = b.runIn && b.children[0]?.type === 'paragraph';
        slots.push({ heading: key([...path, 'heading']), ...(runIn ? { runIn: key([...path, 'children', 0]) } : {}) });
        walk(b.children, [...path, 'children'], runIn ? 1 : 0);
      }
    }
  };
  walk(doc.body, ['body'], 0);
  return slots;
}

type Piece = { node: TextNode | null; start: number; length: number };

/** Text pieces of inline nodes from offset `at`: text nodes; a line break counts one character. */
function pieces(nodes: readonly LexicalNode[], out: Piece[] = [], at = 0): number {
  for (const n of nodes) {
    if ($isTextNode(n)) {
      out.push({ node: n, start: at, length: n.getTextContentSize() });
      at += n.getTextContentSize();
    } else if ($isLineBreakNode(n)) {
      out.push({ node: null, start: at, length: 1 });
      at += 1;
    } else if ($isElementNode(n) && !$isRunInMarkNode(n)) at = pieces(n.getChildren(), out, at);
  }
  return at;
}

/** The text pieces of a unit in the editor, or null when the editor does not hold it. */
function $unitPieces(doc: ReportDocument, path: readonly (string | number)[]): Piece[] | null {
  const want = key(path);
  const slots = slotsOf(doc);
  const top = $getRoot().getChildren();
  for (let i = 0; i < slots.length && i < top.length; i++) {
    const s = slots[i]!;
    const node = top[i]!;
    if (!$isElementNode(node)) continue;
    const out: Piece[] = [];
    if (s.para === want) {
      pieces(node.getChildren(), out);
      return out;
    }
    if (s.heading === want || s.runIn === want) {
      const children = node.getChildren();
      const mark = children.findIndex((c) => $isRunInMarkNode(c));
      if (s.heading === want) pieces(mark < 0 ? children : children.slice(0, mark), out);
      else if (mark >= 0) pieces(children.slice(mark + 1), out);
      return out;
    }
    if (s.table && want.startsWith(key(s.table) + '.rows.') && $isTableNode(node)) {
      const [r, c] = path.slice(s.table.length + 1) as number[];
      const row = node.getChildren()[r!];
      const cell = $isTableRowNode(row) ? row.getChildren()[c!] : undefined;
      if (!$isTableCellNode(cell)) return null;
      // A cell's paragraphs read as runs joined by "\n".
      let at = 0;
      cell.getChildren().forEach((p, k) => {
        if (k > 0) at += 1;
        if ($isElementNode(p)) at = pieces(p.getChildren(), out, at);
      });
      return out;
    }
  }
  return null;
}

/** Select a finding's characters in the editor and scroll them into view; false when not found. */
export function selectTextRange(editor: LexicalEditor, base: ReportDocument, range: TextRange): boolean {
  let key: string | null = null;
  editor.update(() => {
    const doc = $readDocument(base);
    const ps = $unitPieces(doc, range.path)?.filter((x) => x.node);
    if (!ps) return;
    const at = (pos: number, end: boolean) => {
      const p = ps.find((x) => (end ? pos > x.start && pos <= x.start + x.length : pos >= x.start && pos < x.start + x.length));
      return p ? ([p.node!, pos - p.start] as const) : null;
    };
    const a = at(range.start, false);
    const b = at(range.end, true) ?? a;
    if (!a || !b) return;
    const sel = $createRangeSelection();
    sel.anchor.set(a[0].getKey(), a[1], 'text');
    sel.focus.set(b[0].getKey(), b[1], 'text');
    $setSelection(sel);
    key = a[0].getKey();
  });
  if (!key) return false;
  editor.focus();
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * Rewrite lead and body through the model in one update (one undo step): `change` gets the
 * document as the editor holds it and returns the new one, or the same object to change nothing.
 */
export function rewriteDocument(editor: LexicalEditor, base: ReportDocument, change: (doc: ReportDocument) => ReportDocument): boolean {
  let changed = false;
  editor.update(
    () => {
      const doc = $readDocument(base);
      const next = change(doc);
      if (next === doc) return;
      $loadDocument(next);
      changed = true;
    },
    { discrete: true },
  );
  return changed;
}
