/**
 * Which 版头 and 版记 fields a report must carry is the template's decision (`header` in its
 * JSON): the 政府信息公开工作年度报告, published on the portal, is not held back for want of a
 * 发文字号, 签发人, 主送机关 or 版记, while the 法治政府 report (a 公文 under a number) still is. The
 * checker and the export gate read the same flag (`gongwen check`: test/integration/gov-info-cli).
 */
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../shared/check/index';
import { exportGate } from '../../shared/export/gate';
import { Template } from '../../shared/model/template';
import { getTemplate, listTemplates, newDocument } from '../../shared/templates';
import { parseDocNumber } from '../../shared/doc-number';
import raw from '../../templates/gov-info-annual.json';

const ORGAN = { fullName: '某县司法局', headerText: '某县司法局文件', code: '某司' };
/** The rules each header field answers to, and the level its absence has. */
const FIELD_RULES = { docNumber: 'doc-number-missing', signers: 'signers-missing', addressee: 'addressee-missing', colophon: 'colophon-missing' } as const;

/** A new draft of the template with nothing in the header fields, as an upward report to be sure 签发人 counts. */
function bare(id: string) {
  const doc = newDocument(getTemplate(id)!, 2024, ORGAN);
  doc.meta = { ...doc.meta, direction: 'up', docNumber: null, signers: [], addressee: '', printedBy: '', printedDate: '' };
  return doc;
}

describe('the header fields a template requires', () => {
  test('the 年报 requires none of them; the 法治政府 report all of them', () => {
    expect(getTemplate('gov-info-annual')!.header).toEqual({ docNumber: false, signers: false, addressee: false, colophon: false });
    expect(getTemplate('fazhi-annual')!.header).toEqual({ docNumber: true, signers: true, addressee: true, colophon: true });
  });

  test.each(listTemplates().map((t) => [t.id, t] as const))('%s: the checker and the export gate follow the flags', (id, template) => {
    const doc = bare(id);
    const rules = new Set(checkDocument(doc).map((f) => f.rule));
    const blocking = new Set(exportGate(doc, 'official').blocking.map((r) => r.rule));
    const gaps = new Set(exportGate(doc, 'official').gaps.map((r) => r.rule));
    for (const [field, rule] of Object.entries(FIELD_RULES) as [keyof typeof FIELD_RULES, string][]) {
      expect(rules.has(rule), `${id} ${rule}`).toBe(template.header[field]);
      expect(blocking.has(rule) || gaps.has(rule), `${id} ${rule} in the gate`).toBe(template.header[field]);
    }
    // 发文字号 and 签发人 refuse the official file; 主送 and 版记 are asked about.
    expect(blocking.has('doc-number-missing')).toBe(template.header.docNumber);
    expect(blocking.has('signers-missing')).toBe(template.header.signers);
  });

  test('a 发文字号 the 年报 does carry is still checked for its form', () => {
    const doc = bare('gov-info-annual');
    const n = parseDocNumber('某司〔2024〕1号');
    if (!n.ok) throw new Error(n.message);
    doc.meta.docNumber = n.value;
    expect(checkDocument(doc).map((f) => f.rule)).not.toContain('doc-number-format');
    doc.meta.docNumber = { ...n.value, seq: 0 };
    expect(checkDocument(doc).map((f) => f.rule)).toContain('doc-number-format');
  });

  test('the template schema validates the flags', () => {
    expect(Template.safeParse({ ...raw, header: { docNumber: 'no' } }).success).toBe(false);
    expect(Template.safeParse({ ...raw, header: { docNumber: false, issuer: false } }).success).toBe(false);
    expect(Template.parse({ ...raw, header: undefined }).header).toEqual({ docNumber: true, signers: true, addressee: true, colophon: true });
  });
});
