/** What the editor's e2e tests do on the page as a clerk would: type through an input method, read the text as shown. */
import type { Page } from 'playwright-core';

/**
 * Type Chinese the way an input method does: a composition, then its commit. (A bare CDP
 * insertText, which no input method sends, trips a Lexical quirk in an empty paragraph right
 * before a heading.)
 */
export async function imeType(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
  await page.waitForTimeout(30);
}

/**
 * The text of the document as shown, one block a line. (Not innerText: blocks scrolled out of
 * view are not laid out — content-visibility — and innerText leaves them out.)
 */
export function editorText(page: Page): Promise<string> {
  return page.$eval('.gw-editor', (el) => [...el.children].map((c) => c.textContent).join('\n'));
}

/** Caret after the last character of an element's text (End would stop at a wrapped line's end). */
export async function caretAtEnd(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
  await page.evaluate((sel) => {
    const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
    window.getSelection()!.collapse(last, last!.textContent!.length);
  }, selector);
  await page.waitForTimeout(100);
}

/** Select an element's whole text, so what is typed next replaces it. */
export async function selectContents(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
  await page.waitForTimeout(100);
}
