/**
 * The editor's node types. The model's section tree is shown flat: lead paragraphs, then headings,
 * paragraphs and tables in reading order. What the flat view cannot say by position alone is kept
 * on the nodes:
 * - `LeadParagraphNode`: a paragraph of the lead (开头), distinct from a body paragraph that
 *   happens to come before the first heading.
 * - `depthState`: how many sections enclose a block, only where that differs from what the
 *   headings before it imply ("特此报告。" after the last section is at depth 0). Null = natural.
 * - `SectionHeadingNode`: a section's heading (id, level, slot, run-in). Its number is never text:
 *   NumberingPlugin draws it from `data-label`, computed by shared/headings.
 * - `RunInMarkNode`: in a run-in heading, the "。" between heading sentence and body text. Text
 *   before it is the heading, text after it the section's first paragraph.
 * - `FigureTextNode`: a run marked `unconfirmed` (a figure carried over from last year); shown
 *   highlighted, and it loses the mark once the clerk edits it.
 */
import {
  $applyNodeReplacement,
  $createParagraphNode,
  $getState,
  $setState,
  createState,
  ElementNode,
  ParagraphNode,
  TextNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type SerializedParagraphNode,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { RunMark, SectionLevel } from '../../../shared/model/document';
import { FixedTableNode } from './FixedTableNode';
import { MSG } from './messages';

/** Nesting depth of a body block when it differs from the natural one; null = natural. */
export const depthState = createState('gwDepth', {
  parse: (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null),
});
/** A table's `headerRows` (kept as given, even when larger than the table). */
export const headerRowsState = createState('gwHeaderRows', {
  parse: (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 1),
});
/** On a run-in mark: the section's first block is not a paragraph, so an empty body is no paragraph. */
export const bodylessState = createState('gwBodyless', { parse: (v: unknown): boolean => v === true });
/**
 * A node the editor needs but the model does not have (a cell squaring a ragged row, the one
 * paragraph of an empty document); dropped again on save while still empty.
 */
export const fillerState = createState('gwFiller', { parse: (v: unknown): boolean => v === true });

export function $getDepth(node: LexicalNode): number | null {
  return $getState(node, depthState);
}
export function $setDepth(node: LexicalNode, depth: number | null): void {
  if ($getState(node, depthState) !== depth) $setState(node, depthState, depth);
}

// ---------------------------------------------------------------------------------------------

export type SerializedSectionHeadingNode = Spread<
  { sectionId: string; level: SectionLevel; slot: string | null; alsoSlots: string[] | null; runIn: boolean },
  SerializedElementNode
>;

export class SectionHeadingNode extends ElementNode {
  __sectionId: string;
  __level: SectionLevel;
  __slot: string | null;
  __alsoSlots: string[] | null;
  __runIn: boolean;

  static override getType(): string {
    return 'gw-heading';
  }

  static override clone(node: SectionHeadingNode): SectionHeadingNode {
    return new SectionHeadingNode(node.__sectionId, node.__level, node.__slot, node.__alsoSlots, node.__runIn, node.__key);
  }

  constructor(sectionId: string, level: SectionLevel, slot: string | null, alsoSlots: string[] | null, runIn: boolean, key?: NodeKey) {
    super(key);
    this.__sectionId = sectionId;
    this.__level = level;
    this.__slot = slot;
    this.__alsoSlots = alsoSlots;
    this.__runIn = runIn;
  }

  private className(): string {
    return `gw-heading gw-level-${this.__level}${this.__runIn ? ' gw-runin' : ''}${this.__slot ? ' gw-slot' : ''}`;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const el = document.createElement('p');
    el.className = this.className();
    el.dataset.sectionId = this.__sectionId;
    if (this.__slot) el.dataset.slot = this.__slot;
    el.setAttribute('role', 'heading');
    el.setAttribute('aria-level', String(this.__level));
    return el;
  }

  override updateDOM(prev: SectionHeadingNode, dom: HTMLElement): boolean {
    if (prev.__level !== this.__level || prev.__runIn !== this.__runIn || prev.__slot !== this.__slot) {
      dom.className = this.className();
      dom.setAttribute('aria-level', String(this.__level));
    }
    if (prev.__sectionId !== this.__sectionId) dom.dataset.sectionId = this.__sectionId;
    return false;
  }

  /** Copy within and out of the editor: a plain paragraph that says its level, no number. */
  override exportDOM(): DOMExportOutput {
    const el = document.createElement('p');
    el.dataset.gwLevel = String(this.__level);
    if (this.__runIn) el.dataset.gwRunin = '1';
    return { element: el };
  }

  static override importJSON(json: SerializedSectionHeadingNode): SectionHeadingNode {
    return new SectionHeadingNode(json.sectionId, json.level, json.slot, json.alsoSlots, json.runIn).updateFromJSON(json);
  }

  override exportJSON(): SerializedSectionHeadingNode {
    return {
      ...super.exportJSON(),
      type: 'gw-heading',
      version: 1,
      sectionId: this.__sectionId,
      level: this.__level,
      slot: this.__slot,
      alsoSlots: this.__alsoSlots,
      runIn: this.__runIn,
    };
  }

  getSectionId(): string {
    return this.getLatest().__sectionId;
  }
  getLevel(): SectionLevel {
    return this.getLatest().__level;
  }
  getSlot(): string | null {
    return this.getLatest().__slot;
  }
  getAlsoSlots(): string[] | null {
    return this.getLatest().__alsoSlots;
  }
  getRunIn(): boolean {
    return this.getLatest().__runIn;
  }
  /** The heading's own words: in a run-in heading, the sentence before its "。". */
  getHeadingText(): string {
    let text = '';
    for (const child of this.getChildren()) {
      if ($isRunInMarkNode(child)) break;
      text += child.getTextContent();
    }
    return text;
  }
  setLevel(level: SectionLevel): this {
    const w = this.getWritable();
    w.__level = level;
    return w;
  }
  setRunIn(runIn: boolean): this {
    const w = this.getWritable();
    w.__runIn = runIn;
    return w;
  }
  setSectionId(id: string): this {
    const w = this.getWritable();
    w.__sectionId = id;
    return w;
  }

  /** Enter in a heading: the text after the caret becomes the section's first paragraph. */
  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const p = $createParagraphNode();
    p.setTextFormat(selection.format);
    p.setTextStyle(selection.style);
    p.setDirection(this.getDirection());
    this.insertAfter(p, restoreSelection);
    return p;
  }

  /** Backspace at the start of an empty heading must not turn it into a paragraph. */
  override collapseAtStart(): boolean {
    return false;
  }
  override canBeEmpty(): boolean {
    return true;
  }
  override isShadowRoot(): boolean {
    return false;
  }
}

