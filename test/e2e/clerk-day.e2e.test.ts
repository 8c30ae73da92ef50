/**
 * The clerk's day at 1366×768, in Chromium on the real UI and bridge with a fresh data folder:
 * the first launch invites her to fill 机关信息 (an empty one is refused); 新建 asks the year and
 * 文件信息 changes it; an import's notes (with a pasted-in gambling slogan) survive a reload until
 * dismissed, the slogan a 检查 finding until 忽略; a double click on 取号 takes one number; the
 * list shows where a draft came from and puts 删除's 撤销 in the row. Screens at 1366×768 and
 * 1920×1080 go to test/.artifacts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage } from '../helpers/browser';
import { ROOT, SEEDS_DIR } from '../helpers/paths';
import type { DraftRecord, DraftSummary } from '../../shared/contract/drafts';
import type { OrganProfile } from '../../shared/contract/profiles';
import { defaultReportYear } from '../../shared/report-year';
import { PROFILE_MESSAGES } from '../../shared/profile-messages';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
const ARTIFACTS = path.join(ROOT, 'test/.artifacts');

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser, { width: 1366, height: 768 });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

/** The screen as it is, at 1366×768 and at 1920×1080, then back. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `clerk-${name}-1366.png`) });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: path.join(ARTIFACTS, `clerk-${name}-1920.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });
}

const body = <T>(name: string, input: unknown) => bridge.call<T>(name, input).then((r) => r.body);
const stored = (id: string) => body<DraftRecord>('drafts.get', { id });
const draftId = (page: Page) => /#\/draft\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
}

test('first run: the 草稿箱 invites the clerk to fill 机关信息, says why, refuses it empty, and new drafts use it', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  const card = page.getByTestId('first-run');
  await card.waitFor();
  const text = await card.innerText();
  for (const word of ['红头', '发文字号', '签发人', '版记']) expect(text).toContain(word);
  await shoot(page, 'first-run');

  // 保存 with nothing filled: the message under 发文机关全称, and nothing saved.
  await card.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => card.locator('[data-field="fullName"] .gw-field-error').innerText()).toBe(PROFILE_MESSAGES.fullNameMissing);
  expect(await body<OrganProfile[]>('profiles.list', {})).toEqual([]);
  // The service refuses it too, whoever calls.
  const refused = await bridge.call<{ code: string; message: string }>('profiles.save', {
    label: '机关',
    fullName: '',
    headerText: '',
    code: '',
    addressee: '',
    signers: [],
    printedBy: '',
  });
  expect(refused).toEqual({ status: 400, body: expect.objectContaining({ code: 'BAD_INPUT', message: PROFILE_MESSAGES.fullNameMissing }) });

  // A wrong 签发人 is named as typed.
  await card.getByLabel('默认签发人').fill('张三、李4');
  await expect.poll(() => card.locator('[data-field="signers"] .gw-field-error').innerText()).toBe(PROFILE_MESSAGES.signer('李4'));
  await card.getByLabel('默认签发人').fill('张三');
  await card.getByLabel('发文机关全称').fill('互助县人民政府');
  // Leaving the name offers the red header as 全称＋文件.
  await card.getByLabel('机关代字').focus();
  await expect.poll(() => card.getByLabel('发文机关标志').inputValue()).toBe('互助县人民政府文件');
  await card.getByLabel('机关代字').fill('互政');
  await shoot(page, 'first-run-filled');
  await card.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => card.count()).toBe(0);
  expect(await page.getByRole('status').first().innerText()).toContain('新建的文稿将自动填写这些内容');
  const [profile] = await body<OrganProfile[]>('profiles.list', {});
  expect(profile).toMatchObject({
    label: '互助县人民政府',
    fullName: '互助县人民政府',
    headerText: '互助县人民政府文件',
    code: '互政',
    signers: ['张三'],
    isDefault: true,
  });

  // Once there is a profile, the invitation is not shown again.
  await page.reload();
  await page.getByRole('heading', { name: '草稿箱' }).waitFor();
  await page.locator('button[data-template="fazhi-annual"]').waitFor();
  expect(await page.getByTestId('first-run').count()).toBe(0);
  expect(w.consoleErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  w.consoleErrors.length = 0;
});

test('the year: 新建 asks for it (default by the month), 文件信息 changes it with the title and the headings', async () => {
  const { page } = w;
  const year = page.getByTestId('new-year');
  const fallback = defaultReportYear();
  expect(Number(await year.inputValue())).toBe(fallback);
  await year.selectOption(String(fallback + 1));
  await page.locator('button[data-template="fazhi-annual"]').click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9_-]+$/);
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  const id = draftId(page);
  let doc = (await stored(id)).doc;
  expect(doc.meta.year).toBe(fallback + 1);
  expect(doc.meta.title).toBe(`互助县人民政府关于${fallback + 1}年度法治政府建设情况的报告`);

  // 文件信息 › 报告年度: back to the default year.
  await page.getByRole('tab', { name: '文件信息' }).click();
  const select = page.getByTestId('report-year');
  expect(Number(await select.inputValue())).toBe(fallback + 1);
  await shoot(page, 'year-field');
  await select.selectOption(String(fallback));
  await expect.poll(() => page.getByTestId('report-year-said').innerText()).toContain(`已改为${fallback}年度`);
  await expect.poll(() => page.locator('.gw-title').innerText()).toBe(`互助县人民政府关于${fallback}年度法治政府建设情况的报告`);
  await saved(page);
  doc = (await stored(id)).doc;
  expect(doc.meta.year).toBe(fallback);
  expect(doc.meta.title).toBe(`互助县人民政府关于${fallback}年度法治政府建设情况的报告`);
  const headings = doc.body.flatMap((b) => (b.type === 'section' ? [b.heading] : []));
  expect(headings[0]).toBe(`${fallback}年度推进法治政府建设的主要举措和成效`);
  expect(headings[3]).toBe(`${fallback + 1}年度推进法治政府建设的主要安排`);
  expect(await page.getByRole('textbox', { name: '正文' }).innerText()).toContain(`${fallback}年，在上级党委、政府的坚强领导下`);

  // One undo step in the editor brings the lead and headings back (the year field is the meta's).
  const list = await body<DraftSummary[]>('drafts.list', {});
  expect(list.find((d) => d.id === id)).toMatchObject({ year: fallback, origin: null });
  expect(w.consoleErrors).toEqual([]);
});

test('发文字号: a double click on 取号 takes one number; the button shows it; another number is asked for', async () => {
  const { page } = w;
  const id = draftId(page);
  const picker = page.getByTestId('header-fields').locator('[data-field="docNumber"]');
  const take = picker.getByRole('button', { name: /^取号：互政〔\d{4}〕1号$/ });
  await take.waitFor();
  await take.dblclick();
  await expect.poll(() => page.getByTestId('doc-number').innerText()).toMatch(/^互政〔\d{4}〕1号$/);
  const text = await page.getByTestId('doc-number').innerText();
  expect(await picker.getByTestId('doc-number-taken').innerText()).toBe(`已取：${text}`);
  expect(await picker.getByTestId('doc-number-taken').isDisabled()).toBe(true);
  await saved(page);
  const year = Number(/〔(\d{4})〕/.exec(text)![1]);
  const register = async () =>
    (await body<{ entries: { seq: number; status: string }[] }[]>('numbers.list', { year, code: '互政' }))[0]!.entries.map((e) => [
      e.seq,
      e.status,
    ]);
  expect(await register()).toEqual([[1, 'used']]);

  // 另取一个号 asks; 取消 leaves everything as it was.
  await picker.getByRole('button', { name: '另取一个号…' }).click();
  const ask = picker.getByRole('group', { name: '另取一个号…' });
  expect(await ask.innerText()).toContain(`本文现有的 ${text} 将释放为空号`);
  await shoot(page, 'number-ask');
  await ask.getByRole('button', { name: '取消' }).click();
  expect(await register()).toEqual([[1, 'used']]);
  await picker.getByRole('button', { name: '另取一个号…' }).click();
  await picker.getByRole('button', { name: '另取新号' }).click();
  await expect.poll(() => page.getByTestId('doc-number').innerText()).toBe(`互政〔${year}〕2号`);
  await saved(page);
  expect((await stored(id)).doc.meta.docNumber).toEqual({ code: '互政', year, seq: 2 });
  expect(await register()).toEqual([
    [1, 'gap'],
    [2, 'used'],
  ]);
  expect(w.consoleErrors).toEqual([]);
});

test('import notes stay with the draft across a reload until dismissed; the pasted-in slogan is a finding until 忽略', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  await page.locator('[data-action="import"]').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.waitFor();
  await page.getByTestId('import-file').setInputFiles(path.join(SEEDS_DIR, 'furong-2019.txt'));
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
  const id = draftId(page);
  await page.getByRole('textbox', { name: '正文' }).waitFor();

  const notes = page.getByTestId('import-notes');
  await notes.waitFor();
  expect(await page.getByTestId('import-suspects').innerText()).toContain('凯发一触即发');
  expect(await page.getByTestId('import-warnings').innerText()).toContain('已略去网页上的栏目文字');
  const finding = page.getByTestId('completeness').locator('[data-rule="suspect-text"]').first();
  await expect.poll(() => finding.count()).toBe(1);
  await shoot(page, 'import-notes');
  // The editor keeps its room: the notes fold to their header line.
  await notes.getByRole('button', { name: '收起' }).click();
  await shoot(page, 'import-notes-folded');
  await notes.getByRole('button', { name: /^展开/ }).click();

  // A reload (another day): still there, from the draft's own record.
  await page.reload();
  await notes.waitFor();
  expect(await page.getByTestId('import-suspects').innerText()).toContain('凯发一触即发');

  // 忽略 accepts the phrase: the finding goes, and stays gone after a reload.
  await page.getByTestId('completeness').locator('.gw-proof-finding[data-rule="suspect-text"]').getByTestId('proof-ignore').click();
  await expect.poll(() => page.getByTestId('completeness').locator('[data-rule="suspect-text"]').count()).toBe(0);

  // 知道了: gone, also after a reload; the record stays in the file.
  await notes.getByTestId('import-notes-dismiss').click();
  await expect.poll(() => notes.count()).toBe(0);
  await page.reload();
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  await page.waitForTimeout(300);
  expect(await notes.count()).toBe(0);
  expect((await body<{ notes: unknown }>('drafts.notes', { id })).notes).toBeNull();
  expect(w.consoleErrors).toEqual([]);
});

test('the list: 年度, 文种, 发文字号, 状态, 来源, 修改时间; 删除 puts its 撤销 in the row', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  const rows = page.locator('table.gw-list tbody tr');
  await expect.poll(() => rows.count()).toBe(2);
  expect(await page.locator('table.gw-list thead th').allInnerTexts()).toEqual([
    '标题',
    '年度',
    '文种',
    '发文字号',
    '状态',
    '来源',
    '修改时间',
    '操作',
  ]);
  const listed = await body<DraftSummary[]>('drafts.list', {});
  const imported = listed.find((d) => d.origin?.kind === 'import');
  const made = listed.find((d) => !d.origin);
  const row = (id: string) => page.locator(`table.gw-list tr[data-draft="${id}"]`);
  expect(await row(imported!.id).getByTestId('list-origin').innerText()).toContain('导入');
  expect(await row(imported!.id).getByTestId('list-origin').innerText()).toContain('furong-2019.txt');
  expect(await row(made!.id).getByTestId('list-origin').innerText()).toBe('新建');
  expect(await row(made!.id).getByTestId('list-doc-number').innerText()).toMatch(/^互政〔\d{4}〕2号$/);
  expect(await row(made!.id).innerText()).toContain('法治政府建设年度报告');
  await shoot(page, 'list');

  // Delete the top row: its 撤销 is where the row was, in view; 撤销 brings the row back there.
  const top = await rows.first().getAttribute('data-draft');
  await rows.first().getByRole('button', { name: '删除' }).click();
  const undo = page.locator(`tr[data-undo="${top}"]`);
  await undo.waitFor();
  expect(await rows.first().getAttribute('data-undo')).toBe(top);
  const box = (await undo.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  expect(box.y).toBeGreaterThanOrEqual(0);
  await shoot(page, 'list-undo');
  await undo.getByTestId('undo-delete').click();
  await expect.poll(() => rows.first().getAttribute('data-draft')).toBe(top);
  expect((await body<DraftSummary[]>('drafts.list', {})).length).toBe(2);

  // A roll-forward from the imported draft says 由2019年度滚动.
  await row(imported!.id).locator('[data-action="rollover"]').click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
  await page.goto(bridge.url);
  const rolled = (await body<DraftSummary[]>('drafts.list', {})).find((d) => d.origin?.kind === 'rollover')!;
  expect(await row(rolled.id).getByTestId('list-origin').innerText()).toBe('由2019年度滚动');
  expect(w.consoleErrors).toEqual([]);
});

test('发文字号登记簿: each number names its draft, an untitled one as （无标题）, and the name opens it', async () => {
  const { page } = w;
  const year = new Date().getFullYear();
  // A draft whose title is still empty takes a number.
  const created = await body<DraftRecord>('drafts.create', { templateId: 'fazhi-annual' });
  const untitled = { ...created.doc, meta: { ...created.doc.meta, title: '' } };
  expect((await bridge.call('drafts.save', { id: created.id, baseRevision: created.revision, doc: untitled })).status).toBe(200);
  const taken = await body<{ text: string; number: { seq: number } }>('numbers.take', { draftId: created.id, code: '互政', year });
  const titled = (await body<DraftSummary[]>('drafts.list', {})).find((d) => d.docNumber === `互政〔${year}〕2号`)!;

  await page.goto(`${bridge.url}#/numbers`);
  const row = (seq: number) => page.locator(`section[aria-label="互政"] tr[data-seq="${seq}"]`);
  await row(taken.number.seq).waitFor();
  expect(await row(2).locator('td').nth(2).innerText()).toBe(titled.title);
  const cells = await row(taken.number.seq).locator('td').allInnerTexts();
  expect(cells.slice(0, 3)).toEqual([taken.text, '已使用', '（无标题）']);
  await shoot(page, 'register');
  await row(taken.number.seq).getByRole('link', { name: '（无标题）' }).click();
  await page.locator(`.gw-draft[data-draft-id="${created.id}"] .gw-editor`).waitFor();
  expect(w.consoleErrors).toEqual([]);
});
