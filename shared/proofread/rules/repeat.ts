/** 重复: a function word typed twice (的的, 了了) and a word typed twice (精神精神). */
import { isHan } from '../chars';
import { PM } from '../messages';
import type { ProofHit, ProofUnit } from '../types';

/** Characters that are never meant twice in a row in 公文 prose… */
const DOUBLE_RE = /([的了是和与把被将并])\1+/g;
/** …unless the second starts a word (为了了解, 稳定和和谐) or the first ends one (目的的, 但是是否). */
const NEXT_OK: Readonly<Record<string, string>> = {
  的: '确',
  了: '解结却',
  是: '否非',
  和: '谐睦美平',
  与: '会否',
  把: '握关',
  被: '告',
  将: '来军',
  并: '列入购且',
};
const PREV_OK: Readonly<Record<string, string>> = {
  的: '目',
  与: '参',
  了: '为除甚',
  是: '凡于但就总还若要只即或正可倒不都也',
  和: '温缓柔',
};

/** Words made of such a pair. */
const WORDS_OK = ['不甚了了', '了了分明'];

export function repeatChar(unit: ProofUnit): ProofHit[] {
  const t = unit.text;
  const hits: ProofHit[] = [];
  DOUBLE_RE.lastIndex = 0;
  for (let m = DOUBLE_RE.exec(t); m; m = DOUBLE_RE.exec(t)) {
    const ch = m[1]!;
    const end = m.index + m[0].length;
    const next = t[end] ?? '';
    // Only when a word can go on: "参与与监督" is 参与 and 监督, "参与与。" is a slip.
    const ambiguous = NEXT_OK[ch]?.includes(next) || (PREV_OK[ch]?.includes(t[m.index - 1] ?? '\0') && isHan(next));
    if (m[0].length === 2 && (ambiguous || WORDS_OK.some((w) => t.startsWith(w, m.index - w.indexOf(m[0]))))) continue;
    hits.push({ start: m.index, end, to: ch, message: PM.repeatChar(m[0], ch) });
  }
  return hits;
}

/**
 * A word of two to four characters typed twice. Not: 一项一项 (one by one), and a verb before
 * the noun made from it (规范规范性文件, 管理管理人员), which the next character tells.
 */
/** 一 and a measure word: 一项一项 is "one by one". */
const MEASURED = /^一[个项件步批次年天点层级环桩条位名家户张份遍趟]$/;
const NOUN_SUFFIX = /^[性化者员人类班组费处科局室型式家]/;
const REDUPLICATED_OK = new Set(['研究研究', '讨论讨论', '商量商量', '学习学习', '看看', '试一试']);

const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fa5;

/** Where a word of `k` Han characters at `i` is typed again right after it. */
function doubledAt(t: string, i: number, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const c = t.charCodeAt(i + j);
    if (!isHanCode(c) || c !== t.charCodeAt(i + k + j)) return false;
  }
  return true;
}

export function repeatWord(unit: ProofUnit): ProofHit[] {
  const t = unit.text;
  const hits: ProofHit[] = [];
  // By character codes (a backreference regex over every position is the slow way).
  for (let i = 0; i + 4 <= t.length; i++) {
    for (let k = 2; k <= 4 && i + 2 * k <= t.length; k++) {
      if (!doubledAt(t, i, k)) continue;
      const word = t.slice(i, i + k);
      let end = i + 2 * k;
      while (t.startsWith(word, end)) end += k;
      const typed = t.slice(i, end);
      const skip =
        MEASURED.test(word) || // 一项一项, 一步一步
        new Set(word).size === 1 || // 人人人人: the single-character rule's business
        REDUPLICATED_OK.has(typed) ||
        NOUN_SUFFIX.test(t.slice(end, end + 1));
      if (!skip) hits.push({ start: i, end, to: word, message: PM.repeatWord(typed, word) });
      i = end - 1;
      break;
    }
  }
  return hits;
}
