/**
 * 发文字号: the one rule for writing, reading and checking `机关代字〔年份〕序号号`, e.g. 互政〔2025〕12号.
 * GB/T 9704-2012 7.2.4: the year in 六角括号〔〕, the sequence number without leading zeros and
 * without 第, Arabic numerals. The register, the header-fields form, the export CLI and the checker
 * all read numbers through `parseDocNumber`, so they can never disagree. Its words: ./doc-number-messages.ts.
 */
import { DOC_NUMBER_LIMITS, type DocNumber } from './model/document';
import { DOC_NUMBER_MESSAGES } from './doc-number-messages';

export type { DocNumber };
export { DOC_NUMBER_MESSAGES };

type DocNumberProblem = keyof typeof DOC_NUMBER_MESSAGES;

type ParseResult = { ok: true; value: DocNumber } | { ok: false; problem: DocNumberProblem; message: string };

const fail = (problem: DocNumberProblem): ParseResult => ({ ok: false, problem, message: DOC_NUMBER_MESSAGES[problem] });

const WRONG_OPEN = /[［【（([〈《{]/;
const FULL_WIDTH_DIGIT = /[０-９〇一二三四五六七八九十]/;

/** Read `代字〔YYYY〕N号`. Whitespace around the whole text is ignored; inside it is not allowed. */
export function parseDocNumber(input: string): ParseResult {
  const text = input.trim();
  if (!text) return fail('empty');
  const open = text.indexOf('〔');
  const close = text.indexOf('〕');
  if (open < 0 || close < 0) {
    const wrong = WRONG_OPEN.exec(text);
    if (wrong && /\d|[０-９]/.test(text.slice(wrong.index))) return fail('wrongBrackets');
    return fail('noBrackets');
  }
  if (close < open) return fail('noBrackets');
  const code = text.slice(0, open);
  const yearText = text.slice(open + 1, close);
  const rest = text.slice(close + 1);
  if (!code) return fail('noCode');
  if (/[\s〔〕［］【】()（）[\]0-9０-９]/.test(code)) return fail('codeBad');
  if ([...code].length > DOC_NUMBER_LIMITS.codeMax) return fail('codeLong');
  if (FULL_WIDTH_DIGIT.test(yearText)) return fail('fullWidth');
  if (!/^\d{4}$/.test(yearText)) return fail('yearDigits');
  const year = Number(yearText);
  if (year < DOC_NUMBER_LIMITS.yearMin || year > DOC_NUMBER_LIMITS.yearMax) return fail('yearRange');
  const hao = rest.indexOf('号');
  if (rest.startsWith('第')) return fail('ordinal');
  const seqText = hao >= 0 ? rest.slice(0, hao) : rest;
  if (!seqText) return fail('noSeq');
  if (FULL_WIDTH_DIGIT.test(seqText)) return fail('fullWidth');
  if (!/^\d+$/.test(seqText)) return fail(hao < 0 ? 'noHao' : 'noSeq');
  if (hao < 0) return fail('noHao');
  if (seqText.startsWith('0')) return fail('leadingZero');
  if (rest.length > hao + 1) return fail('trailing');
  const seq = Number(seqText);
  if (seq < 1 || seq > DOC_NUMBER_LIMITS.seqMax) return fail('seqRange');
  return { ok: true, value: { code, year, seq } };
}

/** The printed form: 互政〔2025〕12号. */
export function formatDocNumber(n: DocNumber): string {
  return `${n.code}〔${n.year}〕${n.seq}号`;
}

/** The problem with a number held in parts (as stored in a document), or null when it is fine. */
export function checkDocNumber(n: DocNumber): ParseResult {
  return parseDocNumber(formatDocNumber(n));
}

/** The problem with a 机关代字 alone (as typed in 机关信息), or null when it makes valid numbers. */
export function codeProblem(code: string): string | null {
  const c = code.trim();
  if (!c) return null;
  const r = parseDocNumber(`${c}〔2000〕1号`);
  return r.ok ? null : r.message;
}

export function sameDocNumber(a: DocNumber | null | undefined, b: DocNumber | null | undefined): boolean {
  return !!a && !!b && a.code === b.code && a.year === b.year && a.seq === b.seq;
}
