/** Reading the CLI's input files: a clear Chinese message for a missing, huge or malformed file. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { ReportDocument } from '../../shared/model/document';
import { describeIssue } from '../../shared/model/describe-issue';
import { writeFileAtomic } from '../fs/atomic-write';
import type { CliIO } from './command';
import { CLI } from './messages';

/** Larger than any .docx the importer accepts, so its own message explains the limit. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function readInput(file: string, io: CliIO): Uint8Array {
  const full = path.resolve(io.cwd, file);
  let size: number;
  try {
    const st = fs.statSync(full);
    if (!st.isFile()) throw new AppError('BAD_FILE', CLI.notAFile(file));
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BAD_FILE', CLI.noFile(file));
  }
  if (size > MAX_INPUT_BYTES) throw new AppError('TOO_LARGE', CLI.tooLarge((size / 1024 / 1024).toFixed(1)));
  return new Uint8Array(fs.readFileSync(full));
}

/** A draft file (`gongwen import -o`): a ReportDocument as JSON. */
export function readDraftJson(file: string, io: CliIO): ReportDocument {
  const bytes = readInput(file, io);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, ''));
  } catch {
    throw new AppError('BAD_FILE', CLI.notJson(file));
  }
  const parsed = ReportDocument.safeParse(json);
  if (!parsed.success) {
    // A limit is named (第三部分标题过长…); anything else is not a draft file at all.
    const words = describeIssue(parsed.error.issues[0]!, json);
    throw new AppError('BAD_FILE', CLI.notDraft(file, words.limit ? words.text : CLI.notDraftShape));
  }
  return parsed.data;
}

/** Write JSON to `-o` (whole or not at all), or to stdout when no file is given. */
export function writeJson(value: unknown, out: string | undefined, io: CliIO): void {
  const text = JSON.stringify(value, null, 2) + '\n';
  if (out) writeFileAtomic(path.resolve(io.cwd, out), text);
  else io.out(text);
}
