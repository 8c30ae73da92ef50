/**
 * 标点 (GB/T 15834): half-width marks in Chinese text, doubled marks, unbalanced pairs, and a
 * comma between parallel organs where 、 belongs.
 *
 * Half-width marks are left alone where they are right: decimals (1.5), thousands separators
 * (22,685), times and ratios (9:30), URLs and e-mail addresses, a 文号 written with half-width
 * brackets (互政(2021)5号), "(1)" ordinals (the ordinal-form rule speaks of those), and Latin
 * words and numbers among themselves (Windows 10, Office).
 */
import { FULL_FORM, isChinese, isDigit, isHan, isLatin } from '../chars';
import type { ProofHit, ProofUnit } from '../types';
import { PM } from '../messages';

const URL_RE = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~%/?#=&+:@!$]*[A-Za-z0-9/=#_~-]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** 互政(2021)5号: an old-style 文号 (the doc-number rules speak of its brackets). */
const DOC_NO_RE = /\((?:19|20)\d{2}\)\d{1,5}号/g;
/** "(1)" "(一)": the ordinal-form rule reports these. */
const BRACKET_ORDINAL_RE = /\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)/g;

/** Offsets inside URLs, 文号 and ordinals: no half-width finding there. */
function protectedMask(t: string): Uint8Array {
  const mask = new Uint8Array(t.length);
  for (const re of [URL_RE, DOC_NO_RE, BRACKET_ORDINAL_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

const SPACE = /[ \t\u00a0]/;
function prevIndex(t: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && SPACE.test(t[j]!)) j--;
  return j;
}
function nextIndex(t: string, i: number): number {
  let j = i + 1;
  while (j < t.length && SPACE.test(t[j]!)) j++;
  return j;
}

/**
 * The context a mark sits in: the nearest character that is neither a space nor another
 * half-width mark (those change with it: in 我县";"坚持 all three are Chinese punctuation).
 */
const CONTEXT_SKIP = /[ \t\u00a0,;:?!()."]/;
function contextBefore(t: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && CONTEXT_SKIP.test(t[j]!)) j--;
  return t[j];
}
function contextAfter(t: string, i: number): string | undefined {
  let j = i + 1;
  while (j < t.length && CONTEXT_SKIP.test(t[j]!)) j++;
  return t[j];
}

/** A half-width mark to convert, with the spaces around it that go with it when they touch Chinese. */
function widen(t: string, i: number, to: string): ProofHit {
  const p = prevIndex(t, i);
  const n = nextIndex(t, i);
  const start = p + 1 < i && isChinese(t[p]) ? p + 1 : i;
  const end = n > i + 1 && (isChinese(t[n]) || n >= t.length) ? n : i + 1;
  return { start, end, to, message: PM.halfWidth(t[i]!, to) };
}

const HALF_RE = /[,;:?!().]/g;
const PAREN_RE = /[()]/g;

export function halfWidth(unit: ProofUnit): ProofHit[] {
  const t = unit.text;
  if (!/[,;:?!()."]/.test(t)) return [];
  const mask = protectedMask(t);
  const hits: ProofHit[] = [];
  // Brackets go by pairs: a pair is Chinese when it touches Chinese outside or holds some inside.
  const open: number[] = [];
  const pairOf = new Map<number, number>();
  PAREN_RE.lastIndex = 0;
  for (let m = PAREN_RE.exec(t); m; m = PAREN_RE.exec(t)) {
    const i = m.index;
    if (mask[i]) continue;
    if (m[0] === '(') open.push(i);
    else if (open.length) {
      const o = open.pop()!;
      pairOf.set(o, i).set(i, o);
    }
  }
  const bracketChinese = (o: number, c: number) => {
    if (isChinese(contextBefore(t, o)) || isChinese(contextAfter(t, c))) return true;
    for (let k = o + 1; k < c; k++) if (isHan(t[k])) return true;
    return false;
  };
  // Candidates by regex: a per-character loop over Chinese text is slow (each t[i] is a new string).
  HALF_RE.lastIndex = 0;
  for (let m = HALF_RE.exec(t); m; m = HALF_RE.exec(t)) {
    const i = m.index;
    const ch = m[0];
    const to = FULL_FORM[ch]!;
    if (mask[i]) continue;
    const l = contextBefore(t, i);
    const r = contextAfter(t, i);
    let chinese: boolean;
    if (ch === '(' || ch === ')') {
      const other = pairOf.get(i);
      chinese = other === undefined ? isChinese(l) || isChinese(r) : ch === '(' ? bracketChinese(i, other) : bracketChinese(other, i);
    } else if (ch === '.') {
      // A full stop only right after Chinese and not before more Latin, digits or dots (…, 中国.com).
      chinese = isChinese(t[i - 1]) && t[i + 1] !== '.' && !isLatin(r) && !isDigit(r);
    } else if ((ch === ',' || ch === ':') && isDigit(t[i - 1]) && isDigit(t[i + 1])) {
      // 22,685 and 9:30 (a comma between digits that is no thousands separator is still a list: 1,2 → reported).
      chinese = ch === ',' && !/^\d{3}(?!\d)/.test(t.slice(i + 1, i + 5)) && (isChinese(l) || isChinese(r));
    } else {
      chinese = isChinese(l) || isChinese(r);
    }
    if (chinese) hits.push(widen(t, i, to));
  }
  return hits.concat(straightQuotes(t, mask));
}

/** Straight quotes in Chinese text: “ and ” alternate; the fix is certain only when they pair up. */
function straightQuotes(t: string, mask: Uint8Array): ProofHit[] {
  const at: number[] = [];
  for (let i = t.indexOf('"'); i >= 0; i = t.indexOf('"', i + 1)) if (!mask[i]) at.push(i);
  if (!at.length) return [];
  const even = at.length % 2 === 0;
  const hits: ProofHit[] = [];
  at.forEach((i, k) => {
    if (!isChinese(contextBefore(t, i)) && !isChinese(contextAfter(t, i))) return;
    const to = k % 2 === 0 ? '“' : '”';
    hits.push(even ? { start: i, end: i + 1, to, message: PM.halfWidth('"', to) } : { start: i, end: i + 1, message: PM.straightQuoteOdd });
  });
  return hits;
}

/** The same mark twice or more (。。 ，， ，,): one is meant. "……" and "——" are marks of their own. */
const CANON: Readonly<Record<string, string>> = {
  ...FULL_FORM,
  '.': '',
  '。': '。',
  '，': '，',
  '、': '、',
  '；': '；',
  '：': '：',
  '？': '？',
  '！': '！',
};

const MARK_RUN_RE = /[。，、；：？！,;:?!.](?: ?[。，、；：？！,;:?!.])+/g;

export function doubled(unit: ProofUnit): ProofHit[] {
  const t = unit.text;
  const hits: ProofHit[] = [];
  MARK_RUN_RE.lastIndex = 0;
  for (let m = MARK_RUN_RE.exec(t); m; m = MARK_RUN_RE.exec(t)) {
    // Within a run of marks, each stretch of the same mark (full- or half-width, spaces between).
    const run = m[0];
    for (let i = 0; i < run.length;) {
      const full = CANON[run[i]!];
      let last = i + 1;
      let j = i + 1;
      while (j < run.length && (run[j] === ' ' || CANON[run[j]!] === full)) {
        if (run[j] !== ' ') last = j + 1;
        j++;
      }
      const start = m.index + i;
      const end = m.index + last;
      const typed = t.slice(start, end);
      i = last;
      // "..." is an ellipsis typed wrong, not a doubled full stop; "1..2" is no Chinese.
      if (!full || typed.replace(/ /g, '').length < 2 || /^[. ]+$/.test(typed)) continue;
      const half = /[,;:?!.]/.test(typed);
      const chinese = isChinese(t[start - 1]) || isChinese(t[end]) || /[。，、；：？！]/.test(typed);
      if (!half || (chinese && !(isDigit(t[start - 1]) && isDigit(t[end]))))
        hits.push({ start, end, to: full, message: PM.doubled(typed, full) });
    }
  }
  return hits;
}

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '（': '）', '《': '》', '〈': '〉', '【': '】', '‘': '’' };
const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

const PAIR_RE = /[“”（）《》〈〉【】‘’]/g;

/** “ ” （ ） 《 》 that have no partner in the same paragraph. No fix: where the partner belongs is the clerk's call. */
export function unpaired(unit: ProofUnit): ProofHit[] {
  const t = unit.text;
  const stack: { ch: string; at: number }[] = [];
  const hits: ProofHit[] = [];
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(t); m; m = PAIR_RE.exec(t)) {
    const ch = m[0];
    const i = m.index;
    if (PAIRS[ch]) stack.push({ ch, at: i });
    else if (CLOSERS[ch]) {
      const o = CLOSERS[ch];
      // Close the nearest matching opener; openers skipped over are unbalanced.
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.ch !== o) k--;
      if (k < 0) hits.push({ start: i, end: i + 1, message: PM.unpairedClose(ch, o) });
      else {
        for (const s of stack.splice(k))
          if (s.ch !== o) hits.push({ start: s.at, end: s.at + 1, message: PM.unpairedOpen(s.ch, PAIRS[s.ch]!) });
      }
    }
  }
  for (const s of stack) hits.push({ start: s.at, end: s.at + 1, message: PM.unpairedOpen(s.ch, PAIRS[s.ch]!) });
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * 县公安局，县司法局，县市场监管局等部门 → 、: only where it is certain: every item is an organ's
 * name, and the list goes on inside the clause (等, 和, 及, 与, 共同, 联合, 分别), so the commas
 * cannot be clause breaks.
 */
const SUFFIX = '(?:人民政府|人民法院|人民检察院|委员会|政府|法院|检察院|中心|局|委|办|院|厅|署|大队|支队)';
/** An organ's name: with its place (县…局, 市…委), or short (公安局), never a clause (推进法治政府). */
const PLACED_RE = new RegExp(`^(?:县|市|区|省|州|镇|乡|街道|国家|自治区)[\\u4e00-\\u9fa5]{0,14}?${SUFFIX}$`);
const SHORT_RE = new RegExp(`^[\\u4e00-\\u9fa5]{1,4}${SUFFIX}$`);
/** Words that make a short segment a clause, not an organ's name. */
const NOT_ORGAN = /推进|加强|建设|开展|工作|落实|完善|推动|深化|健全|强化|提升|实施|坚持|全面|法治/;
const isOrgan = (s: string) => PLACED_RE.test(s) || (SHORT_RE.test(s) && !NOT_ORGAN.test(s));
/** What may stand before the first organ in its segment. */
const LEAD_RE = /^(?:由|会同|联合|组织|协调|指导|督促|要求|与|和|及)?(.+)$/;
/** What continues the list inside the clause after the last organ. */
const TAIL_RE = /等|和|及|与|共同|联合|分别/;

/** The organ at the start of the last segment, followed by a word that keeps the clause going. */
function tailOrgan(s: string): boolean {
  for (let k = 2; k <= Math.min(s.length - 1, 20); k++)
    if (isOrgan(s.slice(0, k)) && TAIL_RE.test(s.slice(k, k + 2)) && TAIL_RE.exec(s.slice(k))?.index === 0) return true;
  return false;
}

/** Quick test: an organ's name before a comma somewhere. */
const ORGAN_COMMA_RE = new RegExp(`${SUFFIX}[，,]`);

export function listComma(unit: ProofUnit): ProofHit[] {
  const t = unit.text;
  if (!ORGAN_COMMA_RE.test(t)) return [];
  const hits: ProofHit[] = [];
  // Segments between any marks; a list is a run of segments joined by commas.
  const parts = t.split(/([，,。；;：:！？!?、（）()《》“”\s])/);
  let offset = 0;
  const segs: { text: string; start: number; sep: string }[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const text = parts[k]!;
    const sep = parts[k + 1] ?? '';
    segs.push({ text, start: offset, sep });
    offset += text.length + sep.length;
  }
  const isComma = (k: number) => segs[k]!.sep === '，' || segs[k]!.sep === ',';
  for (let a = 0; a < segs.length; a++) {
    if (!isComma(a) || !isOrgan(LEAD_RE.exec(segs[a]!.text)?.[1] ?? '')) continue;
    let b = a + 1;
    while (b < segs.length && isComma(b) && isOrgan(segs[b]!.text)) b++;
    if (b >= segs.length) break;
    if (!tailOrgan(segs[b]!.text)) {
      a = b - 1;
      continue;
    }
    for (let k = a; k < b; k++) {
      const at = segs[k]!.start + segs[k]!.text.length;
      hits.push({ start: at, end: at + 1, to: '、', message: PM.listComma });
    }
    a = b - 1;
  }
  return hits;
}
