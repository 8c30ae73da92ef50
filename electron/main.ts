/**
 * The Electron shell: a thin adapter. Everything it calls (handlers, store, menu data, window
 * state) is plain Node code tested without Electron. Security per Electron's checklist:
 * context isolation, sandbox, no Node in the renderer, a strict CSP from a custom app:// scheme,
 * no navigation, no new windows, no permissions, no network, sender-checked IPC.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type MenuItemConstructorOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from './store/open-store';
import { PACKAGE_EXTENSION, type Storage } from './store/storage';
import { createContext, createHandlers } from './services/index';
import { registerIpc } from './ipc/register';
import { APP_ORIGIN } from './ipc/channels';
import { SECURITY_HEADERS } from '../shared/security/csp';
import { mimeType, resolveStatic } from './security/static-files';
import { lockedWebPreferences } from './security/web-preferences';
import { writeFileAtomic } from './fs/atomic-write';
import { printRouteOnPaper, printRouteToPdf } from './pdf';
import { exportedFiles } from './exported-files';
import { buildMenuTemplate, type MenuItem } from './menu-template';
import { DEFAULT_WINDOW, fitToDisplays, parseWindowState, type WindowState } from './window-state';
import { toErrorPayload } from '../shared/errors';
import { defaultDataDir } from './paths';
import { MENU_EVENT } from '../shared/menu-commands';
import { SHELL } from './messages';

const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

/** The save dialog per kind of exported file. */
const SAVE_DIALOG: Record<'docx' | 'pdf' | 'package', { title: string; filters: Electron.FileFilter[] }> = {
  docx: { title: SHELL.saveDocx.title, filters: [{ name: SHELL.saveDocx.filter, extensions: ['docx'] }] },
  pdf: { title: SHELL.savePdf.title, filters: [{ name: SHELL.savePdf.filter, extensions: ['pdf'] }] },
  package: { title: SHELL.savePackage.title, filters: [{ name: SHELL.savePackage.filter, extensions: [PACKAGE_EXTENSION.slice(1)] }] },
};

// One data folder for the app and the `gongwen` CLI (an ASCII name: some office PCs' tools choke
// on non-ASCII paths), rather than Electron's default named after productName.
app.setPath('userData', defaultDataDir());

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let storage: Storage | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every web contents, present and future: no navigation, no popups, no webviews.
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(APP_ORIGIN + '/')) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // The page's beforeunload holds a close while a save is failing; Electron shows no prompt of
    // its own, so ask here. Leaving keeps the recovery copy, offered when the draft is reopened.
    contents.on('will-prevent-unload', (event) => {
      const options = {
        type: 'warning' as const,
        buttons: [SHELL.unsaved.stay, SHELL.unsaved.close],
        defaultId: 0,
        cancelId: 0,
        title: SHELL.appName,
        message: SHELL.unsaved.message,
        detail: SHELL.unsaved.detail,
      };
      const win = BrowserWindow.fromWebContents(contents);
      const choice = win ? dialog.showMessageBoxSync(win, options) : dialog.showMessageBoxSync(options);
      if (choice === 1) event.preventDefault(); // preventDefault here means: unload anyway
    });
  });

  void app.whenReady().then(async () => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
    ses.setPermissionCheckHandler(() => false);
    // The app never touches the network: anything that is not our own scheme is cancelled.
    ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !/^(app|devtools|chrome-extension):/.test(details.url) }));

    protocol.handle('app', async (request) => {
      const url = new URL(request.url);
      if (url.host !== 'gongwen') return new Response('Not found', { status: 404 });
      const file = resolveStatic(RENDERER_DIR, url.pathname);
      if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
      return new Response(fs.readFileSync(file), { headers: { 'Content-Type': mimeType(file), ...SECURITY_HEADERS } });
    });

    const dataDir = app.getPath('userData');
    let opened;
    try {
      // Checks the file, restores a backup if it is damaged, backs up before migrating.
      opened = await openStore(dataDir);
    } catch (err) {
      dialog.showErrorBox(SHELL.cannotOpenData, toErrorPayload(err).message);
      app.quit();
      return;
    }
    const exported = exportedFiles((file) => shell.showItemInFolder(file));
    const ctx = createContext(
      opened.db,
      dataDir,
      {
        async saveExport(suggestedName, bytes, kind = 'docx') {
          const result = await dialog.showSaveDialog(mainWindow!, {
            ...SAVE_DIALOG[kind],
            defaultPath: path.join(app.getPath('documents'), suggestedName),
          });
          if (result.canceled || !result.filePath) return null;
          writeFileAtomic(result.filePath, bytes);
          exported.remember(result.filePath);
          return result.filePath;
        },
        printPdf: (route) => printRouteToPdf(route, path.join(__dirname, 'preload.cjs')),
        printRoute: (route) => printRouteOnPaper(route, path.join(__dirname, 'preload.cjs')),
        showInFolder: (file) => exported.show(file),
        async openPackage() {
          const result = await dialog.showOpenDialog(mainWindow!, {
            title: SHELL.openPackage,
            properties: ['openFile'],
            filters: SAVE_DIALOG.package.filters,
          });
          const file = result.canceled ? undefined : result.filePaths[0];
          return file ? fs.readFileSync(file) : null;
        },
      },
      opened.status,
    );
    storage = ctx.storage;
    storage.startMaintenance();
    registerIpc(ipcMain, createHandlers(ctx));
    mainWindow = createWindow(path.join(dataDir, 'window-state.json'));
  });

  app.on('window-all-closed', () => {
    storage?.close();
    app.quit();
  });
}

function createWindow(stateFile: string): BrowserWindow {
  const saved = fitToDisplays(
    parseWindowState(fs.existsSync(stateFile) ? fs.readFileSync(stateFile, 'utf8') : null),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: 900,
    minHeight: 600,
    title: SHELL.appName,
    show: false,
    webPreferences: lockedWebPreferences(path.join(__dirname, 'preload.cjs'), app.isPackaged),
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const menuTemplate = toElectronMenu(buildMenuTemplate(process.platform === 'darwin'), win);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate));

  const remember = () => {
    const b = win.getNormalBounds();
    const state: WindowState = { ...DEFAULT_WINDOW, ...b, maximized: win.isMaximized() };
    try {
      writeFileAtomic(stateFile, JSON.stringify(state));
    } catch {
      // Losing the window position is harmless; never block closing on it.
    }
  };
  win.on('close', remember);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Menu items with an id are app commands: the renderer listens for them as a DOM event. */
function toElectronMenu(items: MenuItem[], win: BrowserWindow): MenuItemConstructorOptions[] {
  return items.map((item) => {
    const { submenu, id, ...rest } = item;
    const out = { ...rest } as MenuItemConstructorOptions;
    if (submenu) out.submenu = toElectronMenu(submenu, win);
    if (id) {
      out.id = id;
      out.click = () =>
        void win.webContents.executeJavaScript(`window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_EVENT)}, { detail: ${JSON.stringify(id)} }))`);
    }
    return out;
  });
}
