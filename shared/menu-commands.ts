/**
 * Application-menu commands that the page carries out. The Electron menu (electron/menu-template.ts)
 * sends them as a DOM event `gongwen-menu` with the command as its detail (preload stays one
 * function per call, nothing else); the renderer listens with useMenuCommand.
 */
export const MENU_EVENT = 'gongwen-menu';
export const MENU_COMMANDS = ['new-draft', 'save', 'export-docx', 'find', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
