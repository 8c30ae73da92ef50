/**
 * The import dialog while a file is read, in Chromium on the real UI and bridge: the bar and the
 * stage as the worker reports them, 停止导入 which ends the import with nothing created, and a
 * hostile file refused with the Chinese message. Screenshot at 1366×768.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import path from 'node:path';
import type { Browser, Route } from 'playwright-core';
import type { RunningBridge } from '../helpers/bridge';
import { ARTIFACTS_DIR, startUi, stopUi, type WatchedPage } from '../helpers/browser';
import { hostileCorpus } from '../helpers/hostile-files';
import { HOSTILE_FILE } from '../../shared/import/limits';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
const ARTIFACTS = ARTIFACTS_DIR;

beforeAll(async () => {
  ({ bridge, browser, w } = await startUi({ width: 1366, height: 768 }));
});
afterAll(() => stopUi({ bridge, browser }));

const drafts = async () => ((await bridge.call<unknown[]>('drafts.list', {})).body).length;

test('progress while the file is read, 停止导入 creates nothing, a hostile file gets the Chinese refusal', async () => {
  const { page } = w;
  const corpus = hostileCorpus();
  const flood = corpus.find((c) => c.name === 'text-flood')!;
  await page.goto(bridge.url);
  await page.getByRole('heading', { name: '草稿箱' }).waitFor();
  await page.locator('[data-action="import"]').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.waitFor();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: '外单位报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(flood.bytes) });

  // Hold the import request in the page until the clerk has looked and pressed 停止导入, so the
  // dialog's running state is seen however fast the machine is.
  let held: Route | undefined;
  await page.route('**/api/drafts.import', (route) => {
    held = route;
  });
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  const progress = page.getByTestId('import-progress');
  await progress.waitFor();
  expect(await progress.innerText()).toContain('正在读取文件');
  expect(await progress.locator('progress').getAttribute('value')).toBe('5');
  await expect.poll(() => held !== undefined).toBe(true);
  // While it runs the other controls are locked, and 取消 has become 停止导入.
  expect(await dialog.locator('select').isDisabled()).toBe(true);
  const stop = dialog.locator('[data-action="import-stop"]');
  expect(await stop.innerText()).toBe('停止导入');
  await dialog.screenshot({ path: path.join(ARTIFACTS, 'import-progress.png') });
  await page.screenshot({ path: path.join(ARTIFACTS, 'import-progress-page.png') });
  await stop.click();
  await expect.poll(() => progress.innerText()).toContain('正在停止');
  await held!.continue();
  await page.unroute('**/api/drafts.import');
  await expect.poll(() => page.getByTestId('import-notice').innerText(), { timeout: 15_000 }).toBe('已停止导入，没有新建草稿。');
  expect(await page.getByTestId('import-error').count()).toBe(0);
  expect(await drafts()).toBe(0);

  // The same file again, left to run: the worker's limits refuse it, in Chinese, nothing created.
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect.poll(() => page.getByTestId('import-error').innerText(), { timeout: 20_000 }).toBe(HOSTILE_FILE);
  expect(await page.getByTestId('import-progress').count()).toBe(0);
  expect(await dialog.getByRole('button', { name: '取消', exact: true }).isEnabled()).toBe(true);
  await dialog.screenshot({ path: path.join(ARTIFACTS, 'import-refused.png') });
  expect(await drafts()).toBe(0);
  // The cancel (409) and the refusal (413) are the bridge's answers, which Chromium logs.
  expect(w.consoleErrors.every((e) => /status of (409|413)/.test(e))).toBe(true);
});
