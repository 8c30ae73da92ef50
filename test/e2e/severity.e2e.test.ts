/**
 * One severity vocabulary and one count, in Chromium on the real UI, bridge and SQLite file: the
 * 检查 panel, the export dialog and `gongwen check` agree on a new draft, the three seed reports
 * and a rolled-forward one; the official export with 定稿前应补齐 gaps asks for each, refuses
 * without the confirmation (UI and bridge) and records it in the history; an emptied heading is
 * listed in 检查 and 大纲, located by a click, and refuses the official export.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage, openDraftPage } from '../helpers/browser';
import { ROOT, rm, tempDir } from '../helpers/paths';
import { SEEDS, seedDocument, storeDraft } from '../helpers/seed-docs';
import { SEED_INFO, seedReport } from '../helpers/reports';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { CheckReport, FindingLevel } from '../../shared/check/index';
import type { ReportDocument } from '../../shared/model/document';

let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let work: string;
const ARTIFACTS = path.join(ROOT, 'test/.artifacts');
const LEVELS: FindingLevel[] = ['error', 'gap', 'warning', 'info'];

beforeAll(async () => {
  work = tempDir('gongwen-severity-e2e-');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser, { width: 1366, height: 768 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  if (work) rm(work);
});

async function stored(id: string): Promise<DraftRecord> {
  return (await bridge.call<DraftRecord>('drafts.get', { id })).body;
}

async function openDraft(page: Page, id: string): Promise<void> {
  await openDraftPage(page, bridge.url, id);
  await page.getByRole('textbox', { name: '正文' }).waitFor();
  await page.getByRole('tab', { name: '检查' }).click();
}

/** The 检查 panel's counts, as the clerk reads them. */
async function panelCounts(page: Page): Promise<Record<FindingLevel, number>> {
  const out = {} as Record<FindingLevel, number>;
  for (const l of LEVELS) out[l] = Number(await page.getByTestId(`check-count-${l}`).locator('b').innerText());
  return out;
}

/** 导出 Word: the dialog that opens (refusal or confirmation) and the counts it shows; then back out. */
async function dialogCounts(page: Page): Promise<{ mode: string; error: number | null; gap: number; items: number }> {
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.locator('dialog.gw-export-dialog[open]');
  await dialog.waitFor();
  const mode = (await dialog.getAttribute('data-testid'))!;
  const error = (await dialog.getByTestId('export-count-error').count())
    ? Number(await dialog.getByTestId('export-count-error').locator('b').innerText())
    : null;
  const gap = Number(await dialog.getByTestId('export-count-gap').locator('b').innerText());
  const items = await dialog.locator('.gw-reasons li').count();
  await dialog.getByRole('button', { name: mode === 'export-blocked' ? '返回修改' : '返回补齐' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return { mode, error, gap, items };
}

/** `gongwen check` as a user runs it, on the stored draft: the text and the --json answer. */
async function cliCheck(doc: ReportDocument, name: string): Promise<{ code: number | null; text: string; json: CheckReport }> {
  const file = path.join(work, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(doc));
  const run = (args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [
        path.join(ROOT, 'bin/gongwen.cjs'),
        'check',
        file,
        ...args,
        '--data-dir',
        path.join(work, 'data'),
      ]);
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
    });
  const text = await run([]);
  const json = await run(['--json']);
  return { code: text.code, text: text.out, json: JSON.parse(json.out) as CheckReport };
}

describe('the 检查 panel, the export dialog and gongwen check agree', () => {
  test('on a new draft, the three seed reports as imported, and a draft rolled forward from one', async () => {
    const { page } = w;
    const cases: { name: string; id: string }[] = [];
    const created = await bridge.call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual', year: 2024 });
    cases.push({ name: 'new', id: created.body.id });
    for (const s of SEEDS) cases.push({ name: s, id: await storeDraft(bridge, seedDocument(s)) });
    const rolled = await bridge.call<{ draft: DraftRecord }>('drafts.rollover', { id: cases[1]!.id });
    expect(rolled.status).toBe(200);
    cases.push({ name: 'rolled', id: rolled.body.draft.id });

    // The CLI runs one process at a time alongside the browser, which spends its time waiting on the page.
    const clis: Promise<Awaited<ReturnType<typeof cliCheck>>>[] = [];
    let previous: Promise<unknown> = Promise.resolve();
    for (const c of cases) {
      const next = previous.then(async () => cliCheck((await stored(c.id)).doc, c.name));
      clis.push(next);
      previous = next;
    }
    for (const [i, c] of cases.entries()) {
      await openDraft(page, c.id);
      const cli = await clis[i]!;
      // The panel follows the text 300 ms after it settles: wait until it shows the CLI's counts.
      await expect.poll(() => panelCounts(page), { timeout: 10_000 }).toEqual(cli.json.counts);
      const panel = await panelCounts(page);
      // The one verdict: panel headline = the CLI's second line = check --json's verdict.
      const summary = await page.getByTestId('check-summary').innerText();
      expect(summary, c.name).toBe(cli.json.verdict);
      expect(cli.text.split('\n')[1], c.name).toBe(summary);
      expect(cli.text.split('\n')[0], c.name).toBe(LEVELS.map((l) => `${cli.json.levelNames[l]} ${panel[l]} 处`).join('，'));
      // 必须 is said only where the official export is refused; the exit code says the same.
      expect(summary.includes('必须'), c.name).toBe(panel.error > 0);
      expect(cli.code, c.name).toBe(panel.error > 0 ? 1 : 0);
      expect(cli.json.blocking, c.name).toBe(panel.error > 0);
      // The export dialog: a refusal listing exactly the panel's 导出前必须修改, or a confirmation listing its 定稿前应补齐.
      const d = await dialogCounts(page);
      if (panel.error) expect(d, c.name).toEqual({ mode: 'export-blocked', error: panel.error, gap: panel.gap, items: panel.error });
      else expect(d, c.name).toEqual({ mode: 'export-confirm', error: null, gap: panel.gap, items: panel.gap });
    }
    expect(w.consoleErrors).toEqual([]);
  }, 120_000);
});

