/**
 * Mixed identity: every place a document names its organ — the 署名, the 发文机关标志 and the
 * title's “××关于……” — names the 发文机关 the draft is for (meta.organ.fullName, filled from the
 * saved 机关信息). A report imported from another bureau's page, or a profile changed halfway,
 * leaves one of them naming someone else.
 */
import { M } from '../messages';
import type { CheckContext, Hit } from '../types';

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The same organ: equal, or one name within the other (a 联合行文 header, 县政府 within its full name). */
function sameOrgan(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

/** The organ a title names before 关于, if any (“互助县司法局关于……的报告”). */
function titleOrgan(title: string): string {
  const i = title.indexOf('关于');
  return i > 0 ? squeeze(title.slice(0, i)) : '';
}

export function organIdentity({ doc }: CheckContext): Hit[] {
  const organ = squeeze(doc.meta.organ.fullName);
  if (!organ) return [];
  const hits: Hit[] = [];
  const signed = squeeze(doc.meta.signature.organ);
  if (signed && !sameOrgan(signed, organ))
    hits.push({ message: M.identitySignature(signed, organ), location: { type: 'meta', field: 'signatureOrgan' }, excerpt: signed });
  const header = squeeze(doc.meta.organ.headerText).replace(/文件$/, '');
  if (header && !sameOrgan(header, organ))
    hits.push({ message: M.identityHeader(header, organ), location: { type: 'meta', field: 'organHeader' }, excerpt: header });
  const titled = titleOrgan(doc.meta.title);
  // ×× is the template's placeholder, found by its own rule.
  if (titled && !titled.includes('××') && !sameOrgan(titled, organ))
    hits.push({ message: M.identityTitle(titled, organ), location: { type: 'meta', field: 'title' }, excerpt: titled });
  return hits;
}
