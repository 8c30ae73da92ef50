/** The name an exported file is offered under: the title, the version, the extension. */
import type { ReportDocument } from '../model/document';
import { safeFileStem } from '../file-name';
import { EXPORT_MESSAGES } from './messages';
import { VERSION_SUFFIX, type ExportVariant } from './variant';

/** "<title>（网站公开版）.docx", safe as a file name on Windows (shared/file-name.ts). */
export function exportFileName(doc: ReportDocument, variant: ExportVariant = 'official', ext: 'docx' | 'pdf' = 'docx'): string {
  return `${safeFileStem(doc.meta.title, EXPORT_MESSAGES.untitled)}${VERSION_SUFFIX[variant]}.${ext}`;
}