/** A seed report with its 版头 and 版记 set, minus the 成文日期: two missing parts and the date — gaps only. */
function gappy(): ReportDocument {
  const doc = seedReport(SEED_INFO[0]!);
  return { ...doc, meta: { ...doc.meta, signature: { ...doc.meta.signature, date: '' } } };
}

describe('定稿前应补齐: the official export asks, refuses without the confirmation, and records it', () => {
  test('the dialog lists each gap; 返回补齐 exports nothing; the bridge refuses without confirmation; confirming exports and the history keeps it', async () => {
    const { page } = w;
    const id = await storeDraft(bridge, gappy());
    await openDraft(page, id);
    await expect
      .poll(() => page.getByTestId('check-summary').innerText(), { timeout: 10_000 })
      .toBe('可以导出正式文件，但有 3 处定稿前应补齐：导出时须逐项确认。');
    await page.screenshot({ path: path.join(ARTIFACTS, 'severity-panel-1366.png') });

    const exportsDir = path.join(bridge.dataDir, 'exports');
    const exported = () => (fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir).filter((f) => f.endsWith('.docx')) : []);
    const before = exported().length;

    await page.getByRole('button', { name: '导出 Word' }).click();
    const dialog = page.getByTestId('export-confirm');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('导出正式文件前请确认');
    const items = await dialog.locator('.gw-reasons li').allInnerTexts();
    expect(items).toHaveLength(3);
    expect(items[2]).toBe('成文日期：未填写成文日期。');
    expect(items[0]).toBe('缺少“党政主要负责人履行推进法治建设第一责任人职责”部分。按规定，年度报告应包括这一部分。');
    expect(await dialog.innerText()).not.toContain('必须');
    await page.screenshot({ path: path.join(ARTIFACTS, 'severity-confirm-1366.png') });
    await dialog.getByRole('button', { name: '返回补齐' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(exported()).toHaveLength(before);

    // The back end refuses an official export that carries no confirmation, in Chinese, listing the gaps.
    const refused = await bridge.call<{ code: string; message: string; details: { where: string }[] }>('export.docx', {
      id,
      variant: 'official',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('EXPORT_UNCONFIRMED');
    expect(refused.body.message).toMatch(/^导出正式文件前须逐项确认以下 3 处定稿前应补齐的内容：1\. .*3\. 成文日期：未填写成文日期。/);
    expect(refused.body.details.map((d) => d.where)).toEqual([
      '党政主要负责人履行推进法治建设第一责任人职责',
      '其他需要报告的情况',
      '成文日期',
    ]);
    expect(exported()).toHaveLength(before);
    const revision = (await stored(id)).revision;
    const history = async () =>
      (await bridge.call<{ versions: { revision: number; name: string | null; note: string }[] }>('history.list', { id })).body.versions;
    expect((await history()).some((v) => v.name === '已导出正式文件（有待补齐）')).toBe(false);

    // Confirmed: exported, and said so.
    await page.getByRole('button', { name: '导出 Word' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '确认以上 3 处，导出正式文件' }).click();
    const notice = page.locator('.gw-notice');
    await expect
      .poll(() => notice.innerText(), { timeout: 20_000 })
      .toMatch(/^已导出：.*\.docx。另有 3 处定稿前应补齐，已在“历史版本”中记下/);
    expect(exported()).toHaveLength(before + 1);
    // In a browser the notice offers the file itself: 下载 gives the very .docx just written.
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('link', { name: '下载' }).click()]);
    const name = download.suggestedFilename();
    expect(exported()).toContain(name);
    expect(fs.readFileSync(await download.path())).toEqual(fs.readFileSync(path.join(exportsDir, name)));
    const kept = (await history()).find((v) => v.revision === revision)!;
    expect(kept.name).toBe('已导出正式文件（有待补齐）');
    expect(kept.note).toMatch(/^导出正式文件时确认了 3 处定稿前应补齐的内容：1\. .*3\. 成文日期：未填写成文日期。$/);

    // The clerk sees it in 历史版本.
    await page.getByRole('button', { name: '历史版本' }).click();
    const entry = page.locator(`.gw-version[data-revision="${revision}"]`);
    await expect.poll(() => entry.innerText()).toContain('已导出正式文件（有待补齐）');
    expect(await entry.innerText()).toContain('成文日期：未填写成文日期');
    await page.screenshot({ path: path.join(ARTIFACTS, 'severity-history-1366.png') });
    await page.getByRole('button', { name: '关闭' }).first().click();
    expect(w.consoleErrors).toEqual([]);
  }, 60_000);
});

describe('an emptied heading', () => {
  test('is listed in 检查 and 大纲, a click goes to it, and the official export is refused', async () => {
    const { page } = w;
    const doc = gappy();
    const second = doc.body.filter((b) => b.type === 'section')[1]!;
    if (second.type !== 'section') throw new Error('no second part');
    second.heading = '';
    const id = await storeDraft(bridge, doc);
    await openDraft(page, id);
    const stored2 = (await stored(id)).doc.body.filter((b) => b.type === 'section')[1]!;
    const sectionId = stored2.type === 'section' ? stored2.id : '';

    const finding = page.getByTestId('completeness').locator('.gw-finding-message[data-rule="heading-empty"]');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
    expect(await finding.innerText()).toBe('标题为空，导出后只会印出序号“二、”。请填回标题，如“存在的不足和原因”。');
    expect(await page.getByTestId('check-summary').innerText()).toBe('有 1 处导出前必须修改的问题，修改后才能导出正式文件。');
    // 大纲 says it at the heading, in words, not a bare number.
    const nav = page.getByTestId('outline-nav').locator(`button[data-section="${sectionId}"]`);
    expect(await nav.innerText()).toContain('二、标题为空');
    expect(await nav.getAttribute('title')).toBe('标题为空，导出后只会印出序号“二、”。请填回标题，如“存在的不足和原因”。');

    // A click on the finding puts the caret in that heading.
    await finding.click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            window.getSelection()?.anchorNode?.parentElement?.closest('[data-section-id]')?.getAttribute('data-section-id') ??
            (window.getSelection()?.anchorNode as Element | null)?.closest?.('[data-section-id]')?.getAttribute('data-section-id') ??
            null,
        ),
      )
      .toBe(sectionId);

    // The official export is refused with the heading named; the 草稿 is offered.
    await page.getByRole('button', { name: '导出 Word' }).click();
    const blocked = page.getByTestId('export-blocked');
    await blocked.waitFor();
    expect(await blocked.locator('.gw-reasons li').allInnerTexts()).toEqual([
      '二、：标题为空，导出后只会印出序号“二、”。请填回标题，如“存在的不足和原因”。',
    ]);
    expect(await blocked.getByTestId('export-count-error').innerText()).toBe('导出前必须修改 1');
    expect(await blocked.getByTestId('export-count-gap').innerText()).toBe('定稿前应补齐 3');
    await page.screenshot({ path: path.join(ARTIFACTS, 'severity-empty-heading-blocked-1366.png') });
    await blocked.getByRole('button', { name: '返回修改' }).click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'severity-empty-heading-1366.png') });

    // 分页预览 says it beside the bare number, on screen only.
    await page.getByRole('button', { name: '分页预览' }).click();
    const mark = page.locator('.gw-preview .gw-line-problem');
    await mark.first().waitFor();
    expect(await mark.count()).toBe(1);
    expect(await mark.getAttribute('data-problem')).toBe('标题为空');
    expect(await mark.evaluate((el) => el.textContent)).toBe('二、');
    expect(await mark.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"（标题为空）"');
    await mark.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'severity-empty-heading-preview-1366.png') });
    await page.getByRole('button', { name: '分页预览' }).click();
    expect(w.consoleErrors).toEqual([]);
  }, 60_000);
});

describe('as a clerk sees it at 1920×1080', () => {
  test('the 检查 panel and the confirmation', async () => {
    const big = await openPage(browser, { width: 1920, height: 1080 });
    try {
      const id = await storeDraft(bridge, gappy());
      await openDraft(big.page, id);
      await expect.poll(() => big.page.getByTestId('check-count-gap').innerText(), { timeout: 10_000 }).toBe('定稿前应补齐 3');
      await big.page.screenshot({ path: path.join(ARTIFACTS, 'severity-panel-1920.png') });
      await big.page.getByRole('button', { name: '导出 Word' }).click();
      await big.page.getByTestId('export-confirm').waitFor();
      await big.page.screenshot({ path: path.join(ARTIFACTS, 'severity-confirm-1920.png') });
      expect(big.consoleErrors).toEqual([]);
    } finally {
      await big.context.close();
    }
  }, 60_000);
});
