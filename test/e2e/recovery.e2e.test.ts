/**
 * Nothing typed is lost, end to end in Chromium through the real web bridge on a real SQLite
 * file: text typed while saves fail (the bridge process stopped) is kept as a recovery copy,
 * survives the page going away, and is offered when the draft opens again (bridge restarted on
 * the same data, port and token, so the page's origin and its localStorage are the same); 恢复
 * saves it. Leaving a draft in-app saves first, and asks when it cannot (a heading over its
 * limit); 留下 keeps the clerk there to fix it. 放弃 asks once more and deletes the copy.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage, openDraftPage } from '../helpers/browser';
import { caretAtEnd, editorText, imeType, selectContents } from '../helpers/editor-page';
import { ROOT, rm, tempDir } from '../helpers/paths';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { Section } from '../../shared/model/document';
import { LIMITS } from '../../shared/model/limits';

let dataDir = '';
let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
const ARTIFACTS = path.join(ROOT, 'test/.artifacts');

beforeAll(async () => {
  // Our own data folder: stopping the bridge must not delete it (the restarted one reads it).
  dataDir = tempDir('gongwen-recovery-');
  bridge = await startBridge({ dataDir });
  browser = await launchBrowser();
  w = await openPage(browser);
  page = w.page;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  if (dataDir) rm(dataDir);
});

async function newDraft(): Promise<string> {
  const created = await bridge.call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual' });
  expect(created.status).toBe(200);
  await openDraft(created.body.id);
  return created.body.id;
}

async function openDraft(id: string): Promise<void> {
  await openDraftPage(page, bridge.url, id);
  await page.getByRole('textbox', { name: '正文' }).waitFor();
}

async function stored(id: string): Promise<DraftRecord> {
  const r = await bridge.call<DraftRecord>('drafts.get', { id });
  expect(r.status).toBe(200);
  return r.body;
}

const heading = (doc: DraftRecord['doc'], slot: string) =>
  doc.body.find((b): b is Section => b.type === 'section' && b.slot === slot)!.heading;

/** The recovery copy the page keeps for a draft, as stored text (null: none). */
const copyIn = (id: string) => page.evaluate((key) => localStorage.getItem(key), `gongwen-recovery:${id}`);

const saveState = () => page.getByTestId('save-state').innerText();
const saveError = () => page.getByTestId('save-error');
const banner = () => page.getByTestId('recovery-banner');
const leaveDialog = () => page.getByRole('dialog', { name: '离开此文稿？' });
const backLink = () => page.getByRole('link', { name: '‹ 草稿箱' });
const draftsHeading = () => page.getByRole('heading', { name: '草稿箱' });

async function expectSaved(): Promise<void> {
  await expect.poll(saveState, { timeout: 15_000 }).toBe('已保存');
}

async function caretInSlotBody(slot: string): Promise<void> {
  await page.locator(`.gw-heading[data-slot="${slot}"] + .gw-paragraph`).click();
  await page.keyboard.press('End');
  await page.waitForTimeout(60);
}

const LEADERS = '.gw-heading[data-slot="leaders"]';

/** Type the third part's heading (leaders) past its limit and wait for the autosave's words for it. */
async function headingTooLong(): Promise<string> {
  await caretAtEnd(page, LEADERS);
  await imeType(page, '领'.repeat(LIMITS.headingChars + 300));
  await expect.poll(() => saveError().innerText(), { timeout: 10_000 }).toContain('标题过长');
  expect(await saveState()).toBe('未保存');
  return (await page.locator(LEADERS).textContent()) ?? '';
}

const FIXED = '党政主要负责人履行推进法治建设第一责任人职责情况';
const LOST = '断线期间输入：全年开展执法检查三十六次。';

