/**
 * Changing a draft's reported year from 文件信息: the meta (year, title) through the header
 * form's path, lead and headings through the editor as one undo step (the editor owns them).
 */
import type { RefObject } from 'react';
import type { Meta, ReportDocument } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import { changeReportYear } from '../../../shared/report-year';
import type { ReportEditorHandle } from '../editor/ReportEditor';

export function useYearChange(opts: {
  editor: RefObject<ReportEditorHandle | null>;
  docRef: RefObject<ReportDocument>;
  template: Template | undefined;
  onMetaChange: (update: (meta: Meta) => Meta) => void;
}): (year: number) => readonly string[] {
  const { editor, docRef, template, onMetaChange } = opts;
  // A plain function: the React compiler memoizes it (a ref read inside defeats useCallback's deps).
  return (year: number) => {
    editor.current?.flush();
    const from = docRef.current.meta.year;
    const { doc, changed } = changeReportYear(docRef.current, year, template);
    // Meta first: the editor's change that follows keeps the meta it finds in docRef.
    onMetaChange((m) => ({ ...m, year: doc.meta.year, title: doc.meta.title }));
    editor.current?.rewrite((d) => {
      // The editor's copy of the meta may already carry the new year: move from the old one.
      const moved = changeReportYear({ ...d, meta: { ...d.meta, year: from } }, year, template);
      return moved.doc.lead === d.lead && moved.doc.body === d.body ? d : { ...d, lead: moved.doc.lead, body: moved.doc.body };
    });
    return changed;
  };
}
