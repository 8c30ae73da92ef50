/**
 * Model ↔ Lexical. The editor shows the document flat: lead paragraphs, then headings and
 * paragraphs in reading order. Saving rebuilds the section tree from heading levels.
 */
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isParagraphNode, $isTextNode, type LexicalNode } from 'lexical';
import type { Block, Paragraph, ReportDocument, Run, Section } from '../../../shared/model/document';
import { $createSectionHeadingNode, $isSectionHeadingNode } from './SectionHeadingNode';

function $runsToNodes(runs: readonly Run[]): LexicalNode[] {
  return runs
    .filter((r) => r.text.length > 0)
    .map((r) => {
      const t = $createTextNode(r.text);
      if (r.bold) t.toggleFormat('bold');
      return t;
    });
}

function $paragraph(p: Paragraph) {
  const node = $createParagraphNode();
  node.append(...$runsToNodes(p.runs));
  return node;
}

/** Replace the editor's content with the document (call inside editor.update). */
export function $loadDocument(doc: ReportDocument): void {
  const root = $getRoot();
  root.clear();
  for (const p of doc.lead) root.append($paragraph(p));
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') root.append($paragraph(b));
      else if (b.type === 'section') {
        const h = $createSectionHeadingNode(b.id, b.level, b.slot ?? null, b.runIn);
        if (b.heading) h.append($createTextNode(b.heading));
        root.append(h);
        walk(b.children);
      }
    }
  };
  walk(doc.body);
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

function $nodeRuns(node: LexicalNode): Run[] {
  if (!$isElementNode(node)) return [];
  const runs: Run[] = [];
  for (const child of node.getChildren()) {
    if (!$isTextNode(child)) {
      const text = child.getTextContent();
      if (text) runs.push({ text });
      continue;
    }
    const run: Run = { text: child.getTextContent() };
    if (child.hasFormat('bold')) run.bold = true;
    const last = runs[runs.length - 1];
    if (last && !!last.bold === !!run.bold && !last.marks && !run.marks) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

/** Read the editor back into the document (call inside editorState.read). Meta comes from `base`. */
export function $readDocument(base: ReportDocument): ReportDocument {
  const lead: Paragraph[] = [];
  const body: Block[] = [];
  const stack: Section[] = [];
  const tables = collectTables(base.body);
  for (const node of $getRoot().getChildren()) {
    if ($isSectionHeadingNode(node)) {
      const section: Section = {
        type: 'section',
        id: node.getSectionId(),
        level: node.getLevel(),
        heading: node.getTextContent(),
        runIn: node.getRunIn(),
        children: [],
        ...(node.getSlot() ? { slot: node.getSlot()! } : {}),
      };
      while (stack.length && stack[stack.length - 1]!.level >= section.level) stack.pop();
      (stack.length ? stack[stack.length - 1]!.children : body).push(section);
      stack.push(section);
      for (const t of tables.get(section.id) ?? []) section.children.push(t);
    } else if ($isParagraphNode(node) || $isElementNode(node)) {
      const p: Paragraph = { type: 'paragraph', runs: $nodeRuns(node) };
      if (stack.length) stack[stack.length - 1]!.children.push(p);
      else if (body.length) body.push(p);
      else lead.push(p);
    }
  }
  return { ...base, lead, body };
}

/** Tables are not yet editable in this view; keep them attached to their section. */
function collectTables(blocks: readonly Block[], owner = '', out = new Map<string, Block[]>()): Map<string, Block[]> {
  for (const b of blocks) {
    if (b.type === 'table') out.set(owner, [...(out.get(owner) ?? []), b]);
    else if (b.type === 'section') collectTables(b.children, b.id, out);
  }
  return out;
}