export function $createSectionHeadingNode(
  sectionId: string,
  level: SectionLevel,
  slot: string | null = null,
  runIn = false,
  alsoSlots: string[] | null = null,
): SectionHeadingNode {
  return $applyNodeReplacement(new SectionHeadingNode(sectionId, level, slot, alsoSlots, runIn));
}

export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}

// ---------------------------------------------------------------------------------------------

/** The "。" that ends a run-in heading sentence; one token, typed text goes beside it. */
export class RunInMarkNode extends TextNode {
  static override getType(): string {
    return 'gw-runin-mark';
  }
  static override clone(node: RunInMarkNode): RunInMarkNode {
    return new RunInMarkNode(node.__key);
  }
  constructor(key?: NodeKey) {
    super('。', key);
    this.__mode = 1; // token: deleted and selected as a whole
  }
  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const el = super.createDOM(config, editor);
    el.classList.add('gw-runin-mark');
    return el;
  }
  static override importJSON(json: SerializedTextNode): RunInMarkNode {
    return new RunInMarkNode().updateFromJSON(json);
  }
  override exportJSON(): SerializedTextNode {
    return { ...super.exportJSON(), type: 'gw-runin-mark', version: 1 };
  }
  override canInsertTextBefore(): boolean {
    return false;
  }
  override canInsertTextAfter(): boolean {
    return false;
  }
  override isTextEntity(): boolean {
    return true;
  }
}

