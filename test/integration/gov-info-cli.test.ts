/**
 * `gongwen outline` and `gongwen check` know the 政府信息公开 年报: a web copy's six parts map to
 * the template's slots (a flattened table row starting “一、” is no heading), and the checker
 * names a balance that fails at its cell; the 年报 is not asked for a 发文字号, the 法治政府 report is.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, rm, tempDir } from '../helpers/paths';

function gongwen(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const WEB = [
  '某县人民政府办公室2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年，本机关全年主动公开政府信息1200条。',
  '二、主动公开政府信息情况',
  '行政许可 | 12',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7',
  '二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
  '（七）总计 | 5 | 1 | 0 | 0 | 0 | 0 | 6',
  '四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1',
  '四、政府信息公开行政复议、行政诉讼情况',
  '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
  '五、存在的主要问题及改进情况',
  '一是公开的深度不够。',
  '六、其他需要报告的事项',
  '无。',
].join('\n');

test('outline: the six parts on their slots; check: the unbalanced 自然人 column at its cell', () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, '年报.txt');
    fs.writeFileSync(file, WEB);
    const outline = gongwen(['outline', file, '--template', 'gov-info-annual']);
    expect(outline.code).toBe(0);
    expect(outline.out.split('\n').filter((l) => l.startsWith('1\t'))).toEqual([
      '1\toverview\t总体情况',
      '1\tactive\t主动公开政府信息情况',
      '1\tapply\t收到和处理政府信息公开申请情况',
      '1\treview\t政府信息公开行政复议、行政诉讼情况',
      '1\tproblems\t存在的主要问题及改进情况',
      '1\tother\t其他需要报告的事项',
    ]);
    const imported = gongwen(['import', file, '--template', 'gov-info-annual', '-o', path.join(dir, 'draft.json')]);
    expect(imported.code, imported.err).toBe(0);
    const check = gongwen(['check', path.join(dir, 'draft.json'), '--json']);
    const report = JSON.parse(check.out) as { findings: { rule: string; message: string; cell?: { table: string; key: string } }[] };
    const balance = report.findings.filter((f) => f.rule === 'table-balance');
    // 6 + 1 = 7 against 5 + 1 = 6 in 自然人.
    expect(balance.map((f) => f.cell)).toEqual([{ table: 'gov-apply', key: 'forward.natural' }]);
    expect(balance[0]!.message).toContain('“自然人”列');
    expect(report.findings.filter((f) => f.rule === 'table-empty').map((f) => f.cell!.table)).toEqual(['gov-active', 'gov-apply']);
    // Published on the portal: no 发文字号, 签发人, 主送 or 版记 asked of it (the template's `header`).
    const headerRules = ['doc-number-missing', 'signers-missing', 'addressee-missing', 'colophon-missing'];
    expect(report.findings.filter((f) => headerRules.includes(f.rule))).toEqual([]);
    // The 法治政府 report, the same text parts without a 发文字号, still must have one.
    const fazhi = path.join(dir, '法治.txt');
    fs.writeFileSync(fazhi, ['某县司法局2023年法治政府建设情况的报告', '一、主要举措和成效', '全年办理行政复议案件十件。'].join('\n'));
    expect(gongwen(['import', fazhi, '--template', 'fazhi-annual', '-o', path.join(dir, 'fazhi.json')]).code).toBe(0);
    const fazhiReport = JSON.parse(gongwen(['check', path.join(dir, 'fazhi.json'), '--json']).out) as { findings: { rule: string; level: string }[] };
    expect(fazhiReport.findings.filter((f) => f.rule === 'doc-number-missing').map((f) => f.level)).toEqual(['error']);
  } finally {
    rm(dir);
  }
});
