/**
 * The workspace on the common office screen (1366×768) and a large one (1920×1080), in Chromium
 * on the real UI and bridge: after importing a real report the editor keeps at least 60% of the
 * window's height; the title bar and the editor's toolbar are one row each; the import notes fold
 * away; the paged preview sits beside the editor at a readable zoom or takes the whole width; and
 * every dialog of the app fits the window with its buttons in view (a long body scrolls inside).
 * Screenshots of each screen go to test/.artifacts/layout/ to be looked at.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { ARTIFACTS_DIR, launchBrowser, openPage } from '../helpers/browser';
import { editorHeight, rows } from '../helpers/layout';
import { ROOT, seedText } from '../helpers/paths';
import { MENU_EVENT } from '../../shared/menu-commands';

const ARTIFACTS = path.join(ARTIFACTS_DIR, 'layout');
/** A4 width in CSS pixels at 100%. */
const SHEET_PX = (210 / 25.4) * 96;
/** Body text is 16 pt (21.3 px) at 100%: from 65% on it is at least 14 px on screen. */
const READABLE_ZOOM = 0.65;

let bridge: RunningBridge;
let browser: Browser;

beforeAll(async () => {
  bridge = await startBridge();
  browser = await launchBrowser();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

/**
 * Every dialog in the renderer, by the file that draws it: the dialog test below opens each one,
 * and the first test fails when a file draws a dialog this table does not know.
 */
const DIALOG_FILES = [
  'renderer/src/app/AboutDialog.tsx',
  'renderer/src/editor/Toolbar.tsx',
  'renderer/src/export/ExportActions.tsx',
  'renderer/src/history/HistoryPanel.tsx',
  'renderer/src/import/ImportDialog.tsx',
  'renderer/src/preview/FontCheckDialog.tsx',
  'renderer/src/workspace/LeaveDialog.tsx',
];

function filesWithDialogs(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesWithDialogs(p));
    else if (/\.tsx$/.test(e.name) && /<dialog\b|role="dialog"|role="alertdialog"/.test(fs.readFileSync(p, 'utf8'))) out.push(p);
  }
  return out;
}

test('the dialog table knows every dialog the renderer draws', () => {
  const found = filesWithDialogs(path.join(ROOT, 'renderer/src')).map((p) => path.relative(ROOT, p).split(path.sep).join('/'));
  expect(found.sort()).toEqual([...DIALOG_FILES].sort());
});

/**
 * A dialog fits: its box is inside the window, and each of its buttons that closes or acts on it
 * is in view and not covered (what Chromium finds at the button's centre is the button).
 */
async function expectFits(dialog: Locator, actions: string, shot: string): Promise<void> {
  await dialog.waitFor();
  await dialog.page().waitForTimeout(100);
  await dialog.page().screenshot({ path: path.join(ARTIFACTS, shot) });
  const r = await dialog.evaluate((el, selector) => {
    const box = el.getBoundingClientRect();
    const buttons = [...el.querySelectorAll<HTMLElement>(selector)].filter((b) => b.offsetParent !== null);
    const hidden = buttons
      .filter((b) => {
        const br = b.getBoundingClientRect();
        const hit = document.elementFromPoint(br.left + br.width / 2, br.top + br.height / 2);
        return !(hit && (hit === b || b.contains(hit)));
      })
      .map((b) => b.textContent);
    return { box: [box.left, box.top, box.right, box.bottom], w: window.innerWidth, h: window.innerHeight, n: buttons.length, hidden };
  }, actions);
  const [left, top, right, bottom] = r.box as [number, number, number, number];
  expect({ shot, left: left >= 0, top: top >= 0, right: right <= r.w, bottom: bottom <= r.h }).toEqual({
    shot,
    left: true,
    top: true,
    right: true,
    bottom: true,
  });
  expect(r.n, `${shot}: its buttons`).toBeGreaterThan(0);
  expect(r.hidden, `${shot}: buttons out of view`).toEqual([]);
}

