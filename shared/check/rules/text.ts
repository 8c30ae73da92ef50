/**
 * Text rules: the lead's closing colon, ordinal forms, placeholders left from a template, and a
 * 报告 that asks for approval. Punctuation, digits, dates and words are 公文校对's
 * (shared/proofread, in the table through rules/proofread.ts).
 */
import { M } from '../messages';
import { FINDING_FIELDS } from '../../header-fields/table';
import { excerpt } from '../context';
import { findPlaceholder } from '../fields';
import type { CheckContext, Hit, TextUnit } from '../types';

/** Body text units (not the header fields, whose own rules say what is wrong with them). */
const bodyUnits = (ctx: CheckContext) => ctx.units.filter((u) => u.kind !== 'meta');

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

function unitName(u: TextUnit): string {
  if (u.location.type === 'meta') return FINDING_FIELDS[u.location.field].label;
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
