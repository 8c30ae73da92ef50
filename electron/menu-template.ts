/**
 * The Chinese application menu as data (Electron's MenuItemConstructorOptions shape), so its
 * wording can be reviewed and tested without Electron.
 */
import type { MenuCommand } from '../shared/menu-commands';

export interface MenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: 'separator';
  submenu?: MenuItem[];
  /** A command the page carries out (shared/menu-commands.ts). */
  id?: MenuCommand;
}

export function buildMenuTemplate(isMac: boolean): MenuItem[] {
  return [
    {
      label: '文件',
      submenu: [
        { id: 'new-draft', label: '新建文稿', accelerator: 'CmdOrCtrl+N' },
        { id: 'save', label: '保存', accelerator: 'CmdOrCtrl+S' },
        { id: 'export-docx', label: '导出 Word…', accelerator: 'CmdOrCtrl+E' },
        { type: 'separator' },
        isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
        { type: 'separator' },
        { id: 'find', label: '查找…', accelerator: 'CmdOrCtrl+F' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助',
      submenu: [{ id: 'about', label: '关于公文工作室' }],
    },
  ];
}
