/**
 * Measures of the workspace as a clerk sees it, shared by the layout and roll-forward UI tests:
 * how much height the editable text keeps, and how many rows a bar of buttons takes.
 */
import type { Locator, Page } from 'playwright-core';

/** The visible height of the editable text: the scrolling column below the editor's sticky toolbar. */
export async function editorHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroll = document.querySelector('[data-testid="editor-scroll"]')!.getBoundingClientRect();
    const top = document.querySelector('.gw-editor-top')!.getBoundingClientRect();
    return Math.min(scroll.bottom, window.innerHeight) - Math.max(scroll.top, top.bottom);
  });
}

/** How many rows the visible items of a bar take: a new row starts below the lowest item so far. */
export async function rows(bar: Locator): Promise<number> {
  return bar.evaluate((el) => {
    const boxes = [...el.querySelectorAll('button, summary, a, h1, [role="status"], .gw-rollover-figures')]
      .filter((b) => b.checkVisibility({ visibilityProperty: true }) && b.getBoundingClientRect().height > 0)
      .map((b) => b.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let n = 0;
    let bottom = -Infinity;
    for (const b of boxes) {
      if (b.top >= bottom - 2) n++;
      bottom = Math.max(bottom, b.bottom);
    }
    return n;
  });
}
