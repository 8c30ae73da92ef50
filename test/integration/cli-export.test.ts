/** `gongwen export`: the built CLI, as a batch job would run it (import a seed, export with --set). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SEEDS_DIR, rm, tempDir } from '../helpers/paths';
import JSZip from 'jszip';
import { docxText } from '../helpers/docx-text';

let dir: string;
const draft = () => path.join(dir, 'huzhu.json');

function gongwen(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gongwen.cjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const FIELDS = [
  'header=互助县人民政府文件',
  'docNumber=互政〔2025〕12号',
  'signers=张三',
  'addressee=海东市人民政府',
  'organ=互助县人民政府',
  'date=2025年3月17日',
  'cc=县委办公室,县人大常委会办公室',
  'printedBy=互助县人民政府办公室',
  'printedDate=2025年3月20日',
  'title=互助县人民政府关于2024年度法治政府建设情况的报告',
];
const setArgs = (fields: string[]) => fields.flatMap((s) => ['--set', s]);
const SETS = setArgs(FIELDS);
/** Everything but the 发文字号. */
const NO_NUMBER = setArgs(FIELDS.filter((s) => !s.startsWith('docNumber=')));

beforeAll(() => {
  dir = tempDir('gongwen-export-');
  const r = gongwen(['import', path.join(SEEDS_DIR, 'huzhu-2024.txt'), '-o', draft()]);
  expect(r.code, r.err).toBe(0);
});
afterAll(() => rm(dir));

describe('gongwen export', () => {
  test('writes the official .docx with the --set header and colophon fields', async () => {
    const r = gongwen(['export', draft(), '-o', 'out.docx', ...SETS]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已导出');
    const text = await docxText(path.join(dir, 'out.docx'));
    for (const s of [
      '互助县人民政府文件',
      '互政〔2025〕12号',
      '签发人：',
      '张三',
      '海东市人民政府：',
      '2025年3月17日',
      '抄送：县委办公室，县人大常委会办公室。',
      '互助县人民政府办公室',
      '2025年3月20日印发',
    ]) {
      expect(text).toContain(s);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('--web leaves out the 版头 and 版记; without -o the file is named after the title', async () => {
    const r = gongwen(['export', draft(), '--web', ...SETS]);
    expect(r.code, r.err).toBe(0);
    const file = path.join(dir, '互助县人民政府关于2024年度法治政府建设情况的报告（网站公开版）.docx');
    const text = await docxText(file);
    expect(text).toContain('法治政府建设情况的报告');
    expect(text).not.toContain('互助县人民政府文件');
    expect(text).not.toContain('2025年3月20日印发');
  });

  test.each([
    [['--set', 'docNumber=互政[2025]12号'], '六角括号'],
    [['--set', 'docNumber=互政〔2025〕012号'], '不编虚位'],
    [['--set', 'date=2025.3.17'], '成文日期'],
    [['--set', 'colour=red'], '未知字段'],
    [['--web', '--draft'], '只能选一个'],
    [['-o', 'out.pdf'], '.docx'],
  ])('%j is refused with a Chinese message, exit 2, and no file is written', (extra, words) => {
    const before = fs.readdirSync(dir).sort();
    const r = gongwen(['export', draft(), ...SETS.slice(0, 2), ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  test('a missing or malformed draft file gets a clear message', () => {
    expect(gongwen(['export', 'nope.json', '-o', 'x.docx']).err).toContain('找不到文件');
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion":1}');
    const r = gongwen(['export', 'bad.json', '-o', 'x.docx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是有效的草稿文件');
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });

  test("the issue's example command (only the 版头 and 版记 fields) exports the official file; what is still missing is listed", async () => {
    const example = [
      'header=互助县人民政府文件',
      'docNumber=互政〔2025〕12号',
      'signers=张三',
      'printedBy=互助县人民政府办公室',
      'printedDate=2025年3月20日',
    ];
    const r = gongwen(['export', draft(), '-o', 'example.docx', ...setArgs(example)]);
    expect(r.code, r.err).toBe(0);
    expect(await docxText(path.join(dir, 'example.docx'))).toContain('互政〔2025〕12号');
    // Gaps do not stop the CLI (batch work), but each is printed, in the one vocabulary.
    expect(r.err).toMatch(/注意：另有 \d+ 处定稿前应补齐：/);
    expect(r.err).toContain('标题：未填写标题。');
    expect(r.err).not.toContain('必须');
  });

  test('an official export with error-level problems is refused with the reasons on stderr, exit 1, and nothing written; --draft exports', async () => {
    const before = fs.readdirSync(dir).sort();
    const r = gongwen(['export', draft(), '-o', 'held.docx', ...NO_NUMBER]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('未导出：文稿仍有 1 处导出前必须修改的问题，暂不能导出正式文件');
    expect(r.err).toContain('发文字号：正式文件须有发文字号。');
    expect(r.err).toContain('--draft');
    expect(fs.readdirSync(dir).sort()).toEqual(before);

    const d = gongwen(['export', draft(), '-o', 'held-draft.docx', '--draft', ...NO_NUMBER]);
    expect(d.code, d.err).toBe(0);
    const file = path.join(dir, 'held-draft.docx');
    expect(await docxText(file)).toContain('（发文字号待定）');
    // The 草稿 mark is in the page header.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const headers = await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((f) => f.async('string')));
    expect(headers.some((x) => x.includes('草稿（未定稿）'))).toBe(true);
  });

  test('the web version needs no 发文字号 but is refused for a template placeholder still in the text', () => {
    expect(gongwen(['export', draft(), '--web', '-o', 'web-ok.docx', ...NO_NUMBER]).code).toBe(0);
    const r = gongwen([
      'export',
      draft(),
      '--web',
      '-o',
      'web-held.docx',
      ...NO_NUMBER,
      '--set',
      'title=××县人民政府关于2024年度法治政府建设情况的报告',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('暂不能导出网站公开版');
    expect(r.err).toContain('占位符');
    expect(fs.existsSync(path.join(dir, 'web-held.docx'))).toBe(false);
  });

  // Word holds an open .docx locked and Windows refuses to replace it (EBUSY/EPERM); Linux has no
  // such lock, and as root a read-only mode does not stop a write. Simulated here: the target
  // name is taken by a folder, which the OS refuses to replace the same way (EISDIR; EPERM on Windows).
  test('a target that cannot be replaced gets the Chinese FILE_BUSY message and nothing is lost', () => {
    const busy = path.join(dir, 'busy.docx');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'keep.txt'), 'old');
    const r = gongwen(['export', draft(), '-o', 'busy.docx', ...SETS]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法写入“busy.docx”');
    expect(r.err).toContain('请另存为其他文件名');
    expect(fs.readFileSync(path.join(busy, 'keep.txt'), 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a save location that does not exist is named in the message', () => {
    const r = gongwen(['export', draft(), '-o', 'no-such-folder/out.docx', ...SETS]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到保存位置');
    expect(r.err).toContain('no-such-folder');
  });

  test('an existing output file is replaced whole', async () => {
    const out = path.join(dir, 'again.docx');
    fs.writeFileSync(out, 'old');
    const r = gongwen(['export', draft(), '-o', 'again.docx', ...SETS]);
    expect(r.code, r.err).toBe(0);
    expect(await docxText(out)).toContain('互政〔2025〕12号');
  });
});
