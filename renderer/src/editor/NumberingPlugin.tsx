/** Draws each heading's number (一、 （一） 1. （1）) from its position, via shared/numbering. */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { headingLabel } from '../../../shared/numbering';
import type { SectionLevel } from '../../../shared/model/document';
import { $isSectionHeadingNode } from './SectionHeadingNode';

export function NumberingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          // Counters per level, reset below each higher heading: the same rule as numberSections.
          const counters: number[] = [0, 0, 0, 0, 0];
          for (const node of $getRoot().getChildren()) {
            if (!$isSectionHeadingNode(node)) continue;
            const level = node.getLevel();
            counters[level] = (counters[level] ?? 0) + 1;
            for (let l = level + 1; l <= 4; l++) counters[l] = 0;
            const dom = editor.getElementByKey(node.getKey());
            const label = headingLabel(level as SectionLevel, counters[level]!);
            if (dom && dom.dataset.label !== label) dom.dataset.label = label;
          }
        });
      }),
    [editor],
  );
  return null;
}
