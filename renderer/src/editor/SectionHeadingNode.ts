/**
 * A section heading in the flat editor view. The model's section tree is flattened into a
 * sequence of headings and paragraphs; the heading carries the section's id, level, slot and
 * run-in flag. Its number is never text: it is drawn from `data-label` (see NumberingPlugin).
 */
import { $applyNodeReplacement, ElementNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedElementNode, type Spread } from 'lexical';
import type { SectionLevel } from '../../../shared/model/document';

export type SerializedSectionHeadingNode = Spread<
  { sectionId: string; level: SectionLevel; slot: string | null; runIn: boolean },
  SerializedElementNode
>;

export class SectionHeadingNode extends ElementNode {
  __sectionId: string;
  __level: SectionLevel;
  __slot: string | null;
  __runIn: boolean;

  static override getType(): string {
    return 'gw-heading';
  }

  static override clone(node: SectionHeadingNode): SectionHeadingNode {
    return new SectionHeadingNode(node.__sectionId, node.__level, node.__slot, node.__runIn, node.__key);
  }

  constructor(sectionId: string, level: SectionLevel, slot: string | null, runIn: boolean, key?: NodeKey) {
    super(key);
    this.__sectionId = sectionId;
    this.__level = level;
    this.__slot = slot;
    this.__runIn = runIn;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const el = document.createElement('div');
    el.className = `gw-heading gw-level-${this.__level}`;
    el.dataset.sectionId = this.__sectionId;
    if (this.__slot) el.dataset.slot = this.__slot;
    el.setAttribute('role', 'heading');
    el.setAttribute('aria-level', String(this.__level));
    return el;
  }

  override updateDOM(prev: SectionHeadingNode, dom: HTMLElement): boolean {
    if (prev.__level !== this.__level) dom.className = `gw-heading gw-level-${this.__level}`;
    return false;
  }

  static override importJSON(json: SerializedSectionHeadingNode): SectionHeadingNode {
    return $createSectionHeadingNode(json.sectionId, json.level, json.slot, json.runIn);
  }

  override exportJSON(): SerializedSectionHeadingNode {
    return {
      ...super.exportJSON(),
      type: 'gw-heading',
      version: 1,
      sectionId: this.__sectionId,
      level: this.__level,
      slot: this.__slot,
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
  getRunIn(): boolean {
    return this.getLatest().__runIn;
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
}

export function $createSectionHeadingNode(sectionId: string, level: SectionLevel, slot: string | null, runIn: boolean): SectionHeadingNode {
  return $applyNodeReplacement(new SectionHeadingNode(sectionId, level, slot, runIn));
}

export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}
