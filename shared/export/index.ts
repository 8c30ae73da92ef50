/**
 * THE export pipeline, one way: gate → build → file name. The app's service (export.docx, and
 * export.pdf for its gate and name), the CLI (`gongwen export`) and the tests all export through
 * here, so what holds a version back, how it is refused and what the file is called cannot
 * differ between them.
 *
 * - gate.ts       which checker findings hold back which version (`assertExportAllowed`)
 * - file-name.ts  the offered file name
 * - messages.ts   the refusal, worded once
 * - variant.ts    the one variant type and the versions' names
 * The .docx itself is written by shared/docx from the plan shared/layout makes.
 */
import type { ReportDocument } from '../model/document';
import type { FontSettings } from '../fonts';
import { buildDocx, type ZipParts } from '../docx/index';
import { assertExportAllowed, type ConfirmedGaps, type ExportGate } from './gate';
import { exportFileName } from './file-name';
import type { ExportVariant } from './variant';

interface ExportOptions {
  /** Zips the package's parts (Node passes native zlib, electron/fs/zip.ts). */
  zip?: ZipParts;
  /** The 定稿前应补齐 gaps the clerk confirmed; `'all'` where nobody is asked (the CLI lists them after). */
  confirmedGaps?: ConfirmedGaps;
}

interface ExportedDocx {
  bytes: Uint8Array;
  fileName: string;
  /** What the gate found: `gaps` is what this version went out without. */
  gate: ExportGate;
}

/**
 * A draft as a .docx of `variant`, or AppError EXPORT_BLOCKED / EXPORT_UNCONFIRMED (details: the
 * reasons) before anything is built.
 */
export async function exportDocx(
  doc: ReportDocument,
  variant: ExportVariant,
  fonts?: Partial<FontSettings>,
  options: ExportOptions = {},
): Promise<ExportedDocx> {
  const gate = assertExportAllowed(doc, variant, options.confirmedGaps);
  const bytes = await buildDocx(doc, { variant, fonts, zip: options.zip });
  return { bytes, fileName: exportFileName(doc, variant), gate };
}

export { assertExportAllowed, exportGate, needsConfirmation, reasonLine, type ExportGate, type ExportReason } from './gate';
export { exportFileName } from './file-name';
export { EXPORT_MESSAGES } from './messages';
export { EXPORT_VARIANTS, VERSION_NAMES, type ExportVariant } from './variant';
