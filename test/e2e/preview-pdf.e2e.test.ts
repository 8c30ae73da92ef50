/**
 * The paged preview as Chromium draws it, against LibreOffice's render of the exported .docx:
 * for the three seed reports (and one 网站公开版) the preview draws as many sheets as LibreOffice
 * makes pages; the print route printed with page.pdf() (what Electron's printToPDF does) has that
 * many A4 pages, each holding the text the layout puts on it. Real bridge, real SQLite, real
 * Chromium, real soffice.
 */
import { exportGate, reasonLine } from '../../shared/export/gate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { launchBrowser, openPage, type WatchedPage } from '../helpers/browser';
import { ROOT, rm, tempDir } from '../helpers/paths';
import { pageCount, pagePngs, readBoxes, renderPdf, textLines } from '../helpers/render';
import { SEED_INFO, seedReport, shortReport } from '../helpers/reports';
import type { OrganProfile } from '../../shared/contract/profiles';
import { layoutDocument } from '../../shared/layout/index';
import type { ReportDocument } from '../../shared/model/document';
import type { DraftRecord } from '../../shared/contract/drafts';
import type { ExportVariant } from '../../shared/contract/export';

const ARTIFACTS = path.join(ROOT, 'test/.artifacts');
let bridge: RunningBridge;
let browser: Browser;
let w: WatchedPage;
let out: string;

interface Case {
  name: string;
  variant: ExportVariant;
  doc: ReportDocument;
  id: string;
  /** LibreOffice's page count for the exported .docx. */
  loPages: number;
  /** LibreOffice's PDF of the exported .docx. */
  loPdf: string;
}
const cases: Case[] = [];

/** What the clerk confirms in the export dialog for the official file of `doc`. */
const confirmed = (doc: ReportDocument) => exportGate(doc, 'official').gaps.map(reasonLine);

async function createDraft(doc: ReportDocument): Promise<string> {
  const created = await bridge.call<DraftRecord>('drafts.create', { templateId: 'fazhi-annual' });
  expect(created.status).toBe(200);
  const saved = await bridge.call('drafts.save', { id: created.body.id, baseRevision: created.body.revision, doc });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return created.body.id;
}

/** Open the print route of a draft and wait until it says it is ready to print. */
async function openPrintRoute(page: Page, route: string): Promise<void> {
  await page.goto(`${bridge.origin}/?token=${encodeURIComponent(bridge.token)}${route}`);
  await page.waitForSelector('html[data-gw-print="ready"]', { timeout: 30_000 });
}

const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  out = tempDir('gongwen-preview-pdf-');
  bridge = await startBridge();
  browser = await launchBrowser();
  w = await openPage(browser, { width: 1400, height: 900 });
  const inputs = [
    ...SEED_INFO.map((info) => ({ name: info.file, variant: 'official' as const, doc: seedReport(info) })),
    { name: 'huzhu-2024-web', variant: 'web' as const, doc: seedReport(SEED_INFO[0]!) },
  ];
  const docx: string[] = [];
  for (const input of inputs) {
    const id = await createDraft(input.doc);
    // The seed reports lack two parts (定稿前应补齐): the official export goes out once they are confirmed.
    const r = await bridge.call<{ path: string }>('export.docx', { id, variant: input.variant, confirmedGaps: confirmed(input.doc) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const file = path.join(out, `${input.name}.docx`);
    fs.copyFileSync(r.body.path, file);
    docx.push(file);
    cases.push({ ...input, id, loPages: 0, loPdf: '' });
  }
  renderPdf(docx, out).forEach((pdf, i) => {
    cases[i]!.loPages = pageCount(pdf);
    cases[i]!.loPdf = pdf;
  });
  // renderPdf blocks the event loop for longer than the bridge keeps an idle connection open: let
  // fetch see the bridge's close first, or the next call goes out on the closed socket.
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  if (out) rm(out);
});

