/** Finding a year check's text in the editor; when it was edited away, its section instead. */
import type { ReportDocument, YearCheck } from '../../../shared/model/document';
import type { FindingLocation } from '../../../shared/check/index';
import { allSections } from '../../../shared/headings/index';
import { yearCheckPlace } from '../../../shared/rollover/open';
import type { ReportEditorHandle } from '../editor/ReportEditor';
import { scrollRangeIntoView } from '../ui/editorDom';

/** Scroll the editor's selection (a find match) into the middle of its column. */
export function scrollSelectionIntoView(): void {
  requestAnimationFrame(() => {
    const sel = window.getSelection();
    if (sel && sel.rangeCount) scrollRangeIntoView(sel.getRangeAt(0));
  });
}

/** False when the text was edited away (the check's section is shown instead). */
export function locateYearCheck(
  check: YearCheck,
  doc: ReportDocument,
  editor: ReportEditorHandle | null,
  locate: (location: FindingLocation) => void,
): boolean {
  if (check.where !== '#title' && editor?.find(check.excerpt)) {
    scrollSelectionIntoView();
    return true;
  }
  const place = yearCheckPlace(check, new Set(allSections(doc.body).map((s) => s.id)));
  locate(place.type === 'title' ? { type: 'meta', field: 'title' } : place);
  return place.type === 'title';
}
