/** `check.run` through the real web bridge, and `gongwen check` as a user runs it. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, rm, tempDir } from '../helpers/paths';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { getTemplate, newDocument } from '../../shared/templates';
import { paragraph, type ReportDocument } from '../../shared/model/document';
import type { CheckReport } from '../../shared/check/index';

const dir = tempDir('gongwen-check-');
afterAll(() => rm(dir));

function gongwen(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), ...args, '--data-dir', path.join(dir, 'data')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A 请示 with everything an official document needs. */
function completeRequest(): ReportDocument {
  const doc = newDocument(getTemplate('request')!, 2024, {
    fullName: '互助县司法局',
    headerText: '互助县司法局文件',
    code: '互司',
    addressee: '互助县人民政府：',
    signers: ['张三'],
    printedBy: '互助县司法局办公室',
  });
  doc.meta.title = '互助县司法局关于增加法律顾问经费的请示';
  doc.meta.note = '（联系人：李四，联系电话：0972-8321234）';
  doc.meta.docNumber = { code: '互司', year: 2025, seq: 3 };
  doc.meta.signature.date = '2025年3月17日';
  doc.meta.printedDate = '2025年3月17日';
  doc.body = [
    paragraph(
      '为进一步发挥法律顾问在重大行政决策合法性审查中的作用，根据县政府工作安排，我局拟聘请专职法律顾问两名，所需经费约二十万元，请县财政予以保障，列入年度预算，按季度拨付，年终据实结算。',
    ),
    paragraph('妥否，请批示。'),
  ];
  return doc;
}

function write(name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return name;
}

