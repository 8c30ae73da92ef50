/**
 * The workspace's middle column: the find bar (Ctrl+F, Ctrl+H) when open, the 往年对照 bar of a
 * rolled-forward draft, and the editor in its own scrolling box.
 */
import type { RefObject } from 'react';
import type { ReportDocument } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import { replaceInDocument } from '../../../shared/proofread/replace';
import { ReportEditor, type EditorText, type ReportEditorHandle } from '../editor/ReportEditor';
import { FindBar } from '../panels/FindBar';
import { RolloverBar } from '../rollover/RolloverBar';

/** The find bar: open or not, a token that refocuses it, and whether its replace row shows. */
export interface FindState {
  open: boolean;
  token: number;
  replace?: boolean;
}

interface Props {
  editorRef: RefObject<ReportEditorHandle | null>;
  /** The box whose typing marks the text as not yet handed on (useDraftDocument). */
  typingRef: RefObject<HTMLDivElement | null>;
  doc: ReportDocument;
  template: Template | undefined;
  /** Counts the editor's changes, so the find bar counts its matches again. */
  textVersion: number;
  find: FindState;
  onCloseFind: () => void;
  /** The text's likeness to last year's, for the 往年对照 bar (null while it is measured). */
  similarPercent: number | null;
  onOpenRolloverPanel: () => void;
  onEditorChange: (text: EditorText) => void;
  onEditorNoChange: () => void;
  onCurrentSectionChange: (sectionId: string | null) => void;
}

export function EditorColumn({
  editorRef,
  typingRef,
  doc,
  template,
  textVersion,
  find,
  onCloseFind,
  similarPercent,
  onOpenRolloverPanel,
  onEditorChange,
  onEditorNoChange,
  onCurrentSectionChange,
}: Props) {
  return (
    <div className="gw-col-editor">
      {find.open && (
        <FindBar
          version={textVersion}
          focusToken={find.token}
          replace={find.replace ?? false}
          onReplace={(query, replacement, index) => {
            editorRef.current?.rewrite((x) => {
              const r = replaceInDocument(x, query, replacement, index);
              return r.count ? r.doc : x;
            });
          }}
          onClose={() => {
            onCloseFind();
            editorRef.current?.focus();
          }}
        />
      )}
      {doc.rollover && (
        <RolloverBar doc={doc} similarPercent={similarPercent} editor={() => editorRef.current} onOpenPanel={onOpenRolloverPanel} />
      )}
      <div className="gw-col gw-editor-scroll" data-testid="editor-scroll" ref={typingRef}>
        <ReportEditor
          ref={editorRef}
          doc={doc}
          template={template}
          onChange={onEditorChange}
          onCurrentSectionChange={onCurrentSectionChange}
          onNoChange={onEditorNoChange}
        />
      </div>
    </div>
  );
}