async function openMore(page: Page, scope: Locator): Promise<void> {
  await scope.locator('[data-action="more"]').click();
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  describe(`${width}×${height}`, () => {
    let page: Page;
    const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${width}-${name}.png`) });
    beforeAll(async () => {
      page = (await openPage(browser, { width, height })).page;
    });
    afterAll(async () => {
      await page?.context().close();
    });

    test('after an import the editor keeps 60% of the height; one row of buttons each; notes fold', async () => {
      await page.goto(bridge.url);
      await page.getByRole('heading', { name: '草稿箱' }).waitFor();
      await page.locator('[data-action="import"]').click();
      const dialog = page.getByTestId('import-dialog');
      await page.getByTestId('import-file').setInputFiles({
        name: '互助县2024年法治政府建设情况报告.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(seedText('huzhu-2024.txt')),
      });
      await expectFits(dialog, '.gw-dialog-actions button', `${width}-dialog-import.png`);
      await dialog.getByRole('button', { name: '导入', exact: true }).click();
      await page.getByRole('textbox', { name: '正文' }).waitFor({ timeout: 30_000 });
      await page.getByTestId('import-notes').waitFor();
      // The notes scroll inside their box: the head says how many there are.
      const notesShown = await page.locator('.gw-import-notes-body li').count();
      expect(await page.getByTestId('import-notes-count').innerText()).toBe(`共 ${notesShown} 项`);
      // A long title, as a clerk types it: the bar still keeps to one row.
      await page.getByRole('tab', { name: '文件信息' }).click();
      await page.getByLabel('标题', { exact: true }).fill('互助土族自治县人民政府关于2024年度法治政府建设情况的报告');
      // The side column scrolls as one box, but each tab keeps its own place: from the foot of
      // 文件信息, 检查 opens at its verdict (not mid-list), and 文件信息 again where it was left.
      const column = page.locator('.gw-col-panel');
      const atFoot = await column.evaluate((el) => (el.scrollTo(0, el.scrollHeight), el.scrollTop));
      expect(atFoot).toBeGreaterThan(0);
      await page.getByRole('tab', { name: '检查' }).click();
      expect(await column.evaluate((el) => el.scrollTop)).toBe(0);
      expect(await page.getByTestId('check-summary').isVisible()).toBe(true);
      await page.getByRole('tab', { name: '文件信息' }).click();
      expect(await column.evaluate((el) => el.scrollTop)).toBe(atFoot);
      await page.getByRole('tab', { name: '检查' }).click();

      const minimum = 0.6 * height;
      const withNotes = await editorHeight(page);
      expect(withNotes).toBeGreaterThanOrEqual(minimum);
      expect(await rows(page.locator('.gw-draft > .gw-toolbar'))).toBe(1);
      expect(await rows(page.getByRole('toolbar', { name: '编辑工具' }))).toBe(1);
      await shot('workspace-import');

      await page.locator('[data-action="notes-toggle"]').click();
      expect(await page.locator('.gw-import-notes-body').isVisible()).toBe(false);
      expect(await editorHeight(page)).toBeGreaterThan(withNotes);
      await shot('workspace-notes-folded');
      // In a table the table's commands join the row; the row stays one.
      await page.locator('.gw-heading[data-slot] + .gw-paragraph').first().click();
      await page.getByRole('button', { name: '插入表格' }).click();
      // Rows × columns asked first (as Word does): that dialog fits too.
      const size = page.getByRole('dialog', { name: '插入表格' });
      await expectFits(size, '.gw-dialog-actions button', `${width}-dialog-table-size.png`);
      await size.getByRole('button', { name: '插入' }).click();
      await page.getByRole('button', { name: '加行' }).waitFor();
      expect(await rows(page.getByRole('toolbar', { name: '编辑工具' }))).toBe(1);
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.getByRole('button', { name: '加行' }).count()).toBe(0);
    });

    test('the paged preview beside the editor at a readable zoom, or over the whole width', async () => {
      await page.getByRole('button', { name: '分页预览' }).click();
      const sheet = page.locator('.gw-sheet').first();
      await sheet.waitFor({ timeout: 20_000 });
      const beside = (await sheet.boundingBox())!;
      expect(beside.width / SHEET_PX).toBeGreaterThanOrEqual(READABLE_ZOOM);
      const editor = (await page.getByTestId('editor-scroll').boundingBox())!;
      expect(editor.width).toBeGreaterThan(400);
      expect(editor.x + editor.width).toBeLessThanOrEqual(beside.x);
      expect(await editorHeight(page)).toBeGreaterThanOrEqual(0.6 * height);
      await shot('preview-beside');

      const scroller = page.getByTestId('editor-scroll');
      await scroller.evaluate((el) => el.scrollTo(0, 1500));
      const scrolled = await scroller.evaluate((el) => el.scrollTop);
      expect(scrolled).toBeGreaterThan(0);
      const widthBeside = await scroller.evaluate((el) => el.getBoundingClientRect().width);
      await page.locator('[data-action="preview-full"]').click();
      await expect.poll(async () => (await sheet.boundingBox())!.width / SHEET_PX).toBeGreaterThanOrEqual(1);
      expect(await scroller.isVisible()).toBe(false);
      // Under the full-width pages the editor keeps its width (no reflow, so nothing for the
      // browser's scroll anchoring to move).
      expect(await scroller.evaluate((el) => el.getBoundingClientRect().width)).toBe(widthBeside);
      await shot('preview-full');
      // Back beside, then off: the editor is where it was, text and all.
      await page.locator('[data-action="preview-full"]').click();
      expect(await scroller.evaluate((el) => el.scrollTop)).toBe(scrolled);
      await page.getByRole('button', { name: '分页预览' }).click();
      expect(await page.getByTestId('preview-pane').count()).toBe(0);
      expect(await page.getByRole('textbox', { name: '正文' }).innerText()).toContain('互助县');
    });

    test('every dialog fits the window with its buttons in view', async () => {
      const header = page.locator('.gw-draft > .gw-toolbar');
      await openMore(page, header);
      await header.getByRole('button', { name: '字体检查' }).click();
      const fonts = page.getByRole('dialog', { name: '字体检查' });
      await expectFits(fonts, '.gw-dialog-actions button', `${width}-dialog-fonts.png`);
      await fonts.getByRole('button', { name: '取消' }).click();

      // The imported report has no 发文机关 yet: the official export is held back.
      await page.getByRole('button', { name: '导出 Word' }).click();
      const blocked = page.locator('.gw-export-dialog');
      await expectFits(blocked, '.gw-dialog-actions button', `${width}-dialog-export.png`);
      await blocked.getByRole('button', { name: '返回修改' }).click();

      await page.getByRole('button', { name: '历史版本' }).click();
      // The drawer leaves the title bar in reach: save state, 导出, and the button that closes it.
      const covered = await header.evaluate((bar) =>
        [...bar.querySelectorAll<HTMLElement>('button, summary, [role="status"]')]
          .filter((b) => !b.closest('[role="menu"]'))
          .filter((b) => b.offsetParent !== null)
          .filter((b) => {
            const r = b.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !(hit && (hit === b || b.contains(hit)));
          })
          .map((b) => b.textContent),
      );
      expect(covered, 'title-bar items under the 历史版本 drawer').toEqual([]);
      await page.getByRole('button', { name: '查看' }).first().click();
      const version = page.locator('.gw-history-view[role="dialog"]');
      await expectFits(version, '.gw-history-head button', `${width}-dialog-version.png`);
      await version.getByRole('button', { name: '关闭' }).click();
      await page.getByRole('button', { name: '历史版本', pressed: true }).click();

      await page.evaluate((name) => window.dispatchEvent(new CustomEvent(name, { detail: 'about' })), MENU_EVENT);
      const about = page.getByRole('dialog', { name: '关于公文工作室' });
      await expectFits(about, 'button', `${width}-dialog-about.png`);
      await about.getByRole('button', { name: '关闭' }).click();

      // Leaving while saves fail: the question before leaving.
      await page.route('**/api/drafts.save', (route) => route.abort());
      await page.locator('.gw-editor .gw-paragraph').nth(1).click();
      await page.keyboard.type('改');
      await page.getByRole('link', { name: '‹ 草稿箱' }).click();
      const leave = page.getByTestId('leave-dialog');
      await expectFits(leave, '.gw-dialog-actions button', `${width}-dialog-leave.png`);
      await page.unroute('**/api/drafts.save');
      await leave.getByRole('button', { name: '离开' }).click();
      await page.getByRole('heading', { name: '草稿箱' }).waitFor();
      await shot('drafts');
    });
  });
}