describe('gongwen check', () => {
  test('a complete draft: exit 0 and no findings', () => {
    const r = gongwen(['check', write('ok.json', completeRequest())]);
    expect(r.err).toBe('');
    expect(r.out).toBe('导出前必须修改 0 处，定稿前应补齐 0 处，建议修改 0 处，提示 0 处\n未发现问题，可以导出正式文件。\n');
    expect(r.code).toBe(0);
  });

  test('a draft with an error-level finding: exit 1, Chinese lines naming the place', () => {
    const doc = completeRequest();
    doc.meta.docNumber = null;
    doc.meta.signature.date = '2025-03-17';
    const r = gongwen(['check', write('bad.json', doc)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[导出前必须修改] 发文字号：正式文件须有发文字号。');
    expect(r.out).toContain('[导出前必须修改] 成文日期：日期应写作“2025年3月17日”，用“年月日”，不用“.”“-”“/”分隔。');
    expect(r.out.split('\n')[1]).toBe('有 2 处导出前必须修改的问题，修改后才能导出正式文件。');
  });

  test('only warnings: exit 0', () => {
    const doc = completeRequest();
    doc.body[0] = paragraph(
      '我局拟聘请专职法律顾问两名,所需经费列入年度预算。为进一步发挥法律顾问作用，根据县政府工作安排，所需经费约二十万元，请县财政予以保障，按季度拨付，年终据实结算。',
    );
    const r = gongwen(['check', write('warn.json', doc)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^导出前必须修改 0 处，定稿前应补齐 0 处，建议修改 1 处/);
    expect(r.out).toContain('[建议修改] 正文：中文中的半角“,”应为全角“，”。（“专职法律顾问两名,所需经费列入年度”）');
  });

  test('gaps only (no 成文日期, no 署名): 定稿前应补齐, never called 必须, exit 0 — the official export would go ahead after confirming', () => {
    const doc = completeRequest();
    doc.meta.signature.date = '';
    doc.meta.signature.organ = '';
    const r = gongwen(['check', write('gaps.json', doc)]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      '导出前必须修改 0 处，定稿前应补齐 2 处，建议修改 0 处，提示 0 处',
      '可以导出正式文件，但有 2 处定稿前应补齐：导出时须逐项确认。',
    ]);
    expect(r.out).toContain('[定稿前应补齐] 成文日期：未填写成文日期。');
    expect(r.out).toContain('[定稿前应补齐] 署名：未填写署名。');
    const json = JSON.parse(gongwen(['check', 'gaps.json', '--json']).out) as CheckReport;
    expect(json.counts).toEqual({ error: 0, gap: 2, warning: 0, info: 0 });
    expect(json.blocking).toBe(false);
  });

  test('an empty heading: 导出前必须修改 at that heading, exit 1; `gongwen export` refuses the official file', () => {
    const t = getTemplate('fazhi-annual')!;
    const doc = newDocument(t, 2024, { fullName: '互助县人民政府', headerText: '互助县人民政府文件', code: '互政', addressee: '海东市人民政府：', signers: ['张三'] });
    doc.meta.title = '互助县人民政府关于2024年度法治政府建设情况的报告';
    doc.meta.docNumber = { code: '互政', year: 2025, seq: 12 };
    doc.meta.signature.date = '2025年3月17日';
    for (const b of doc.body) if (b.type === 'section') b.children = [paragraph('全县共办理行政复议案件一百二十件，依法纠正违法或者不当行政行为九件。'.repeat(40))];
    const second = doc.body[1]!;
    if (second.type === 'section') second.heading = ' ';
    const file = write('empty-heading.json', doc);
    const r = gongwen(['check', file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^导出前必须修改 1 处/);
    expect(r.out).toContain('[导出前必须修改] 二、：标题为空，导出后只会印出序号“二、”。请填回标题，如“存在的不足和原因”。');
    const e = gongwen(['export', file, '-o', 'empty-heading.docx']);
    expect(e.code).toBe(1);
    expect(e.err).toContain('未导出：文稿仍有 1 处导出前必须修改的问题，暂不能导出正式文件：');
    expect(e.err).toContain('二、：标题为空');
    expect(fs.existsSync(path.join(dir, 'empty-heading.docx'))).toBe(false);
  });

  test('--json gives the check.run answer', () => {
    const doc = completeRequest();
    doc.meta.signers = [];
    const r = gongwen(['check', write('json.json', doc), '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as CheckReport;
    expect(report.blocking).toBe(true);
    expect(report.counts).toEqual({ error: 1, gap: 0, warning: 0, info: 0 });
    // The level names and the verdict the panel shows.
    expect(report.levelNames).toEqual({ error: '导出前必须修改', gap: '定稿前应补齐', warning: '建议修改', info: '提示' });
    expect(report.verdict).toBe('有 1 处导出前必须修改的问题，修改后才能导出正式文件。');
    expect(report.findings[0]).toMatchObject({ rule: 'signers-missing', level: 'error', location: { type: 'meta', field: 'signers' } });
  });

  test('bad files: a clear Chinese message and exit 2', () => {
    expect(gongwen(['check', 'missing.json'])).toMatchObject({ code: 2, err: expect.stringContaining('找不到文件：missing.json') });
    expect(gongwen(['check', write('broken.json', '{"schemaVersion": 1,')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('不是有效的 JSON 草稿文件'),
    });
    expect(gongwen(['check', write('other.json', { hello: 'world' })])).toMatchObject({
      code: 2,
      err: expect.stringContaining('不是有效的草稿文件'),
    });
    expect(gongwen(['check'])).toMatchObject({ code: 2, err: expect.stringContaining('请给出一个草稿文件') });
  });
});

describe('check.run over the web bridge', () => {
  let bridge: RunningBridge;
  beforeAll(async () => {
    bridge = await startBridge();
  });
  afterAll(async () => {
    await bridge?.stop();
  });

  test('by draft id: a new 法治政府建设年度报告 lists its empty slots', async () => {
    const created = await bridge.call<{ id: string }>('drafts.create', { templateId: 'fazhi-annual', year: 2024 });
    expect(created.status).toBe(200);
    const { status, body } = await bridge.call<CheckReport>('check.run', { id: created.body.id });
    expect(status).toBe(200);
    expect(body.blocking).toBe(true);
    expect(body.findings.filter((f) => f.rule === 'slot-empty')).toHaveLength(5);
  });

  test('a document sent whole', async () => {
    const { status, body } = await bridge.call<CheckReport>('check.run', { doc: completeRequest() });
    expect(status).toBe(200);
    // The fields it always had, and the level names and verdict it gained.
    expect(body).toEqual({
      findings: [],
      blocking: false,
      counts: { error: 0, gap: 0, warning: 0, info: 0 },
      levelNames: { error: '导出前必须修改', gap: '定稿前应补齐', warning: '建议修改', info: '提示' },
      verdict: '未发现问题，可以导出正式文件。',
    });
  });

  test('an unknown id and a malformed input are refused in Chinese', async () => {
    const missing = await bridge.call<{ code: string; message: string }>('check.run', { id: 'no-such-draft' });
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect(missing.body.code).toBe('NOT_FOUND');
    const both = await bridge.call<{ code: string; message: string }>('check.run', { id: 'x', doc: completeRequest() });
    expect(both.body.code).toBe('BAD_INPUT');
    expect(both.body.message).toMatch(/^提交的内容格式不正确/);
  });
});
