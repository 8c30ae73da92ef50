/**
 * The editor in Chromium on a long report (≥ 50,000 characters, made of the seed reports):
 * - opening it: from the route change to the first painted frame with the content, and the
 *   editor's own part (its first render to that frame);
 * - typing: key press to the next painted frame, measured in the page (keydown → rAF → the
 *   task after the frame);
 * - large pastes into that report: paste event to the next painted frame with the text in it,
 *   and the longest main-thread task in the 3 s after (the editor's onChange, the checker, the
 *   autosave), for 100,000 characters of plain text, a Word HTML fragment of a few MB, and a
 *   3 MB paste the draft cannot take (refused: paste to the painted message);
 * - typing in a draft just under the per-draft limit (shared/model/limits.ts).
 * Real UI, real web bridge on a real SQLite file, Debian Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { row, stats, type BenchRow } from './lib';
import { startBridge } from '../test/helpers/bridge';
import { launchBrowser, openPage } from '../test/helpers/browser';
import { SEEDS, bodyChars, longDocument, seedDocument, storeDraft } from '../test/helpers/seed-docs';
import type { ReportDocument } from '../shared/model/document';
import { LIMITS } from '../shared/model/limits';

const OPENS = 12;
const KEYS = 300;
const PASTES = 3;

async function openDraft(page: Page, id: string): Promise<{ total: number; editor: number }> {
  await page.evaluate((draftId) => {
    performance.clearMarks();
    performance.mark('bench-open');
    location.hash = `#/draft/${draftId}`;
  }, id);
  await page.waitForFunction(() => performance.getEntriesByName('gw-editor-painted').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
    return { total: at('gw-editor-painted') - at('bench-open'), editor: at('gw-editor-painted') - at('gw-editor-render') };
  });
}

/** Key press → next painted frame (and → frame start) for KEYS letters typed mid-report. */
async function typing(page: Page): Promise<{ frame: number[]; script: number[] }> {
  const paragraphs = page.locator('.gw-editor > .gw-paragraph:not(.gw-lead)');
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  return typeTimed(page);
}

/**
 * The floor: the same probe on a bare <textarea> in the same browser, no app at all. What this
 * costs is Chromium's own input → frame path on this machine (software rendering, no GPU).
 */
async function typingFloor(browser: Browser): Promise<{ frame: number[]; script: number[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.setContent('<textarea rows="30" cols="80"></textarea>');
    await page.click('textarea');
    return await typeTimed(page);
  } finally {
    await page.close();
  }
}

/** Type KEYS letters into whatever has focus, timing each key to the next frame in the page. */
async function typeTimed(page: Page): Promise<{ frame: number[]; script: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrame: number[]; benchScript: number[]; benchStop?: AbortController };
    w.benchStop?.abort();
    w.benchStop = new AbortController();
    w.benchFrame = [];
    w.benchScript = [];
    const channel = new MessageChannel();
    let t0 = 0;
    channel.port1.onmessage = () => w.benchFrame.push(performance.now() - t0);
    document.addEventListener(
      'keydown',
      () => {
        t0 = performance.now();
        // rAF runs just before the frame is painted; the message after it, once it is.
        requestAnimationFrame(() => {
          w.benchScript.push(performance.now() - t0);
          channel.port2.postMessage(null);
        });
      },
      { capture: true, signal: w.benchStop.signal },
    );
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(letters[i % letters.length]!);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { benchFrame: number[]; benchScript: number[] };
    return { frame: w.benchFrame, script: w.benchScript };
  });
}

/** Plain text: `lines` paragraphs of `chars` characters, each opening with a marker 〔n〕. */
function plainText(lines: number, chars: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const mark = `〔${i}〕`;
    out.push(mark + '依法行政建设法治政府'.repeat(Math.ceil(chars / 10)).slice(0, chars - mark.length));
  }
  return out.join('\n');
}

/**
 * Word's clipboard HTML (the shape of test/fixtures/word-clipboard.html): every paragraph and run
 * styled, a typed （n） heading every 20 paragraphs, bold runs; about `bytes` bytes of UTF-8.
 */