export function $createRunInMarkNode(): RunInMarkNode {
  return $applyNodeReplacement(new RunInMarkNode());
}
export function $isRunInMarkNode(node: LexicalNode | null | undefined): node is RunInMarkNode {
  return node instanceof RunInMarkNode;
}

// ---------------------------------------------------------------------------------------------

export type SerializedFigureTextNode = Spread<{ marks: RunMark[]; original: string }, SerializedTextNode>;

/** A run with marks (a carried-over figure). Editing its text drops the marks. */
export class FigureTextNode extends TextNode {
  __marks: RunMark[];
  __original: string;

  static override getType(): string {
    return 'gw-figure';
  }
  static override clone(node: FigureTextNode): FigureTextNode {
    const n = new FigureTextNode(node.__text, node.__marks, node.__key);
    n.__original = node.__original;
    return n;
  }
  constructor(text: string, marks: RunMark[], key?: NodeKey) {
    super(text, key);
    this.__marks = marks;
    this.__original = text;
  }
  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const el = super.createDOM(config, editor);
    el.classList.add('gw-unconfirmed');
    el.title = MSG.figureTitle;
    return el;
  }
  static override importJSON(json: SerializedFigureTextNode): FigureTextNode {
    const n = new FigureTextNode(json.text, json.marks).updateFromJSON(json);
    n.__original = json.original;
    return n;
  }
  override exportJSON(): SerializedFigureTextNode {
    return { ...super.exportJSON(), type: 'gw-figure', version: 1, marks: this.__marks, original: this.__original };
  }
  getMarks(): RunMark[] {
    return this.getLatest().__marks;
  }
  /** True once the clerk has changed the figure. */
  isEdited(): boolean {
    const self = this.getLatest();
    return self.__text !== self.__original;
  }
  override canInsertTextBefore(): boolean {
    return false;
  }
  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createFigureTextNode(text: string, marks: RunMark[]): FigureTextNode {
  return $applyNodeReplacement(new FigureTextNode(text, marks));
}
export function $isFigureTextNode(node: LexicalNode | null | undefined): node is FigureTextNode {
  return node instanceof FigureTextNode;
}

// ---------------------------------------------------------------------------------------------

/** A paragraph of the lead (开头). Enter in it makes another lead paragraph. */
export class LeadParagraphNode extends ParagraphNode {
  static override getType(): string {
    return 'gw-lead';
  }
  static override clone(node: LeadParagraphNode): LeadParagraphNode {
    return new LeadParagraphNode(node.__key);
  }
  override createDOM(config: EditorConfig): HTMLElement {
    const el = super.createDOM(config);
    el.classList.add('gw-lead');
    return el;
  }
  static override importJSON(json: SerializedParagraphNode): LeadParagraphNode {
    return new LeadParagraphNode().updateFromJSON(json);
  }
  override exportJSON(): SerializedParagraphNode {
    return { ...super.exportJSON(), type: 'gw-lead', version: 1 };
  }
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const p = new LeadParagraphNode();
    this.insertAfter(p, restoreSelection);
    return p;
  }
}

export function $createLeadParagraphNode(): LeadParagraphNode {
  return $applyNodeReplacement(new LeadParagraphNode());
}
export function $isLeadParagraphNode(node: LexicalNode | null | undefined): node is LeadParagraphNode {
  return node instanceof LeadParagraphNode;
}

/** Every node type the editor (and the headless round trip) registers. */
export const EDITOR_NODES = [
  SectionHeadingNode,
  RunInMarkNode,
  FigureTextNode,
  LeadParagraphNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  FixedTableNode,
];

/** Class names for Lexical's own nodes; CSS in editor.css. */
export const EDITOR_THEME = {
  paragraph: 'gw-paragraph',
  text: { bold: 'gw-bold' },
  table: 'gw-table',
  tableRow: 'gw-table-row',
  tableCell: 'gw-table-cell',
  tableCellHeader: 'gw-table-cell-header',
  tableSelection: 'gw-table-selection',
  tableCellSelected: 'gw-table-cell-selected',
};
