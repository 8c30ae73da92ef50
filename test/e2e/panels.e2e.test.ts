/**
 * Around the editor, in Chromium on the real UI and bridge: the completeness panel, the header
 * fields form with its Chinese messages and its 发文字号 taken from the register, the outline
 * navigator's jumps, find, and that the fields survive a reload.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningBridge } from '../helpers/bridge';
import { ARTIFACTS_DIR, startUi, stopUi, type WatchedPage } from '../helpers/browser';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { CallOutput } from '../../shared/contract/index';
import { DOC_NUMBER_MESSAGES } from '../../shared/doc-number';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
const ARTIFACTS = ARTIFACTS_DIR;

beforeAll(async () => {
  ({ bridge, browser, w } = await startUi({ width: 1366, height: 860 }));
});
afterAll(() => stopUi({ bridge, browser }));

const SLOTS = [
  '主要举措和成效',
  '存在的不足和原因',
  '党政主要负责人履行推进法治建设第一责任人职责',
  '下一年度主要安排',
  '其他需要报告的情况',
];
const MEASURES = '全县共办理行政复议案件一百二十件，依法纠正违法或者不当行政行为九件，行政机关负责人出庭应诉率达到百分之百。'.repeat(30);

const field = (page: Page, label: string) => page.getByTestId('header-fields').getByLabel(label, { exact: true });
const fieldError = (page: Page, key: string) => page.locator(`[data-field="${key}"] .gw-field-error`);
const navEntry = (page: Page, text: string) => page.getByTestId('outline-nav').locator('button', { hasText: text });

async function draftId(page: Page): Promise<string> {
  return /#\/draft\/(.+)$/.exec(page.url())![1]!;
}

async function stored(id: string): Promise<DraftRecord> {
  return (await bridge.call<DraftRecord>('drafts.get', { id })).body;
}

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
}

test('a new 法治政府建设年度报告: the completeness panel lists the empty slots, the navigator marks them 空白', async () => {
  const { page } = w;
  await page.goto(bridge.url);
  await page.locator('button[data-template="fazhi-annual"]').click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
  await page.getByRole('textbox', { name: '正文' }).waitFor();

  const panel = page.getByTestId('completeness');
  for (const slot of SLOTS) await expect.poll(() => panel.innerText()).toContain(`“${slot}”部分尚未填写。`);
  // No organ saved yet: the title asks for it, the lead reads without it (no “××” in the text).
  expect(await panel.innerText()).toContain('标题中仍有占位符“××”');
  expect(await panel.innerText()).not.toContain('开头段中仍有占位符');
  expect(await page.getByRole('textbox', { name: '正文' }).innerText()).toContain(
    '坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导',
  );
  expect(await page.getByTestId('check-summary').innerText()).toMatch(/^有 \d+ 处导出前必须修改的问题，修改后才能导出正式文件。$/);
  const statuses = await page.getByTestId('nav-status').allInnerTexts();
  expect(statuses).toEqual(['空白', '空白', '空白', '空白', '空白']);
  await page.screenshot({ path: path.join(ARTIFACTS, 'panels-new-draft.png') });
});

test('the header fields: 发文字号 through the register (taken, malformed, held by another draft), Chinese messages', async () => {
  const { page } = w;
  const id = await draftId(page);
  // The checker's finding leads to the 发文字号 picker.
  await page
    .getByTestId('completeness')
    .getByRole('button', { name: /正式文件须有发文字号/ })
    .click();
  expect(await page.getByRole('tab', { name: '文件信息' }).getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('docNumber');

  // The 发文字号 is taken for the organ's 机关代字, so the organ comes first.
  const number = page.getByTestId('header-fields').locator('[data-field="docNumber"]');
  expect(await number.innerText()).toContain('请先填写机关代字，才能取号。');
  expect(await number.getByRole('button', { name: /^取/ }).isDisabled()).toBe(true);
  await field(page, '发文机关全称').fill('互助县人民政府');
  await field(page, '发文机关标志').fill('互助县人民政府文件');
  await field(page, '机关代字').fill('互政');
  await field(page, '签发人').fill('张三');
  await field(page, '主送机关').fill('海东市人民政府:');
  await expect.poll(() => fieldError(page, 'addressee').innerText()).toBe('主送机关末尾应为全角冒号“：”。');
  await field(page, '主送机关').fill('海东市人民政府：');
  await field(page, '成文日期').fill('2025-03-17');
  await expect.poll(() => fieldError(page, 'date').innerText()).toBe('日期应写作“2025年3月17日”，用“年月日”，不用“.”“-”“/”分隔。');
  await field(page, '成文日期').fill('2025年3月17日');
  await expect.poll(() => fieldError(page, 'date').count()).toBe(0);

  // Typed by hand and malformed: the message of shared/doc-number, and nothing is saved.
  await number.getByRole('button', { name: '手工填写' }).click();
  const typed = number.getByLabel('手工填写发文字号');
  await typed.fill('互政[2025]12号');
  await expect.poll(() => fieldError(page, 'docNumber').innerText()).toBe(DOC_NUMBER_MESSAGES.wrongBrackets);
  expect(await typed.getAttribute('aria-invalid')).toBe('true');
  expect(await number.getByRole('button', { name: '使用' }).isDisabled()).toBe(true);
  await typed.fill('互政〔2025〕012号');
  await expect.poll(() => fieldError(page, 'docNumber').innerText()).toBe(DOC_NUMBER_MESSAGES.leadingZero);
  await typed.press('Enter');
  await page.waitForTimeout(1_200);
  expect((await stored(id)).doc.meta.docNumber).toBeNull();
  expect(await page.getByTestId('doc-number').innerText()).toBe('未编号');
  await number.getByRole('button', { name: '取消' }).click();
  await expect.poll(() => fieldError(page, 'docNumber').count()).toBe(0);

  // 取号: the next number of 互政 in the 成文日期's year fills the field and is saved.
  await number.getByRole('button', { name: '取号：互政〔2025〕1号' }).click();
  await expect.poll(() => page.getByTestId('doc-number').innerText()).toBe('互政〔2025〕1号');
  expect(await number.locator('p[role="status"]').innerText()).toBe('已取号：互政〔2025〕1号');
  await saved(page);
  expect((await stored(id)).doc.meta.docNumber).toEqual({ code: '互政', year: 2025, seq: 1 });

  // A number another draft holds is refused, naming that draft; the field keeps its number.
  const other = (await bridge.call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual' })).body;
  const otherTitle = '互助县人民政府关于2024年度行政复议工作情况的报告';
  expect((await bridge.call('drafts.rename', { id: other.id, title: otherTitle })).status).toBe(200);
  expect((await bridge.call('numbers.assign', { draftId: other.id, text: '互政〔2025〕2号' })).status).toBe(200);
  await number.getByRole('button', { name: '手工填写' }).click();
  await typed.fill('互政〔2025〕2号');
  await number.getByRole('button', { name: '使用' }).click();
  await expect
    .poll(() => fieldError(page, 'docNumber').innerText())
    .toBe(`发文字号 互政〔2025〕2号 已被草稿“${otherTitle}”使用，不能重复使用。请另选序号或先在登记簿中释放。`);
  expect(await page.getByTestId('doc-number').innerText()).toBe('互政〔2025〕1号');
  // The refusal is the register's 409 answer, which the browser logs; nothing else went wrong.
  expect(w.consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  w.consoleErrors.length = 0;

  // A free number typed by hand is used; the one taken before goes back to the register.
  await typed.fill('互政〔2025〕12号');
  await number.getByRole('button', { name: '使用' }).click();
  await expect.poll(() => page.getByTestId('doc-number').innerText()).toBe('互政〔2025〕12号');
  expect(await number.locator('p[role="status"]').innerText()).toBe('已取号：互政〔2025〕12号（原字号 互政〔2025〕1号 已释放）');
  await expect.poll(() => fieldError(page, 'docNumber').count()).toBe(0);
  await number.screenshot({ path: path.join(ARTIFACTS, 'panels-docnumber.png') });

  await field(page, '印发机关').fill('互助县人民政府办公室');
  await page.getByRole('button', { name: '同成文日期' }).click();
  await field(page, '抄送').fill('市司法局，县人大常委会办公室');
  expect(await page.locator('[data-field="cc"] .gw-field-hint').innerText()).toBe('排印为：抄送：市司法局，县人大常委会办公室。');

  // The title suggestion follows the organ just typed.
  const suggestion = page.getByTestId('title-suggestion');
  await expect.poll(() => suggestion.innerText()).toContain('互助县人民政府关于');
  await suggestion.getByRole('button', { name: '采用' }).click();
  await expect.poll(() => field(page, '标题').inputValue()).toMatch(/^互助县人民政府关于\d{4}年度法治政府建设情况的报告$/);
  await expect.poll(() => page.locator('h1.gw-title').innerText()).toMatch(/^互助县人民政府关于/);

  await saved(page);
  const meta = (await stored(id)).doc.meta;
  expect(meta.docNumber).toEqual({ code: '互政', year: 2025, seq: 12 });
  const register = (await bridge.call<CallOutput<'numbers.list'>>('numbers.list', { year: 2025, code: '互政' })).body[0]!;
  expect(register.entries.map((e) => [e.seq, e.status, e.draftId])).toEqual([
    [1, 'gap', null],
    [2, 'used', other.id],
    ...Array.from({ length: 9 }, (_, i) => [i + 3, 'gap', null]),
    [12, 'used', id],
  ]);
  expect(meta.signers).toEqual(['张三']);
  expect(meta.signature).toMatchObject({ date: '2025年3月17日', organ: '互助县人民政府' });
  expect(meta.cc).toEqual(['市司法局', '县人大常委会办公室']);
  expect(meta.printedDate).toBe('2025年3月17日');

  // The header findings are gone from the panel; the slots are still empty.
  await page.getByRole('tab', { name: '检查' }).click();
  const panel = page.getByTestId('completeness');
  await expect.poll(() => panel.innerText()).not.toContain('发文字号');
  expect(await panel.innerText()).toContain('尚未填写');
  await page.screenshot({ path: path.join(ARTIFACTS, 'panels-fields-filled.png') });
});

test('the navigator jumps: the editor scrolls to the section; a filled slot turns 完成; counts follow', async () => {
  const { page } = w;
  const scroller = page.getByTestId('editor-scroll');

  // Fill 主要举措和成效 so the later parts are below the fold.
  await navEntry(page, '主要举措和成效').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.insertText(MEASURES);
  await expect
    .poll(() => navEntry(page, '主要举措和成效').locator('[data-testid="nav-status"]').innerText(), { timeout: 5_000 })
    .toBe('完成');
  await expect.poll(() => page.getByTestId('total-chars').innerText()).toMatch(/^全文 [\d,]+ 字$/);
  const total = Number((await page.getByTestId('total-chars').innerText()).replace(/\D/g, ''));
  expect(total).toBeGreaterThan(MEASURES.length);

  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await navEntry(page, '其他需要报告的情况').click();
  const headingInView = async (slot = 'other') =>
    page.evaluate((slot) => {
      const h = document.querySelector(`[data-slot="${slot}"]`)!;
      const box = document.querySelector('[data-testid="editor-scroll"]')!.getBoundingClientRect();
      // Visible means below the editor's sticky toolbar, not hidden under it.
      const top = Math.max(box.top, document.querySelector('.gw-editor-toolbar')?.getBoundingClientRect().bottom ?? 0);
      const r = h.getBoundingClientRect();
      return r.top >= top && r.bottom <= box.bottom;
    }, slot);
  await expect.poll(() => headingInView()).toBe(true);
  await page.screenshot({ path: path.join(ARTIFACTS, 'panels-jump.png') });
  const far = await scroller.evaluate((el) => el.scrollTop);
  expect(far).toBeGreaterThan(500);

  await navEntry(page, '主要举措和成效').click();
  await expect.poll(() => headingInView('measures')).toBe(true);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeLessThan(far);

  // A finding jumps too: the empty 其他需要报告的情况.
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await page
    .getByTestId('completeness')
    .getByRole('button', { name: /“其他需要报告的情况”部分尚未填写/ })
    .click();
  await expect.poll(() => headingInView()).toBe(true);
  await saved(page);
});

test('Ctrl+F finds in the draft and steps through the matches', async () => {
  const { page } = w;
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('find-input');
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await input.fill('行政复议');
  await expect.poll(() => page.getByTestId('find-count').innerText()).toBe('1/30');
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('find-count').innerText()).toBe('2/30');
  await input.press('Shift+Enter');
  await input.press('Shift+Enter');
  await expect.poll(() => page.getByTestId('find-count').innerText()).toBe('30/30');
  // The matches are painted without touching the editor's DOM.
  expect(await page.evaluate(() => CSS.highlights.get('gw-find')?.size)).toBe(30);
  await page.screenshot({ path: path.join(ARTIFACTS, 'panels-find.png') });
  await input.press('Escape');
  await expect.poll(() => input.count()).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.has('gw-find'))).toBe(false);
});

test('the fields and the text survive a reload; the page ran clean under the CSP', async () => {
  const { page } = w;
  await page.reload();
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  await page.getByRole('tab', { name: '文件信息' }).click();
  expect(await page.getByTestId('doc-number').innerText()).toBe('互政〔2025〕12号');
  expect(await field(page, '签发人').inputValue()).toBe('张三');
  expect(await field(page, '主送机关').inputValue()).toBe('海东市人民政府：');
  expect(await field(page, '成文日期').inputValue()).toBe('2025年3月17日');
  expect(await field(page, '抄送').inputValue()).toBe('市司法局，县人大常委会办公室');
  expect(await field(page, '标题').inputValue()).toMatch(/^互助县人民政府关于\d{4}年度法治政府建设情况的报告$/);
  await expect.poll(() => navEntry(page, '主要举措和成效').locator('[data-testid="nav-status"]').innerText()).toBe('完成');
  await page.screenshot({ path: path.join(ARTIFACTS, 'panels-after-reload.png') });
  await page.getByRole('tab', { name: '检查' }).click();
  await page.screenshot({ path: path.join(ARTIFACTS, 'panels-workspace.png') });

  expect(w.consoleErrors).toEqual([]);
  expect(w.requests.filter((u) => !u.startsWith(bridge.origin + '/'))).toEqual([]);
});

test('a 请示 from a saved organ profile: the profile fills the organ fields; the panel wants a body', async () => {
  const profile = await bridge.call('profiles.save', {
    label: '县司法局',
    fullName: '互助县司法局',
    headerText: '互助县司法局文件',
    code: '互司',
    addressee: '互助县人民政府：',
    signers: ['李四'],
    printedBy: '互助县司法局办公室',
    fonts: {},
  });
  expect(profile.status).toBe(200);
  const { page } = w;
  await page.goto(bridge.url);
  await page.locator('button[data-template="request"]').click();
  await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  const panel = page.getByTestId('completeness');
  await expect.poll(() => panel.innerText()).toContain('正文尚未填写。');
  expect(await panel.innerText()).toContain('附注中仍有占位符“×××”');

  await page.getByRole('tab', { name: '文件信息' }).click();
  await page.getByLabel('套用机关信息').selectOption({ label: '县司法局' });
  await expect.poll(() => field(page, '发文机关全称').inputValue()).toBe('互助县司法局');
  expect(await field(page, '机关代字').inputValue()).toBe('互司');
  expect(await field(page, '主送机关').inputValue()).toBe('互助县人民政府：');
  expect(await field(page, '签发人').inputValue()).toBe('李四');
  expect(await field(page, '署名').inputValue()).toBe('互助县司法局');
  await field(page, '主送机关').fill('互助县人民政府、县财政局：');
  await expect.poll(() => fieldError(page, 'addressee').innerText()).toBe('请示只主送一个上级机关，其他机关可抄送。');
  await saved(page);
  const id = await draftId(page);
  expect((await stored(id)).doc.meta.organ).toEqual({ fullName: '互助县司法局', headerText: '互助县司法局文件', code: '互司' });
  await page.screenshot({ path: path.join(ARTIFACTS, 'panels-request.png') });
  expect(w.consoleErrors).toEqual([]);
});
