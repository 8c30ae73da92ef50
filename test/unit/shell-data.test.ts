/** The Electron shell's plain parts: window state and the Chinese menu. */
import { expect, test } from 'vitest';
import { DEFAULT_WINDOW, fitToDisplays, parseWindowState } from '../../electron/window-state';
import { buildMenuTemplate, type MenuItem } from '../../electron/menu-template';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { resolveStatic } from '../../electron/security/static-files';

test('window state: bad or tiny saved states fall back to the default', () => {
  expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW);
  expect(parseWindowState('{not json')).toEqual(DEFAULT_WINDOW);
  expect(parseWindowState('{"width":100,"height":100}')).toEqual(DEFAULT_WINDOW);
  expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
});

test('window state: a position on a monitor that is gone is dropped', () => {
  const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  const onScreen = { x: 100, y: 100, width: 1000, height: 700, maximized: false };
  expect(fitToDisplays(onScreen, displays)).toEqual(onScreen);
  expect(fitToDisplays({ ...onScreen, x: 3000 }, displays)).toMatchObject({ x: undefined, y: undefined, width: 1000 });
});

test('the menu is in Chinese with 文件 编辑 视图 帮助 and the usual shortcuts', () => {
  const menu = buildMenuTemplate(false);
  expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  const all = flat(menu);
  for (const item of all) if (item.type !== 'separator') expect(item.label).toMatch(/[\u4e00-\u9fff]/);
  const byId = Object.fromEntries(all.filter((i) => i.id).map((i) => [i.id, i.accelerator]));
  expect(byId).toMatchObject({ save: 'CmdOrCtrl+S', find: 'CmdOrCtrl+F' });
  expect(all.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
});

test('CSP allows nothing remote, no inline script, no eval', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
});

test('static paths cannot escape the renderer folder', () => {
  expect(resolveStatic('/app/r', '/index.html')).toBe('/app/r/index.html');
  expect(resolveStatic('/app/r', '/')).toBe('/app/r/index.html');
  expect(resolveStatic('/app/r', '/../secret')).toBeNull();
  expect(resolveStatic('/app/r', '/%2e%2e/secret')).toBeNull();
  expect(resolveStatic('/app/r', '/a%00b')).toBeNull();
  expect(resolveStatic('/app/r', '/%E0%A4%A')).toBeNull();
});

test('every menu item with an id is a command the page carries out', async () => {
  const { MENU_COMMANDS } = await import('../../shared/menu-commands');
  const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  const ids = flat(buildMenuTemplate(false))
    .map((i) => i.id)
    .filter(Boolean);
  expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
});
