/**
 * Numbering: levels nest without skipping; numbers typed into text (which would print twice
 * next to the generated ones, or run on across headings); 一是/二是 enumerations in order.
 */
import type { SectionLevel } from '../../model/document';
import { headingLabel, chineseNumeral, parseHeadingPrefix } from '../../headings/index';
import { M } from '../messages';
import { excerpt, paragraphScopes } from '../context';
import type { CheckContext, Hit } from '../types';

const form = (level: SectionLevel) => headingLabel(level, 1);

export function levelSkipped(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  const reported = new Set<string>();
  for (const s of ctx.sections) {
    const parent = ctx.parents.get(s.id);
    const allowed = parent ? parent.level + 1 : 1;
    const key = parent?.id ?? '#body';
    if (s.level <= allowed || reported.has(key)) continue;
    reported.add(key);
    hits.push({ message: M.levelSkipped(form(s.level), parent ? form(parent.level) : ''), location: { type: 'section', sectionId: s.id } });
  }
  return hits;
}

export function typedNumberHeading(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const u of ctx.units) {
    if (u.kind !== 'heading') continue;
    const p = parseHeadingPrefix(u.text);
    if (p) hits.push({ message: M.typedNumberHeading(p.label), location: u.location, excerpt: excerpt(u.text, 0, p.label.length) });
  }
  return hits;
}

/** A paragraph starting 一、 or （一）: a heading typed as text. */
export function typedNumberParagraph(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const u of ctx.units) {
    if (u.kind !== 'paragraph' && u.kind !== 'lead') continue;
    const p = parseHeadingPrefix(u.text);
    if (p && p.level <= 2)
      hits.push({ message: M.typedNumberParagraph(p.label), location: u.location, excerpt: excerpt(u.text, 0, p.label.length) });
  }
  return hits;
}

/** Typed 1. 2. 3. / （1）（2） at paragraph starts run 1, 2, 3 within each heading. */
export function typedSequence(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const scope of paragraphScopes(ctx)) {
    const last: number[] = [0, 0, 0, 0, 0];
    for (const text of scope.texts) {
      const p = parseHeadingPrefix(text);
      if (!p || p.level < 3) continue;
      const expected = last[p.level]! + 1;
      if (p.number !== expected && p.number !== 1) {
        hits.push({
          message: M.typedSequence(p.label, headingLabel(p.level, expected)),
          location: scope.location,
          excerpt: excerpt(text, 0, p.label.length),
        });
        break;
      }
      last[p.level] = p.number;
      for (let l = p.level + 1; l <= 4; l++) last[l] = 0;
    }
  }
  return hits;
}

/** 一是 … 二是 … with a boundary before it, so 统一是 and 第一是 are not enumerations. */
const INLINE = /(?:^|[。；;：:，,！？!?\s“”（(])([一二三四五六七八九十]{1,3})是(?![否非])/g;
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnValue(s: string): number {
  if (s.length === 1) return CN[s] ?? NaN;
  if (s.startsWith('十')) return 10 + (CN[s[1]!] ?? NaN);
  if (s.length === 2 && s[1] === '十') return (CN[s[0]!] ?? NaN) * 10;
  if (s.length === 3 && s[1] === '十') return (CN[s[0]!] ?? NaN) * 10 + (CN[s[2]!] ?? NaN);
  return NaN;
}

export function inlineSequence(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const scope of paragraphScopes(ctx)) {
    let prev = 0;
    for (const text of scope.texts) {
      for (const m of text.matchAll(INLINE)) {
        const n = cnValue(m[1]!);
        if (!Number.isFinite(n)) continue;
        const word = `${m[1]}是`;
        if (n !== 1 && n !== prev + 1) {
          const at = m.index + m[0].length - word.length;
          hits.push({
            message:
              prev === 0
                ? M.inlineSequenceStart(word)
                : M.inlineSequenceGap(word, `${chineseNumeral(prev)}是`, `${chineseNumeral(prev + 1)}是`),
            location: scope.location,
            excerpt: excerpt(text, at, word.length),
          });
        }
        prev = n;
      }
    }
  }
  return hits;
}
