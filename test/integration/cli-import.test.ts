/** `gongwen import`, `gongwen rollover` and `gongwen outline`, run as built, as a user runs them. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ReportDocument } from '../../shared/model/document';
import { ROOT, rm, SEEDS_DIR, tempDir } from '../helpers/paths';
import { sofficeConvert } from '../helpers/soffice';
import { SEED_OUTLINES, SEED_PLANS } from '../fixtures/seed-outlines';

let dir: string;
const seeds = Object.keys(SEED_OUTLINES);
const docx: Record<string, string> = {};
let docFile: string;

function gongwen(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = tempDir('gongwen-cli-import-');
  const inputs = seeds.map((s) => path.join(SEEDS_DIR, s));
  sofficeConvert(inputs, 'docx', dir).forEach((p, i) => (docx[seeds[i]!] = p));
  docFile = sofficeConvert([inputs[1]!], 'doc', dir)[0]!;
});
afterAll(() => rm(dir));

describe('gongwen outline', () => {
  for (const name of seeds) {
    test(`${name}: the same outline from the .txt, the .docx and the imported draft`, () => {
      const txt = gongwen('outline', path.join(SEEDS_DIR, name));
      expect(txt.code).toBe(0);
      expect(txt.out).toBe(SEED_OUTLINES[name]);
      const fromDocx = gongwen('outline', docx[name]!);
      expect(fromDocx.out).toBe(SEED_OUTLINES[name]);
      const draft = `${name}.json`;
      expect(gongwen('import', path.join(SEEDS_DIR, name), '-o', draft).code).toBe(0);
      expect(gongwen('outline', draft).out).toBe(SEED_OUTLINES[name]);
    });
  }

  test('a missing file: exit 2 and a Chinese message', () => {
    const r = gongwen('outline', 'nowhere.docx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件：nowhere.docx');
  });
});

describe('gongwen import', () => {
  test('writes a valid draft and tells the clerk what it noticed', () => {
    const r = gongwen('import', path.join(SEEDS_DIR, 'furong-2019.txt'), '--template', 'fazhi-annual', '-o', 'furong.json');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('提示：文中有疑似网页被篡改插入的文字“凯发一触即发”');
    const doc = ReportDocument.parse(JSON.parse(fs.readFileSync(path.join(dir, 'furong.json'), 'utf8')));
    expect(doc.meta).toMatchObject({ year: 2019, templateId: 'fazhi-annual', title: '关于2019年度法治政府建设情况的报告' });
  });

  test('without -o the draft goes to stdout', () => {
    const r = gongwen('import', docx['fushun-2024.txt']!);
    expect(r.code).toBe(0);
    expect(ReportDocument.parse(JSON.parse(r.out)).meta.year).toBe(2024);
  });

  test('a renamed .doc is refused with the save-as advice, and no output file is left', () => {
    const renamed = path.join(dir, '去年报告.docx');
    fs.copyFileSync(docFile, renamed);
    const r = gongwen('import', renamed, '-o', 'out.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/错误：这是旧版 Word（\.doc）或 WPS（\.wps）格式的文件.*另存为 \.docx 后再导入/);
    expect(fs.existsSync(path.join(dir, 'out.json'))).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('an unknown template is refused', () => {
    const r = gongwen('import', path.join(SEEDS_DIR, 'fushun-2024.txt'), '--template', 'nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到模板：nope');
  });
});

describe('gongwen rollover', () => {
  test('rolls each seed forward; the source file is not touched', () => {
    for (const name of seeds) {
      const src = `${name}.src.json`;
      expect(gongwen('import', path.join(SEEDS_DIR, name), '-o', src).code).toBe(0);
      const before = fs.readFileSync(path.join(dir, src));
      const r = gongwen('rollover', src, '-o', `${name}.next.json`);
      expect(r.code).toBe(0);
      expect(r.err).toMatch(/提示：已将 \d+ 处数字标为“待核实”/);
      expect(fs.readFileSync(path.join(dir, src)).equals(before)).toBe(true);
      const next = ReportDocument.parse(JSON.parse(fs.readFileSync(path.join(dir, `${name}.next.json`), 'utf8')));
      const from = ReportDocument.parse(JSON.parse(before.toString('utf8')));
      expect(next.meta.year).toBe(from.meta.year + 1);
      expect(next.rollover!.plans.map((p) => p.text)).toEqual(SEED_PLANS[name]);
    }
    const fushun = gongwen('outline', 'fushun-2024.txt.next.json');
    expect(fushun.out.trim().split('\n').pop()).toBe('1\tplans\t2026年工作打算');
    const furong = gongwen('outline', 'furong-2019.txt.next.json');
    expect(furong.out.split('\n').slice(0, 2)).toEqual(['# title: 关于2020年度法治政府建设情况的报告', '# signed: 芙蓉区司法局']);
  });

  test('--year must be after the source year; a non-draft JSON is refused', () => {
    expect(gongwen('import', path.join(SEEDS_DIR, 'fushun-2024.txt'), '-o', 'f.json').code).toBe(0);
    const early = gongwen('rollover', 'f.json', '--year', '2023');
    expect(early.code).toBe(2);
    expect(early.err).toContain('新报告的年度应在原报告年度（2024年）之后');
    fs.writeFileSync(path.join(dir, 'not-a-draft.json'), '{"hello": 1}');
    const bad = gongwen('rollover', 'not-a-draft.json');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不是有效的草稿文件');
  });
});
