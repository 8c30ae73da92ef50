import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../shared/check/index';
import { getTemplate, newDocument } from '../../shared/templates';
import type { ReportDocument } from '../../shared/model/document';

const organ = { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政' };
const doc = (): ReportDocument => newDocument(getTemplate('fazhi-annual')!, 2025, organ);
const identity = (d: ReportDocument) => checkDocument(d).filter((f) => f.rule === 'organ-identity');

describe('mixed identity: every place naming the organ names the 发文机关', () => {
  test('a new draft from the profile is consistent', () => {
    expect(identity(doc())).toEqual([]);
  });

  test('a 署名 of another organ is a gap at the 署名 field', () => {
    const d = doc();
    d.meta.signature.organ = '互助县司法局';
    expect(identity(d)).toEqual([
      expect.objectContaining({
        level: 'gap',
        group: 'meta',
        location: { type: 'meta', field: 'signatureOrgan' },
        message: '署名“互助县司法局”与发文机关“互助县人民政府”不一致：请核对是否混入了其他机关的文稿，或在“文件信息”中套用正确的机关信息。',
      }),
    ]);
  });

  test('each member of the class: 署名, 发文机关标志 and the title’s organ, each at its own field', () => {
    const d = doc();
    d.meta.signature.organ = '互助县司法局';
    d.meta.organ.headerText = '互助县司法局文件';
    d.meta.title = '互助县司法局关于2025年度法治政府建设情况的报告';
    expect(identity(d).map((f) => f.location)).toEqual([
      { type: 'meta', field: 'signatureOrgan' },
      { type: 'meta', field: 'organHeader' },
      { type: 'meta', field: 'title' },
    ]);
  });

  test('look-alikes stay quiet: spaces, a joint header, a title without an organ, the placeholder, no 发文机关 yet', () => {
    const d = doc();
    d.meta.signature.organ = '互助县 人民政府';
    d.meta.organ.headerText = '互助县人民政府 互助县司法局文件';
    d.meta.title = '关于2025年度法治政府建设情况的报告';
    expect(identity(d)).toEqual([]);
    d.meta.title = '××关于2025年度法治政府建设情况的报告';
    expect(identity(d)).toEqual([]);
    const none = newDocument(getTemplate('fazhi-annual')!, 2025, { fullName: '', headerText: '', code: '' });
    none.meta.signature.organ = '互助县司法局';
    expect(identity(none)).toEqual([]);
  });
});