function wordHtml(bytes: number): { html: string; textChars: number } {
  const span = (t: string, bold = false) =>
    `<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman";mso-bidi-font-family:"Times New Roman"'>${bold ? `<b style='mso-bidi-font-weight:normal'>${t}</b>` : t}</span>`;
  const p = (inner: string) =>
    `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:29.0pt;mso-line-height-rule:exactly'>${inner}<span lang=EN-US><o:p></o:p></span></p>\n`;
  const parts: string[] = [];
  let size = 0;
  let textChars = 0;
  for (let i = 0; size < bytes; i++) {
    const text =
      i % 20 === 0
        ? [`（${'一二三四五六七八九'[(i / 20) % 9]}）推进第${i}项重点工作`]
        : [`第${i}段：全面推进严格规范公正文明执法，`, '落实行政执法三项制度', '，行政复议纠错率逐年下降，群众满意度持续提升。'];
    const inner = text.length === 1 ? span(text[0]!) : span(text[0]!) + span(text[1]!, true) + span(text[2]!);
    const para = p(inner);
    parts.push(para);
    size += Buffer.byteLength(para);
    textChars += text.join('').length;
  }
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-unhide:no;} --></style></head><body lang=ZH-CN><!--StartFragment-->\n${parts.join('')}<!--EndFragment--></body></html>`;
  return { html, textChars };
}

interface PasteTiming {
  /** Paste event → the next painted frame. */
  painted: number;
  /** Longest main-thread task that started after that frame, within 3 s. */
  after: number;
  /** The editor's message, if it said one. */
  message: string;
}

/** Paste `flavours` at the end of the middle paragraph of the open draft, timed in the page. */
async function timedPaste(page: Page, flavours: Record<string, string>, refused: boolean): Promise<PasteTiming> {
  const paragraphs = page.locator('.gw-editor > .gw-paragraph:not(.gw-lead)');
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.waitForTimeout(100);
  return page.evaluate(
    async ([data, waitForMessage]) => {
      const tasks: { start: number; duration: number }[] = [];
      const observer = new PerformanceObserver((list) =>
        tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))),
      );
      observer.observe({ type: 'longtask' });
      const count = () => Number(document.querySelector('[data-testid="editor-message"]')!.getAttribute('data-count'));
      const seen = count();
      const dt = new DataTransfer();
      for (const [type, value] of Object.entries(data)) dt.setData(type, value);
      const t0 = performance.now();
      document
        .querySelector('.gw-editor')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      // rAF runs just before the frame is painted; the message after it, once it is. A message
      // (a refusal) is set in a microtask and shows in the frame after its React render.
      await new Promise<void>((done) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => done();
          ch.port2.postMessage(null);
        }),
      );
      while (waitForMessage && count() === seen && performance.now() - t0 < 2_000) {
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      }
      const painted = performance.now() - t0;
      await new Promise((done) => setTimeout(done, 3_000));
      observer.disconnect();
      const after = Math.max(0, ...tasks.filter((t) => t.start > t0 + painted).map((t) => t.duration));
      const message = count() > seen ? (document.querySelector('[data-testid="editor-message"]')!.textContent ?? '') : '';
      return { painted, after, message };
    },
    [flavours, refused] as const,
  );
}

/** Open a fresh copy of `doc`, paste into it, check it landed (or was refused); PASTES times. */
async function pasteRuns(
  page: Page,
  bridge: Awaited<ReturnType<typeof startBridge>>,
  doc: ReportDocument,
  flavours: Record<string, string>,
  check: (t: PasteTiming) => Promise<boolean>,
  refused = false,
) {
  const painted: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < PASTES; i++) {
    const id = await storeDraft(bridge, doc);
    await openDraft(page, id);
    const t = await timedPaste(page, flavours, refused);
    if (!(await check(t))) throw new Error(`editor bench: the paste did not do what was measured (${t.message})`);
    painted.push(t.painted);
    after.push(t.after);
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('.gw-drafts');
  }
  return { painted: stats(painted), after: stats(after) };
}

export default async function editorBench(): Promise<BenchRow[]> {
  const bridge = await startBridge();
  const browser = await launchBrowser();
  try {
    const doc = longDocument(50_000);
    const chars = bodyChars(doc.body);
    const id = await storeDraft(bridge, doc);
    // The same seed report alone, as a baseline for what typing costs on this machine.
    const small = seedDocument(SEEDS[0]);
    const smallId = await storeDraft(bridge, small);
    const { page, consoleErrors } = await openPage(browser, { width: 1400, height: 900 });
    await page.goto(bridge.url);
    await page.waitForSelector('.gw-drafts');

    const totals: number[] = [];
    const editorOnly: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const t = await openDraft(page, id);
      // The first open warms the code caches; it is left out.
      if (i > 0) {
        totals.push(t.total);
        editorOnly.push(t.editor);
      }
      await page.evaluate(() => (location.hash = '#/'));
      await page.waitForSelector('.gw-drafts');
    }

    await openDraft(page, id);
    const blocks = await page.locator('.gw-editor > *').count();
    const long = await typing(page);
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('.gw-drafts');
    await openDraft(page, smallId);
    const base = await typing(page);
    const floor = await typingFloor(browser);
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('.gw-drafts');

    // Large pastes into the long report.
    const plain = plainText(200, 500);
    const landed = (marker: string) => async () => await page.$eval('.gw-editor', (el, m) => (el.textContent ?? '').includes(m), marker);
    const plainRun = await pasteRuns(page, bridge, doc, { 'text/plain': plain }, landed('〔199〕'));
    const word = wordHtml(3_000_000);
    const wordRun = await pasteRuns(
      page,
      bridge,
      doc,
      { 'text/html': word.html, 'text/plain': 'plain fallback' },
      landed('行政复议纠错率逐年下降'),
    );
    const huge = plainText(2_000, 500);
    const hugeRun = await pasteRuns(page, bridge, doc, { 'text/plain': huge }, async (t) => t.message.includes('未粘贴'), true);

    // Typing in a draft just under the per-draft limit.
    // longDocument grows by whole sub-sections: aim a little under, so the store takes it.
    const full = longDocument(LIMITS.draftChars - 40_000);
    const fullChars = bodyChars(full.body);
    const fullId = await storeDraft(bridge, full);
    const fullOpen: number[] = [];
    for (let i = 0; i < 3; i++) {
      fullOpen.push((await openDraft(page, fullId)).total);
      if (i < 2) {
        await page.evaluate(() => (location.hash = '#/'));
        await page.waitForSelector('.gw-drafts');
      }
    }
    const fullBlocks = await page.locator('.gw-editor > *').count();
    const atLimit = await typing(page);

    if (consoleErrors.length) process.stderr.write(`editor bench: console errors: ${consoleErrors.join(' | ')}\n`);
    const input = `${chars.toLocaleString('en')}-character report (${blocks} blocks)`;
    const smallInput = `${bodyChars(small.body).toLocaleString('en')}-character report`;
    const mb = (s: string) => `${(Buffer.byteLength(s) / 1e6).toFixed(1)} MB`;
    const pasteInput = (what: string) => `${what} into the ${input}, ${PASTES} pastes`;
    const fullInput = `${fullChars.toLocaleString('en')}-character report (${fullBlocks} blocks), limit ${LIMITS.draftChars.toLocaleString('en')}`;
    return [
      row('editor: open report (route → painted)', `${input}, ${OPENS - 1} opens`, stats(totals), 'p95 ≤ 300 ms'),
      row('editor: open report (editor render → painted)', `${input}, ${OPENS - 1} opens`, stats(editorOnly)),
      row('editor: key press → next painted frame', `${input}, ${long.frame.length} keys`, stats(long.frame), 'p95 ≤ 16 ms'),
      row('editor: key press → frame start (script part)', `${input}, ${long.script.length} keys`, stats(long.script)),
      row('editor: key press → next painted frame (baseline)', `${smallInput}, ${base.frame.length} keys`, stats(base.frame)),
      row('browser floor: key press → next painted frame, bare <textarea>', `no app, ${floor.frame.length} keys`, stats(floor.frame)),
      row('editor: paste plain text → painted', pasteInput(`100,000 characters of plain text (200 lines, ${mb(plain)})`), plainRun.painted),
      row(
        'editor: paste plain text → longest task ≥ 50 ms in the 3 s after (0: none)',
        pasteInput('100,000 characters of plain text'),
        plainRun.after,
      ),
      row(
        'editor: paste Word HTML → painted',
        pasteInput(`Word HTML fragment of ${mb(word.html)} (${word.textChars.toLocaleString('en')} characters of text)`),
        wordRun.painted,
      ),
      row(
        'editor: paste Word HTML → longest task ≥ 50 ms in the 3 s after (0: none)',
        pasteInput(`Word HTML fragment of ${mb(word.html)}`),
        wordRun.after,
      ),
      row(
        'editor: paste over the limit → refusal painted',
        pasteInput(`1,000,000 characters of plain text (${mb(huge)})`),
        hugeRun.painted,
      ),
      row('editor: open report at the limit (route → painted)', `${fullInput}, 3 opens`, stats(fullOpen)),
      row('editor: key press → next painted frame (at the limit)', `${fullInput}, ${atLimit.frame.length} keys`, stats(atLimit.frame)),
    ];
  } finally {
    await browser.close();
    await bridge.stop();
  }
}
