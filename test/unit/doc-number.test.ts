/** The one 发文字号 rule: 代字〔YYYY〕N号, hexagonal brackets, no leading zeros, no 第. */
import { describe, expect, test } from 'vitest';
import { DOC_NUMBER_MESSAGES, checkDocNumber, formatDocNumber, parseDocNumber } from '../../shared/doc-number';

describe('parseDocNumber', () => {
  test.each([
    ['互政〔2025〕12号', { code: '互政', year: 2025, seq: 12 }],
    ['国办发〔2024〕1号', { code: '国办发', year: 2024, seq: 1 }],
    ['  青政办〔2023〕105号 ', { code: '青政办', year: 2023, seq: 105 }],
  ])('%s is read', (text, value) => {
    expect(parseDocNumber(text)).toEqual({ ok: true, value });
  });

  test.each([
    ['', 'empty'],
    ['互政[2025]12号', 'wrongBrackets'],
    ['互政【2025】12号', 'wrongBrackets'],
    ['互政（2025）12号', 'wrongBrackets'],
    ['互政2025年12号', 'noBrackets'],
    ['〔2025〕12号', 'noCode'],
    ['互 政〔2025〕12号', 'codeBad'],
    ['互政〔25〕12号', 'yearDigits'],
    ['互政〔２０２５〕12号', 'fullWidth'],
    ['互政〔1900〕12号', 'yearRange'],
    ['互政〔2025〕012号', 'leadingZero'],
    ['互政〔2025〕0号', 'leadingZero'],
    ['互政〔2025〕第12号', 'ordinal'],
    ['互政〔2025〕十二号', 'fullWidth'],
    ['互政〔2025〕12', 'noHao'],
    ['互政〔2025〕号', 'noSeq'],
    ['互政〔2025〕12号文', 'trailing'],
    ['互政〔2025〕100000号', 'seqRange'],
  ])('%s is refused (%s) with a Chinese message', (text, problem) => {
    const r = parseDocNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe(problem);
      expect(r.message).toBe(DOC_NUMBER_MESSAGES[problem as keyof typeof DOC_NUMBER_MESSAGES]);
      expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test('format and parse agree', () => {
    for (const n of [
      { code: '互政', year: 2025, seq: 1 },
      { code: '互政办发', year: 1999, seq: 99_999 },
    ]) {
      expect(formatDocNumber(n)).toMatch(/^.+〔\d{4}〕[1-9]\d*号$/);
      expect(parseDocNumber(formatDocNumber(n))).toEqual({ ok: true, value: n });
    }
    expect(checkDocNumber({ code: '互政', year: 2025, seq: 0 }).ok).toBe(false);
  });
});
