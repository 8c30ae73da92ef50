/**
 * The 政府信息公开工作年度报告 in Chromium on the real UI through the real web bridge (real SQLite
 * file): a new 年报 shows its three prescribed tables; numbers typed into the 三 table compute the
 * row and column totals; an unbalanced column is marked at its 结转下年度 cell with the checker's
 * words; the stored draft holds the numbers; a wrong entry is refused at its cell. Then it is
 * rolled forward from the 草稿箱 (上年结转 = last year's 结转下年度继续办理, every other number
 * 待填), completed, and exported as the official file and the 网站公开版 — without a 发文字号,
 * which a 年报 published on the portal does not carry.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { docxText } from '../helpers/docx-text';
import { fixedTableDef } from '../../shared/templates';
import { computeTotals, numberCells } from '../../shared/model/fixed-table-grid';
import type { FixedTable, Paragraph, ReportDocument, Section } from '../../shared/model/document';
import type { Browser, Page } from 'playwright-core';
import type { RunningBridge } from '../helpers/bridge';
import { startUi, stopUi, type WatchedPage } from '../helpers/browser';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let page: Page;
/** The 年报 filled in by the first test. */
let lastYearId = '';

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
    lastYearId = id;
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
    expect(await cell('forward.natural').getAttribute('title')).toContain(
      '“自然人”列：本年新收政府信息公开申请数量 5 ＋ 上年结转政府信息公开申请数量 1 ＝ 6',
    );
    expect(await page.locator(`${apply} [data-problem]`).count()).toBe(1);
    await page.screenshot({ path: 'test/.artifacts/gov-info-balance.png' });
    await fill('forward.natural', '2');
    await expect.poll(() => page.locator(`${apply} [data-problem]`).count()).toBe(0);

    // A fraction where a count belongs is refused at the cell, and nothing is stored for it.
    await fill('new.research', '1.5');
    await expect.poll(() => cell('new.research').locator('.gw-fixed-error').innerText()).toBe('只能填写不小于0的整数');

    // The autosave stores the numbers (totals as computed) in the SQLite file.
    const storedValues = async () => {
      const stored = await bridge.call<{
        doc: { body: { slot?: string; children: { type: string; values?: Record<string, number | null> }[] }[] };
      }>('drafts.get', { id });
      return stored.body.doc.body.find((b) => b.slot === 'apply')!.children.find((c) => c.type === 'fixedTable')!.values!;
    };
    await expect.poll(async () => (await storedValues())['forward.natural'], { timeout: 10_000 }).toBe(2);
    const values = await storedValues();
    expect(values).toMatchObject({
      'new.natural': 5,
      'new.business': 2,
      'new.total': 7,
      'forward.natural': 2,
      'total.natural': 4,
      'new.research': null,
    });
    expect(w.consoleErrors).toEqual([]);
  });

  test('roll it forward: 上年结转 from last year, every other number 待填; complete it and export both versions', async () => {
    const last = (await bridge.call<{ doc: ReportDocument }>('drafts.get', { id: lastYearId })).body.doc;
    await page.goto(bridge.url);
    await page.locator(`tr[data-draft="${lastYearId}"] [data-action="rollover"]`).click();
    await page.waitForURL(/#\/draft\/[A-Za-z0-9_-]+$/, { timeout: 20_000 });
    const id = /#\/draft\/(.+)$/.exec(page.url())![1]!;
    expect(id).not.toBe(lastYearId);
    await page.locator(apply).waitFor();

    // On screen: 上年结转 holds last year's 结转下年度继续办理 (自然人 2); the rest is 待填.
    expect(await cell('carried.natural').locator('input').inputValue()).toBe('2');
    expect(await cell('new.natural').locator('input').inputValue()).toBe('');
    expect(await cell('new.natural').locator('input').getAttribute('placeholder')).toBe('待填');
    expect(await cell('carried.total').innerText()).toBe('2');

    // As stored: every rollFrom cell from last year's, every other input cell 待填.
    const get = async () => (await bridge.call<{ doc: ReportDocument; revision: number }>('drafts.get', { id })).body;
    const rolled = await get();
    expect(rolled.doc.meta.year).toBe(last.meta.year + 1);
    const tableIn = (doc: ReportDocument, slot: string) =>
      doc.body
        .find((b): b is Section => b.type === 'section' && b.slot === slot)!
        .children.find((c): c is FixedTable => c.type === 'fixedTable')!;
    const lastApply = tableIn(last, 'apply').values;
    for (const slot of ['active', 'apply', 'review']) {
      const t = tableIn(rolled.doc, slot);
      for (const c of numberCells(fixedTableDef(t.table)!)) {
        if (c.def.sum) continue;
        expect(t.values[c.def.key] ?? null, `${t.table} ${c.def.key}`).toBe(c.def.rollFrom ? (lastApply[c.def.rollFrom] ?? null) : null);
      }
    }
    expect(tableIn(rolled.doc, 'apply').values['carried.natural']).toBe(2);

    // The clerk completes it (numbers and text stored through the bridge, as typed elsewhere).
    const doc = structuredClone(rolled.doc);
    const fill = (slot: string, set: Record<string, number>) => {
      const t = tableIn(doc, slot);
      const def = fixedTableDef(t.table)!;
      const values: Record<string, number | null> = {};
      for (const c of numberCells(def)) if (!c.def.sum) values[c.def.key] = set[c.def.key] ?? t.values[c.def.key] ?? 0;
      t.values = computeTotals(def, values);
    };
    fill('active', { 'norms.made': 3, 'license.decisions': 17 });
    // 自然人: 0 new + 2 carried = 1 granted + 1 forward.
    fill('apply', { 'granted.natural': 1, 'forward.natural': 1 });
    fill('review', {});
    const p = (text: string): Paragraph => ({ type: 'paragraph', runs: [{ text }] });
    for (const b of doc.body) {
      if (b.type !== 'section' || b.children.some((c) => c.type === 'fixedTable')) continue;
      b.children = [
        p(
          `${b.heading}：本年度依照《条例》规定开展工作，主动公开政府信息，依申请公开答复均在法定期限内完成。`.repeat(
            b.slot === 'overview' ? 25 : 8,
          ),
        ),
      ];
    }
    const organ = '某县人民政府办公室';
    doc.meta = {
      ...doc.meta,
      organ: { fullName: organ, headerText: `${organ}文件`, code: '某政办' },
      title: `${organ}${doc.meta.year}年政府信息公开工作年度报告`,
      docNumber: null,
      signature: { ...doc.meta.signature, organ, date: `${doc.meta.year + 1}年1月20日` },
    };
    if (doc.rollover) doc.rollover = { ...doc.rollover, yearChecks: [] };
    const saved = await bridge.call('drafts.save', { id, baseRevision: rolled.revision, doc });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await page.reload();
    await page.locator(apply).waitFor();

    // The official file: no 发文字号 asked for; the tables in it with their numbers.
    const exports = path.join(bridge.dataDir, 'exports');
    const notice = page.locator('.gw-notice');
    await page.getByRole('button', { name: '导出 Word' }).click();
    const confirm = page.locator('[data-testid="export-confirm"]:visible');
    const blocked = page.locator('[data-testid="export-blocked"]:visible');
    await expect
      .poll(async () => (await notice.count()) + (await confirm.count()) + (await blocked.count()), { timeout: 10_000 })
      .toBeGreaterThan(0);
    if (await blocked.count()) expect.fail(await blocked.innerText());
    if (await confirm.count()) await confirm.getByRole('button', { name: /^确认以上/ }).click();
    await expect.poll(() => notice.innerText(), { timeout: 20_000 }).toMatch(/已导出：.+\.docx/);
    const official = fs.readdirSync(exports).find((f) => f.endsWith('.docx') && !f.includes('（'))!;
    expect(official).toBe(`${doc.meta.title}.docx`);
    const officialText = await docxText(path.join(exports, official));
    expect(officialText).toContain('收到和处理政府信息公开申请情况');
    expect(officialText).toContain('二、上年结转政府信息公开申请数量');
    expect(officialText).not.toContain('待填');
    expect(officialText).toContain('行政许可17');
    expect(officialText).not.toContain('草稿');

    // The 网站公开版.
    await page.getByRole('button', { name: '导出网站公开版' }).click();
    await expect.poll(() => notice.innerText(), { timeout: 20_000 }).toContain('（网站公开版）.docx');
    const web = `${doc.meta.title}（网站公开版）.docx`;
    expect(fs.existsSync(path.join(exports, web))).toBe(true);
    const webText = await docxText(path.join(exports, web));
    expect(webText).toContain('四、结转下年度继续办理');
    expect(webText).not.toContain('待填');
    expect(w.consoleErrors).toEqual([]);
  });
});
