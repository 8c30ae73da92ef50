/**
 * The webPreferences of every window the app opens (the main window and the hidden one that
 * prints PDF), in one place, per Electron's security checklist: isolated, sandboxed, no Node in
 * the page, no webview. DevTools only in a development build: in the packaged app they would let
 * anyone at the PC run script with the page's access to the clerk's drafts.
 *
 * Plain data, no `electron` import, so tests check it in Node.
 */
interface LockedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  spellcheck: false;
  devTools: boolean;
}

export function lockedWebPreferences(preload: string, packaged: boolean): LockedWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    devTools: !packaged,
  };
}
