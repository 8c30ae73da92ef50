/** Character classes the punctuation and number rules share. */

const HAN_RE = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Full-width punctuation and the Chinese quotation marks, dashes and ellipsis. */
const FULL_PUNCT_RE = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN_RE.test(ch);
/** Chinese text: a Han character or full-width punctuation. */
export const isChinese = (ch: string | undefined): boolean => ch !== undefined && (HAN_RE.test(ch) || FULL_PUNCT_RE.test(ch));
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);

/** Half-width punctuation and its full-width form in Chinese text (GB/T 15834). */
export const FULL_FORM: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '.': '。',
};
