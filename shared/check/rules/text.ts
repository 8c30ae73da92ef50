/**
 * Text and punctuation (GB/T 15834 as GB/T 9704 applies it): full-width punctuation in Chinese,
 * ordinal forms, half-width digits, the dash in year ranges, placeholders left from a template,
 * and a 报告 that asks for approval.
 */
import { FIELD, M } from '../messages';
import { excerpt } from '../context';
import { findPlaceholder } from '../fields';
import type { CheckContext, Hit, TextUnit } from '../types';

/** Chinese characters and full-width punctuation: what a half-width mark must not touch. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—]/;
const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);
/** "(1)" and "(一)": reported by the ordinal rule instead. */
const BRACKET_ORDINAL = /^\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)/;

/** Body text units (not the header fields, whose own rules say what is wrong with them). */
const bodyUnits = (ctx: CheckContext) => ctx.units.filter((u) => u.kind !== 'meta');
const textUnits = (ctx: CheckContext) =>
  ctx.units.filter((u) => u.kind !== 'meta' || (u.location.type === 'meta' && u.location.field === 'title'));

/** One finding per place (a section's own text, the lead, a field) with the count, not one per paragraph: web copies have hundreds. */
export function halfWidthPunct(ctx: CheckContext): Hit[] {
  const byPlace = new Map<string, { hit: Hit; count: number; marks: Set<string> }>();
  for (const u of textUnits(ctx)) {
    const t = u.text;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (!',.:;?!()"'.includes(ch)) continue;
      if (ch === '(') {
        const ord = BRACKET_ORDINAL.exec(t.slice(i));
        if (ord) {
          i += ord[0].length - 1;
          continue;
        }
      }
      // A full stop after a digit is a decimal point or a "1." ordinal.
      const bad = ch === '.' ? isCjk(t[i - 1]) : isCjk(t[i - 1]) || isCjk(t[i + 1]);
      if (!bad) continue;
      const key = placeKey(u);
      let place = byPlace.get(key);
      if (!place)
        byPlace.set(key, (place = { hit: { message: '', location: u.location, excerpt: excerpt(t, i, 1) }, count: 0, marks: new Set() }));
      place.count++;
      place.marks.add(ch);
    }
  }
  return [...byPlace.values()].map(({ hit, count, marks }) => ({
    ...hit,
    message: M.halfWidthPunct([...marks].map((m) => `“${m}”`).join(''), count),
  }));
}

function placeKey(u: TextUnit): string {
  const l = u.location;
  return l.type === 'section' ? l.sectionId : l.type === 'meta' ? `meta:${l.field}` : l.type === 'slot' ? `slot:${l.slotId}` : l.type;
}

/** The lead announces the body: "现将……报告如下：" ends with a colon. */
export function leadEnding(ctx: CheckContext): Hit[] {
  const last = [...ctx.units].reverse().find((u) => u.kind === 'lead' && u.text.trim());
  if (!last) return [];
  const text = last.text.trim();
  const m = /如下([。.，,:;；]?)$/.exec(text);
  return m && m[1] !== undefined && m[1] !== '：' ? [{ message: M.leadEnding, location: last.location, excerpt: text.slice(-8) }] : [];
}

const ORDINALS: { re: RegExp; message: (typed: string) => string }[] = [
  { re: /（[一二三四五六七八九十]{1,3}）、/, message: M.ordinalComma },
  { re: /\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)/, message: M.ordinalHalfBracket },
  { re: /(?<=^|[。；;：:]\s*)\d{1,2}、/, message: M.ordinalArabicComma },
];

export function ordinalForm(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const u of bodyUnits(ctx)) {
    if (u.kind === 'heading') continue; // typed numbers in headings have their own rule
    for (const { re, message } of ORDINALS) {
      const m = re.exec(u.text);
      if (m) hits.push({ message: message(m[0]), location: u.location, excerpt: excerpt(u.text, m.index, m[0].length) });
    }
  }
  return hits;
}

export function fullWidthDigits(ctx: CheckContext): Hit[] {
  return firstMatchPerUnit(ctx.units, /[０-９]+(?:[．.][０-９]+)?/, (m) => M.fullWidthDigits(m));
}

/** "（20212025年）": a year range that lost its dash (copying from PDFs does this). */
export function yearRangeDash(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const u of bodyUnits(ctx)) {
    for (const m of u.text.matchAll(/(?<!\d)((?:19|20)\d{2})\s?((?:19|20)\d{2})(?=年)/g)) {
      if (Number(m[2]) <= Number(m[1])) continue;
      hits.push({
        message: M.yearRangeDash(`${m[0]}年`, `${m[1]}—${m[2]}年`),
        location: u.location,
        excerpt: excerpt(u.text, m.index, m[0].length + 1),
      });
      break;
    }
  }
  return hits;
}

function unitName(u: TextUnit): string {
  if (u.location.type === 'meta') return FIELD[u.location.field];
  return u.kind === 'heading' ? '标题' : u.kind === 'lead' ? '开头段' : '正文';
}

export function placeholder(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const u of ctx.units) {
    const mark = findPlaceholder(u.text);
    if (mark)
      hits.push({
        message: M.placeholder(unitName(u), mark),
        location: u.location,
        excerpt: excerpt(u.text, u.text.indexOf(mark), mark.length),
      });
  }
  return hits;
}

/** 《党政机关公文处理工作条例》: 报告 must not carry a request (请示事项). */
const APPROVAL = /[妥当]否[，,]?\s*请批示|请予?审批|请予?批准|请予?批复/;

export function reportAsksApproval(ctx: CheckContext): Hit[] {
  return firstMatchPerUnit(bodyUnits(ctx), APPROVAL, (m) => M.reportAsksApproval(m));
}

function firstMatchPerUnit(units: readonly TextUnit[], re: RegExp, message: (match: string) => string): Hit[] {
  const hits: Hit[] = [];
  for (const u of units) {
    const m = re.exec(u.text);
    if (m) hits.push({ message: message(m[0]), location: u.location, excerpt: excerpt(u.text, m.index, m[0].length) });
  }
  return hits;
}
