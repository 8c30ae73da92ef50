/**
 * The structured editor: a Lexical view of a ReportDocument. `onChange` receives the model, never
 * Lexical JSON.
 */
import { useMemo } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { ReportDocument } from '../../../shared/model/document';
import { SectionHeadingNode } from './SectionHeadingNode';
import { $loadDocument, $readDocument } from './mapping';
import { NumberingPlugin } from './NumberingPlugin';

export interface ReportEditorProps {
  doc: ReportDocument;
  onChange(doc: ReportDocument): void;
}

export function ReportEditor({ doc, onChange }: ReportEditorProps) {
  // The initial document is read once; later changes flow out through onChange only.
  const initialConfig = useMemo(
    () => ({
      namespace: 'gongwen',
      nodes: [SectionHeadingNode],
      theme: { paragraph: 'gw-paragraph', text: { bold: 'gw-bold' } },
      onError(error: Error) {
        console.error(error);
      },
      editorState: () => $loadDocument(doc),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="gw-editor-shell">
        <RichTextPlugin
          contentEditable={<ContentEditable className="gw-editor" aria-label="正文" spellCheck={false} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <NumberingPlugin />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(editorState) => {
            editorState.read(() => onChange($readDocument(doc)));
          }}
        />
      </div>
    </LexicalComposer>
  );
}
