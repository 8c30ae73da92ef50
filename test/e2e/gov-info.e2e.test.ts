/**
 * The 政府信息公开工作年度报告 in Chromium on the real UI through the real web bridge (real SQLite
 * file): a new 年报 shows its three prescribed tables; numbers typed into the 三 table compute the
 * row and column totals; an unbalanced column is marked at its 结转下年度 cell with the checker's
 * words; the stored draft holds the numbers; a wrong entry is refused at its cell.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningBridge } from '../helpers/bridge';
import { startUi, stopUi, type WatchedPage } from '../helpers/browser';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;

beforeAll(async () => {
  ({ bridge, browser, w } = await startUi({ width: 1280, height: 860 }));
  page = w.page;
});
afterAll(() => stopUi({ bridge, browser }));

const apply = '[data-fixed-table="gov-apply"]';
const cell = (key: string) => page.locator(`${apply} [data-cell="${key}"]`);

async function fill(key: string, value: string) {
  const input = cell(key).locator('input');
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

describe('a 政府信息公开 年报', () => {
  test('fill numbers: totals computed, an unbalanced column marked at its cell, numbers stored', async () => {
    await page.goto(bridge.url);
    await page.locator('button[data-template="gov-info-annual"]').click();
    await page.waitForURL(/#\/draft\/[A-Za-z0-9-]+$/);
    const id = /#\/draft\/(.+)$/.exec(page.url())![1]!;
    await page.locator(apply).waitFor();
    expect(await page.locator('[data-fixed-table]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fixed-table')))).toEqual([
      'gov-active',
      'gov-apply',
      'gov-review',
    ]);
    // Totals take no input; every cell starts 待填.
    expect(await cell('new.total').locator('input').count()).toBe(0);
    expect(await cell('new.total').innerText()).toBe('待填');

    await fill('new.natural', '5');
    await fill('new.business', '2');
    await expect.poll(() => cell('new.total').innerText()).toBe('7');
    await fill('carried.natural', '1');
    await fill('granted.natural', '3');
    await fill('deny.secret.natural', '1');
    await expect.poll(() => cell('total.natural').innerText()).toBe('4');
    await fill('forward.natural', '1');
    // 5 + 1 ≠ 4 + 1: the 结转下年度 cell of 自然人 carries the checker's message.
    await expect.poll(() => cell('forward.natural').getAttribute('data-problem')).toBe('');
    expect(await cell('forward.natural').getAttribute('title')).toContain('“自然人”列：本年新收政府信息公开申请数量 5 ＋ 上年结转政府信息公开申请数量 1 ＝ 6');
    expect(await page.locator(`${apply} [data-problem]`).count()).toBe(1);
    await page.screenshot({ path: 'test/.artifacts/gov-info-balance.png' });
    await fill('forward.natural', '2');
    await expect.poll(() => page.locator(`${apply} [data-problem]`).count()).toBe(0);

    // A fraction where a count belongs is refused at the cell, and nothing is stored for it.
    await fill('new.research', '1.5');
    await expect.poll(() => cell('new.research').locator('.gw-fixed-error').innerText()).toBe('只能填写不小于0的整数');

    // The autosave stores the numbers (totals as computed) in the SQLite file.
    const storedValues = async () => {
      const stored = await bridge.call<{ doc: { body: { slot?: string; children: { type: string; values?: Record<string, number | null> }[] }[] } }>(
        'drafts.get',
        { id },
      );
      return stored.body.doc.body.find((b) => b.slot === 'apply')!.children.find((c) => c.type === 'fixedTable')!.values!;
    };
    await expect.poll(async () => (await storedValues())['forward.natural'], { timeout: 10_000 }).toBe(2);
    const values = await storedValues();
    expect(values).toMatchObject({ 'new.natural': 5, 'new.business': 2, 'new.total': 7, 'forward.natural': 2, 'total.natural': 4, 'new.research': null });
    expect(w.consoleErrors).toEqual([]);
  });
});
