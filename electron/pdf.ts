/**
 * PDF export in the Electron shell: the paged preview's print route, loaded in a hidden window and
 * printed with Chromium's printToPDF. The route's print CSS sets the page (A4, no margins), so what
 * prints is exactly the preview's pages. Thin on purpose: the route is the renderer's
 * (renderer/src/preview/PrintPage.tsx) and the same one the tests print with page.pdf().
 */
import { app, BrowserWindow } from 'electron';
import { AppError } from '../shared/errors';
import { APP_ORIGIN } from './ipc/channels';
import { lockedWebPreferences } from './security/web-preferences';
import { SHELL } from './messages';

/** How long the preview may take to open the draft and lay out its pages. */
const READY_TIMEOUT_MS = 60_000;

/** Resolves to the print page's state: 'ready', 'error' or 'timeout' (see PrintPage). */
const WAIT_FOR_PRINT_PAGE = `new Promise((resolve) => {
  const start = Date.now();
  (function poll() {
    const s = document.documentElement.dataset.gwPrint;
    if (s === 'ready' || s === 'error') resolve(s);
    else if (Date.now() - start > ${READY_TIMEOUT_MS}) resolve('timeout');
    else setTimeout(poll, 50);
  })();
})`;

export async function printRouteToPdf(route: string, preload: string): Promise<Uint8Array> {
  // The same locked-down preferences as the main window.
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: lockedWebPreferences(preload, app.isPackaged),
  });
  try {
    await win.loadURL(`${APP_ORIGIN}/index.html${route}`);
    const state = (await win.webContents.executeJavaScript(WAIT_FOR_PRINT_PAGE)) as string;
    if (state !== 'ready') throw new AppError('INTERNAL', SHELL.pdfFailed);
    const pdf = await win.webContents.printToPDF({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
}
