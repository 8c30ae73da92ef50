/**
 * The application menu's commands reach the page as the Electron shell sends them: a
 * `gongwen-menu` DOM event (main.ts runs exactly this dispatch in the window). 文件 › 保存,
 * 编辑 › 查找, 帮助 › 关于, 文件 › 新建文稿.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage } from '../helpers/browser';
import { caretAtEnd, imeType } from '../helpers/editor-page';
import { MENU_EVENT, type MenuCommand } from '../../shared/menu-commands';

let bridge: RunningBridge;
let browser: Browser;
let page: Page;
let id = '';

const menu = (command: MenuCommand) => page.evaluate(([event, detail]) => window.dispatchEvent(new CustomEvent(event, { detail })), [MENU_EVENT, command] as const);

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  page = (await openPage(browser)).page;
  id = (await bridge.call<{ id: string }>('drafts.create', { templateId: 'work-report' })).body.id;
  await page.goto(`${bridge.url}#/draft/${id}`);
  await page.getByRole('textbox', { name: '正文' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

test('编辑 › 查找 opens the find bar', async () => {
  await expect.poll(() => page.getByRole('search').count()).toBe(0);
  await menu('find');
  await expect.poll(() => page.getByRole('search').isVisible()).toBe(true);
  await page.keyboard.press('Escape');
});

test('文件 › 保存 saves what was just typed, without waiting for autosave', async () => {
  // The page's clock stands still from here: autosave's timers (the editor's 150 ms hand-over and
  // the 800 ms pause) cannot fire, so text that reaches the database came through the menu.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await caretAtEnd(page, '.gw-editor > .gw-paragraph:last-child');
  await imeType(page, '菜单保存的这一句');
  const stored = async () => JSON.stringify((await bridge.call<{ doc: unknown }>('drafts.get', { id })).body.doc);
  expect(await stored()).not.toContain('菜单保存的这一句');
  await menu('save');
  await expect.poll(stored).toContain('菜单保存的这一句');
  await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('已保存');
  await page.clock.resume();
});

test('帮助 › 关于 shows what the program is, in Chinese', async () => {
  await menu('about');
  const dialog = page.getByRole('dialog', { name: '关于公文工作室' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.innerText()).toMatch(/版本 \d+\.\d+\.\d+[\s\S]*不联网/);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
});

test('文件 › 新建文稿 goes to the 草稿箱 with its 新建 buttons', async () => {
  await menu('new-draft');
  await page.waitForURL(/#\/$/);
  await expect.poll(() => page.locator('button[data-template="fazhi-annual"]').isVisible()).toBe(true);
});
