/**
 * Plain text → ReportDocument. A report copied off a web page or saved from Notepad: one
 * paragraph a line. Runs of two or more tab-separated lines with the same number of cells are a
 * table (what copying a table out of Word or a web page gives).
 */
import type { Table } from '../model/document';
import { buildDocument, type ImportOptions, type ImportResult, type SourceItem } from './build';
import { decodeText } from './decode';
import { AppError } from '../errors';
import { trimChars } from '../trim';
import { IMPORT_MESSAGES } from './messages';

/** Largest .txt accepted: a report is some tens of thousands of characters. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export function importText(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  if (typeof input !== 'string' && input.byteLength > MAX_TEXT_BYTES) {
    throw new AppError(
      'TOO_LARGE',
      IMPORT_MESSAGES.textTooLarge((input.byteLength / 1024 / 1024).toFixed(1)),
    );
  }
  const text = typeof input === 'string' ? input : decodeText(input);
  if (text.length > MAX_TEXT_BYTES) throw new AppError('TOO_LARGE', IMPORT_MESSAGES.textTooLong);
  options.onStage?.('read');
  const items = textToItems(text);
  options.onStage?.('arrange');
  return buildDocument(items, options);
}

export function textToItems(text: string): SourceItem[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u2028|\u2029/g, '\n')
    .split('\n');
  const items: SourceItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = tableCells(lines[i]!);
    if (cells) {
      let j = i + 1;
      while (j < lines.length && tableCells(lines[j]!)?.length === cells.length) j++;
      if (j - i >= 2) {
        items.push({ kind: 'table', table: toTable(lines.slice(i, j).map((l) => tableCells(l)!)) });
        i = j - 1;
        continue;
      }
    }
    items.push({ kind: 'line', runs: [{ text: lines[i]!.replace(/\t/g, ' ') }] });
  }
  return items;
}

function tableCells(line: string): string[] | null {
  if (!line.includes('\t')) return null;
  const cells = trimChars(line, /\t/)
    .split('\t')
    .map((c) => c.trim());
  return cells.length >= 2 && cells.length <= 30 ? cells : null;
}

function toTable(rows: string[][]): Table {
  return { type: 'table', headerRows: 1, rows: rows.map((r) => r.map((c) => ({ runs: c ? [{ text: c }] : [] }))) };
}
