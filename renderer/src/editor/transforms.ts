/**
 * Node transforms that keep the flat view well formed whatever edit produced it:
 * - an edited figure loses its "unconfirmed" highlight (the clerk has checked it);
 * - a run-in mark lives only in a run-in heading, once; a run-in heading that lost it is standalone.
 */
import { $createTextNode, mergeRegister, type LexicalEditor } from 'lexical';
import { $isRunInMarkNode, $isSectionHeadingNode, FigureTextNode, RunInMarkNode, SectionHeadingNode } from './nodes';

export function registerEditorTransforms(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(FigureTextNode, (node) => {
      if (!node.isEdited()) return;
      const plain = $createTextNode(node.getTextContent());
      plain.setFormat(node.getFormat());
      node.replace(plain);
    }),
    editor.registerNodeTransform(RunInMarkNode, (node) => {
      const parent = node.getParent();
      const first = parent?.getChildren().find($isRunInMarkNode);
      if (!$isSectionHeadingNode(parent) || !parent.getRunIn() || first !== node) node.remove();
    }),
    editor.registerNodeTransform(SectionHeadingNode, (node) => {
      if (node.getRunIn() && !node.getChildren().some($isRunInMarkNode)) node.setRunIn(false);
    }),
  );
}