describe('the paged preview in Chromium against LibreOffice', () => {
  test('the preview draws as many A4 sheets as LibreOffice makes pages, for the three seed reports and a 网站公开版', async () => {
    const { page } = w;
    for (const c of cases) {
      const r = await bridge.call<{ route: string; printHere: boolean }>('export.pdf', {
        id: c.id,
        variant: c.variant,
        confirmedGaps: confirmed(c.doc),
      });
      expect(r.status).toBe(200);
      expect(r.body.printHere).toBe(true);
      await openPrintRoute(page, r.body.route);
      const sheets = await page.locator('.gw-sheet').count();
      expect(sheets, c.name).toBe(c.loPages);
      // True scale: every sheet is 210 × 297 mm.
      const box = await page.locator('.gw-sheet').first().boundingBox();
      expect(box!.width).toBeCloseTo((210 / 25.4) * 96, 0);
      expect(box!.height).toBeCloseTo((297 / 25.4) * 96, 0);
    }
    expect(cases.find((c) => c.name === 'huzhu-2024')!.loPages).toBeGreaterThan(5);
    expect(w.consoleErrors).toEqual([]);
  });

  test('page.pdf() of the print route: same page count as LibreOffice, A4, and each page holds the lines the layout puts on it', async () => {
    const { page } = w;
    for (const c of cases) {
      await openPrintRoute(page, `#/draft/${c.id}/preview?variant=${c.variant}`);
      const pdf = path.join(out, `${c.name}-chromium.pdf`);
      fs.writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pageCount(pdf), c.name).toBe(c.loPages);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);

      const layout = layoutDocument(c.doc, c.variant);
      layout.pages.forEach((lp, i) => {
        const text = squash(
          execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }),
        );
        const lines = lp.items.flatMap((it) =>
          it.kind === 'line'
            ? [
                squash(
                  it.para.runs
                    .map((r) => r.text)
                    .join('')
                    .slice(it.box.start, it.box.end),
                ),
              ]
            : [],
        );
        for (const line of lines.filter(Boolean)) expect(text, `${c.name} page ${i + 1}`).toContain(line);
        if (lp.number !== null) expect(text).toContain(`—${lp.number}—`);
      });
      const all = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      expect(all).toContain(squash(c.doc.meta.title));
      // The 版头 and the 版记 only in the official version.
      const colophon = `${c.doc.meta.printedDate}印发`;
      if (c.variant === 'official') {
        expect(all).toContain(c.doc.meta.organ.headerText);
        expect(all).toContain(colophon);
      } else {
        expect(all).not.toContain(c.doc.meta.organ.headerText);
        expect(all).not.toContain(colophon);
      }
      if (c.name === 'huzhu-2024') pagePngs(pdf, path.join(ARTIFACTS, 'preview-pdf-huzhu'), [1, c.loPages], 50);
    }
  });

  test('one picture: every heading and paragraph starts where LibreOffice starts it in the .docx (indents agree)', async () => {
    // The preview once indented headings ~3.5 characters (an app style leaking into the sheet)
    // where the file has 2: compare each line's left edge, Chromium's print against LibreOffice's.
    const { page } = w;
    let compared = 0;
    for (const c of cases) {
      await openPrintRoute(page, `#/draft/${c.id}/preview?variant=${c.variant}`);
      const pdf = path.join(out, `${c.name}-indent.pdf`);
      fs.writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const chromium = readBoxes(pdf);
      const lo = readBoxes(c.loPdf);
      const layout = layoutDocument(c.doc, c.variant);
      layout.pages.forEach((lp, i) => {
        const ours = textLines(chromium[i]!);
        const theirs = textLines(lo[i]!);
        for (const it of lp.items) {
          if (it.kind !== 'line' || !it.first || !['heading', 'body'].includes(it.para.role)) continue;
          const head = squash(it.para.runs.map((r) => r.text).join('')).slice(0, 6);
          if (head.length < 4) continue;
          const a = ours.find((l) => squash(l.text).startsWith(head));
          const b = theirs.find((l) => squash(l.text).startsWith(head));
          if (!a || !b) continue;
          expect(Math.abs(a.x0 - b.x0), `${c.name} p${i + 1} “${head}”: Chromium ${a.x0}pt, LibreOffice ${b.x0}pt`).toBeLessThan(1.5);
          compared++;
        }
      });
    }
    // Headings of every level and plain paragraphs were compared, not a handful.
    expect(compared).toBeGreaterThan(20);
  });

  test('the official PDF is held back like the .docx while a 发文字号 is missing; the 草稿 prints with its mark', async () => {
    const base = cases[0]!.doc;
    const id = await createDraft({ ...base, meta: { ...base.meta, docNumber: null } });
    const held = await bridge.call<{ code: string; details: { where: string; message: string }[] }>('export.pdf', {
      id,
      variant: 'official',
    });
    expect(held.status).toBe(422);
    expect(held.body.code).toBe('EXPORT_BLOCKED');
    expect(held.body.details).toEqual([expect.objectContaining({ where: '发文字号', message: '正式文件须有发文字号。' })]);

    const draft = await bridge.call<{ route: string }>('export.pdf', { id, variant: 'draft' });
    expect(draft.status).toBe(200);
    await openPrintRoute(w.page, draft.body.route);
    const pdf = path.join(out, 'draft.pdf');
    fs.writeFileSync(pdf, await w.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const n = pageCount(pdf);
    expect(n).toBe(layoutDocument({ ...base, meta: { ...base.meta, docNumber: null } }, 'draft').pages.length);
    for (let p = 1; p <= n; p++) {
      expect(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' })).toContain('草稿（未定稿）');
    }
    expect(execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' })).toContain('（发文字号待定）');
  });

  test('a draft that does not exist: the print route says so (and tells the printer)', async () => {
    await w.page.goto(`${bridge.origin}/?token=${encodeURIComponent(bridge.token)}#/draft/nosuchdraft/preview?variant=official`);
    await w.page.waitForSelector('html[data-gw-print="error"]');
    expect(await w.page.getByRole('alert').innerText()).toContain('找不到该草稿');
  });
});

describe('分页预览, 字体检查 and export in the draft workspace', () => {
  const openDraft = async (page: Page, id: string) => {
    await page.goto(`${bridge.url}#/draft/${id}`);
    await page.getByRole('textbox', { name: '正文' }).waitFor();
  };
  const stored = async (id: string) => (await bridge.call<DraftRecord>('drafts.get', { id })).body.doc;

  test('分页预览 shows the pages and their count, and follows the text as the clerk types', async () => {
    const { page } = w;
    const doc = shortReport();
    const id = await createDraft(doc);
    await openDraft(page, id);
    await page.getByRole('button', { name: '分页预览' }).click();
    const count = page.getByTestId('preview-count');
    const pane = page.getByTestId('preview-pane');
    const before = layoutDocument(doc, 'official').pages.length;
    await expect.poll(() => count.innerText()).toBe(`共 ${before} 页`);
    expect(await pane.locator('.gw-sheet').count()).toBe(before);

    // Type three long paragraphs' worth at the end of the opening paragraph.
    await page.locator('.gw-editor .gw-paragraph').first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(
      '全县各级行政机关坚持依法行政，严格规范公正文明执法，行政复议和行政诉讼工作稳步推进，法治政府建设各项任务有序落实。'.repeat(12),
    );
    await expect.poll(() => page.getByTestId('save-state').innerText(), { timeout: 10_000 }).toBe('已保存');
    const after = layoutDocument(await stored(id), 'official').pages.length;
    expect(after).toBeGreaterThan(before);
    await expect.poll(() => count.innerText(), { timeout: 10_000 }).toBe(`共 ${after} 页`);
    expect(await pane.locator('.gw-sheet').count()).toBe(after);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-preview.png') });

    // The 网站公开版: no 版头, no 版记 page.
    await page.getByLabel('预览版本').selectOption('web');
    const web = layoutDocument(await stored(id), 'web').pages.length;
    await expect.poll(() => count.innerText()).toBe(`共 ${web} 页`);
    expect(await pane.locator('.gw-role-organMark').count()).toBe(0);
    await page.getByLabel('预览版本').selectOption('official');
    expect(await pane.locator('.gw-role-organMark').count()).toBe(1);
  });

  test('打印 from the preview at 1366×768: the browser prints the print route of the version shown, whose pages are LibreOffice’s', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 1366, height: 768 });
    const c = cases.find((x) => x.name === 'furong-2019')!;
    await openDraft(page, c.id);
    await page.getByRole('button', { name: '分页预览' }).click();
    // The print page records its window.print() instead of opening the system dialog.
    await page.context().addInitScript(() => {
      window.print = () =>
        document.documentElement.setAttribute('data-test-printed', String(document.querySelectorAll('.gw-sheet').length));
    });
    const [printTab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: '打印' }).click()]);
    await printTab.waitForSelector('html[data-test-printed]', { timeout: 30_000 });
    expect(printTab.url()).toContain(`#/draft/${c.id}/preview?variant=official&print=1`);
    const sheets = Number(await printTab.locator('html').getAttribute('data-test-printed'));
    expect(sheets).toBe(c.loPages);
    // What the browser prints: as many A4 pages as LibreOffice makes of the exported file.
    const pdf = path.join(out, 'printed-from-preview.pdf');
    fs.writeFileSync(pdf, await printTab.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pageCount(pdf)).toBe(c.loPages);
    await printTab.close();
    await expect.poll(() => page.getByTestId('print-note').innerText()).toContain('已在新窗口打开正式文件的打印页');
    // A version held back is refused with its reason, nothing opens.
    const held = await createDraft({ ...c.doc, meta: { ...c.doc.meta, docNumber: null } });
    await openDraft(page, held);
    await page.getByRole('button', { name: '分页预览' }).click();
    await page.getByRole('button', { name: '打印' }).click();
    await expect.poll(() => page.getByTestId('print-note').innerText()).toContain('暂不能导出');
    expect(page.context().pages()).toHaveLength(1);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  test('字体检查: lists what this PC lacks; the font chosen for 正文 is stored and drawn by the preview', async () => {
    const { page } = w;
    // The font choice is kept with the organ profile (机关信息), which a PC has after its first run.
    const saved = await bridge.call('profiles.save', {
      label: '县政府',
      fullName: '互助县人民政府',
      headerText: '互助县人民政府文件',
      code: '互政',
      addressee: '海东市人民政府：',
      signers: ['张三'],
      printedBy: '互助县人民政府办公室',
      fonts: {},
    });
    expect(saved.status).toBe(200);
    await page.locator('.gw-draft > .gw-toolbar [data-action="more"]').click();
    await page.getByRole('button', { name: '字体检查' }).click();
    const dialog = page.getByRole('dialog', { name: '字体检查' });
    await dialog.waitFor();
    // This machine has none of the official fonts by name (only Noto CJK).
    expect(await dialog.getByTestId('font-check-summary').innerText()).toMatch(/^本机缺少 \d+ 项用途的公文字体/);
    expect(await dialog.locator('tr[data-role="body"]').innerText()).toContain('缺少');
    // What a PC without the official fonts shows in Word/WPS: the stand-ins the exported file names.
    expect(await dialog.locator('tr[data-role="body"] [data-testid="font-in-word"]').innerText()).toBe('显示为“仿宋”');
    expect(await dialog.locator('tr[data-role="title"] [data-testid="font-in-word"]').innerText()).toBe('显示为“宋体”');
    expect(await dialog.locator('tr[data-role="heading1"] [data-testid="font-in-word"]').innerText()).toBe('Windows 自带');
    expect(await dialog.getByTestId('font-check-word').innerText()).toContain('分行和分页不变');
    await dialog.getByLabel('正文字体').fill('Noto Serif CJK SC');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-font-check.png') });
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const profiles = (await bridge.call<OrganProfile[]>('profiles.list', {})).body;
    expect(profiles.find((p) => p.isDefault)?.fonts).toEqual({ body: 'Noto Serif CJK SC' });
    const family = await page
      .getByTestId('preview-pane')
      .locator('.gw-line.gw-role-body span')
      .first()
      .evaluate((el) => (el as HTMLElement).style.fontFamily);
    expect(family.startsWith('"Noto Serif CJK SC"')).toBe(true);
    // Installed, so the row no longer says 缺少.
    await page.locator('.gw-draft > .gw-toolbar [data-action="more"]').click();
    await page.getByRole('button', { name: '字体检查' }).click();
    expect(await dialog.locator('tr[data-role="body"]').innerText()).toContain('已安装');
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  test('导出 Word without a 发文字号: the reasons are listed, one click leads to the field, and 导出草稿 is offered', async () => {
    const { page } = w;
    const base = shortReport();
    const id = await createDraft({ ...base, meta: { ...base.meta, docNumber: null } });
    await openDraft(page, id);
    await page.getByRole('button', { name: '导出 Word' }).click();
    const dialog = page.getByTestId('export-blocked');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('暂不能导出正式文件');
    expect(await dialog.locator('li').allInnerTexts()).toEqual(['发文字号：正式文件须有发文字号。']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workspace-export-blocked.png') });

    // The reason leads to the 发文字号 field.
    await dialog.getByRole('button', { name: '发文字号' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('tab', { name: '文件信息' }).getAttribute('aria-selected')).toBe('true');

    // 导出草稿 instead.
    await page.getByRole('button', { name: '导出 Word' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '导出草稿' }).click();
    const notice = page.locator('.gw-notice');
    await expect
      .poll(() => notice.innerText(), { timeout: 10_000 })
      .toContain('已导出：互助县人民政府关于2024年度法治政府建设情况的报告（草稿）.docx');
    expect(fs.existsSync(path.join(bridge.dataDir, 'exports', '互助县人民政府关于2024年度法治政府建设情况的报告（草稿）.docx'))).toBe(true);

    // The 网站公开版 needs no 发文字号.
    await page.getByRole('button', { name: '导出网站公开版' }).click();
    await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toContain('（网站公开版）.docx');

    // Its PDF: in a browser the page opens the print route itself, for 打印 → 另存为 PDF.
    await page.locator('summary', { hasText: '导出 PDF' }).click();
    const popup = page.waitForEvent('popup');
    await page.getByRole('menuitem', { name: '网站公开版 PDF' }).click();
    const print = await popup;
    await print.waitForSelector('html[data-gw-print="ready"]', { timeout: 30_000 });
    expect(print.url()).toContain(`#/draft/${id}/preview?variant=web&print=1`);
    const expected = layoutDocument(await stored(id), 'web').pages.length;
    expect(await print.locator('.gw-sheet').count()).toBe(expected);
    expect(await print.locator('.gw-role-organMark').count()).toBe(0);
    await print.close();
    expect(await notice.innerText()).toContain('另存为 PDF');
  });
});