test('saves failing (bridge stopped): the copy survives the page, is offered again, and 恢复 saves it', async () => {
  const id = await newDraft();
  await caretInSlotBody('measures');
  await imeType(page, '今年新增一项举措。');
  await expectSaved();
  // Ordinary typing, saved at once: no copy is written for it (nor left behind).
  await page.waitForTimeout(2_500);
  expect(await copyIn(id)).toBeNull();
  const before = await stored(id);

  // The bridge goes away; the clerk types on.
  const { origin, port, token } = bridge;
  await bridge.stop();
  await imeType(page, LOST);
  await expect.poll(saveState, { timeout: 10_000 }).toBe('保存失败');
  expect(await saveError().innerText()).toContain('无法连接公文工作室后台');
  // Kept at once on the failed save, with the revision it was typed on.
  const copy = JSON.parse((await copyIn(id)) ?? 'null');
  expect(JSON.stringify(copy.doc)).toContain(LOST);
  expect(copy.baseRevision).toBe(before.revision);
  expect(Date.now() - Date.parse(copy.savedAt)).toBeLessThan(60_000);

  // The window goes away while saves still fail: the browser's own prompt, accepted.
  const dialogs: string[] = [];
  page.once('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.goto('about:blank');
  expect(dialogs).toEqual(['beforeunload']);

  // The bridge again, on the same data, port and token: the same origin, so the same localStorage.
  bridge = await startBridge({ dataDir, port, token });
  expect(bridge.origin).toBe(origin);
  expect(JSON.stringify((await stored(id)).doc)).not.toContain(LOST);
  await openDraft(id);
  await banner().waitFor();
  const offer = await banner().innerText();
  expect(offer).toMatch(/上次有未保存的修改（\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}），是否恢复？/);
  expect(offer).toContain(LOST);
  // Until answered, the workspace waits: the stored text shows, and cannot be typed in.
  expect(await page.locator('.gw-workspace').getAttribute('inert')).not.toBeNull();
  expect(await editorText(page)).not.toContain(LOST);
  await page.screenshot({ path: path.join(ARTIFACTS, 'recovery-banner.png') });

  await banner().getByRole('button', { name: '恢复' }).click();
  await expect.poll(() => banner().count()).toBe(0);
  expect(await editorText(page)).toContain('今年新增一项举措。' + LOST);
  await expectSaved();
  const after = await stored(id);
  expect(after.revision).toBeGreaterThan(before.revision);
  expect(JSON.stringify(after.doc)).toContain('今年新增一项举措。' + LOST);
  // Acknowledged: the copy is gone.
  expect(await copyIn(id)).toBeNull();

  // Typed, then straight to 草稿箱: it saves first and leaves without asking.
  await caretInSlotBody('measures');
  await imeType(page, '离开前刚输入的一句。');
  await backLink().click();
  await draftsHeading().waitFor();
  expect(await leaveDialog().count()).toBe(0);
  expect(JSON.stringify((await stored(id)).doc)).toContain('离开前刚输入的一句。');
  expect(await copyIn(id)).toBeNull();
});

let limited = '';
let errorsBefore = 0;

test('a heading over its limit: 草稿箱 asks; 留下 stays; fixed, it saves and leaves freely', async () => {
  errorsBefore = w.consoleErrors.length;
  limited = await newDraft();
  const original = heading((await stored(limited)).doc, 'leaders');
  const shown = await headingTooLong();
  expect(shown).toBe(original + '领'.repeat(LIMITS.headingChars + 300));

  await backLink().click();
  await leaveDialog().waitFor();
  expect(await leaveDialog().innerText()).toContain('有未保存的修改，离开后可在下次打开此文稿时恢复。确定离开？');
  // Still on the draft, address and all; the copy holds the heading as typed.
  expect(page.url()).toContain(`#/draft/${limited}`);
  expect(JSON.parse((await copyIn(limited)) ?? 'null').doc.body[2].heading).toBe(shown);
  await page.screenshot({ path: path.join(ARTIFACTS, 'recovery-leave-dialog.png') });

  await leaveDialog().getByRole('button', { name: '留下' }).click();
  await expect.poll(() => leaveDialog().count()).toBe(0);
  expect(page.url()).toContain(`#/draft/${limited}`);
  expect(await page.locator(LEADERS).textContent()).toBe(shown);

  await selectContents(page, LEADERS);
  await imeType(page, FIXED);
  await expectSaved();
  expect(heading((await stored(limited)).doc, 'leaders')).toBe(FIXED);
  expect(await copyIn(limited)).toBeNull();

  await backLink().click();
  await draftsHeading().waitFor();
  expect(await leaveDialog().count()).toBe(0);
});

test('left unsaved, opened again: 恢复 shows why it still cannot save; 放弃 asks, deletes, and stays gone', async () => {
  const row = page.locator(`a[href="#/draft/${limited}"]`);
  const leaveUnsaved = async () => {
    await backLink().click();
    await leaveDialog().getByRole('button', { name: '离开' }).click();
    await draftsHeading().waitFor();
  };

  await openDraft(limited);
  const shown = await headingTooLong();
  await leaveUnsaved();
  expect(await copyIn(limited)).not.toBeNull();

  // Opened from the 草稿箱: offered; 恢复 puts the heading back and says why it is not saved.
  await row.click();
  await banner().waitFor();
  await banner().getByRole('button', { name: '恢复' }).click();
  await expect.poll(() => page.locator(LEADERS).textContent()).toBe(shown);
  await expect.poll(() => saveError().innerText()).toContain('标题过长');
  expect(await saveState()).toBe('未保存');
  expect(heading((await stored(limited)).doc, 'leaders')).toBe(FIXED);

  // Left again, opened again: 放弃 asks once more before deleting.
  await leaveUnsaved();
  await row.click();
  await banner().waitFor();
  await banner().getByRole('button', { name: '放弃' }).click();
  const confirm = banner().getByRole('group', { name: '放弃' });
  expect(await confirm.innerText()).toContain('放弃后，这些修改将无法找回。确定放弃？');
  expect(await copyIn(limited)).not.toBeNull();
  await confirm.getByRole('button', { name: '确定放弃' }).click();
  await expect.poll(() => banner().count()).toBe(0);
  expect(await copyIn(limited)).toBeNull();
  expect(await page.locator('.gw-workspace').getAttribute('inert')).toBeNull();

  await page.reload();
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  await page.waitForTimeout(500);
  expect(await banner().count()).toBe(0);
  expect(await page.locator(LEADERS).textContent()).toBe(FIXED);
  expect(heading((await stored(limited)).doc, 'leaders')).toBe(FIXED);
  expect(w.consoleErrors.slice(errorsBefore)).toEqual([]);
});
