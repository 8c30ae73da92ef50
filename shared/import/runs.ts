/** Small helpers on runs: cut by character offsets of their joined text, trim, merge. */
import type { Run } from '../model/document';
import { trimEndChars, trimStartChars } from '../trim';

const BLANK = /[\s\u3000\u00a0\ufeff]/;

/** The runs covering characters [start, end) of their joined text. */
export function sliceRuns(runs: readonly Run[], start: number, end = Infinity): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + r.text.length);
    if (to > from) out.push({ ...r, text: r.text.slice(from - pos, to - pos) });
    pos += r.text.length;
    if (pos >= end) break;
  }
  return out;
}

/** Drop leading and trailing white space (also the ideographic space) across runs. */
export function trimRuns(runs: readonly Run[]): Run[] {
  const text = runs.map((r) => r.text).join('');
  const start = text.length - trimStartChars(text, BLANK).length;
  const end = trimEndChars(text, BLANK).length;
  return end > start ? sliceRuns(runs, start, end) : [];
}

/** Join neighbouring runs that carry the same formatting. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && sameMarks(last.marks, r.marks)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

function sameMarks(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join() === (b ?? []).join();
}
