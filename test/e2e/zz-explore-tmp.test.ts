import { test } from 'vitest';
import { startBridge } from '/work/main/test/helpers/bridge';
import { launchBrowser, openPage } from '/work/main/test/helpers/browser';

test('explore', async () => {
  const bridge = await startBridge();
  const browser = await launchBrowser();
  try {
    for (let i = 0; i < 6; i++) {
      const w = await openPage(browser, { width: 1440, height: 900 });
      const { page } = w;
      await page.goto(bridge.url);
      await page.getByRole('heading', { name: '草稿箱' }).waitFor();
      const btn = page.locator('[data-action="import"]');
      const before = await btn.evaluate((b) => (b as HTMLButtonElement).disabled);
      await btn.click();
      await page.waitForTimeout(500);
      const n = await page.getByTestId('import-dialog').count();
      const open = n ? await page.getByTestId('import-dialog').evaluate((d) => (d as HTMLDialogElement).open) : null;
      console.log(i, 'disabledBefore', before, 'dialogs', n, 'open', open, w.consoleErrors);
      if (!n) await page.screenshot({ path: `/tmp/gwx/flake${i}.png` });
      await w.context.close();
    }
  } finally {
    await browser.close();
    await bridge.stop();
  }
});
