/**
 * PDF export and 打印 in the Electron shell: the paged preview's print route, loaded in a hidden
 * window and printed with Chromium's printToPDF, or on paper with webContents.print. The route's print CSS sets the page (A4, no margins), so what
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

/** The print route loaded in a hidden window, laid out and ready; the caller destroys it. */
async function loadPrintRoute(route: string, preload: string, failure: string): Promise<BrowserWindow> {
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
    if (state !== 'ready') throw new AppError('INTERNAL', failure);
    return win;
  } catch (e) {
    win.destroy();
    throw e;
  }
}

/**
 * 打印: the system's print dialog on the print route. A4 and no margins of Chromium's own: the
 * route's @page rule already places every line as in the .docx. False when the clerk cancelled.
 */
export async function printRouteOnPaper(route: string, preload: string): Promise<boolean> {
  const win = await loadPrintRoute(route, preload, SHELL.printFailed);
  try {
    return await new Promise<boolean>((resolve, reject) => {
      win.webContents.print({ silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } }, (ok, why) => {
        // Cancelling the dialog is not an error; a printer that fails is.
        if (ok || /cancel/i.test(why)) resolve(ok);
        else reject(new AppError('INTERNAL', SHELL.printerFailed(why)));
      });
    });
  } finally {
    win.destroy();
  }
}

export async function printRouteToPdf(route: string, preload: string): Promise<Uint8Array> {
  const win = await loadPrintRoute(route, preload, SHELL.pdfFailed);
  try {
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
