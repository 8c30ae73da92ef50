/** Every Chinese word of the app's shell (关于, the crash screen, the start-up banner), in one place for review. */
import { U } from '../ui/messages';

/** 帮助 › 关于公文工作室. */
export const ABOUT_TEXT = {
  title: '关于公文工作室',
  version: (v: string) => `版本 ${v}`,
  body: '法治政府建设年度报告等公文的离线撰写工具：按规定提纲写作、自动编号、完整性检查、自动保存与历史版本，导出符合 GB/T 9704-2012 的 Word 文件。',
  offline: '本程序不联网，所有数据只保存在本机。',
  close: '关闭',
} as const;

/** The screen shown when a part of the page fails while drawing. */
export const CRASH_TEXT = {
  title: '页面出错了',
  body: '公文工作室的页面遇到意外错误。已输入但未保存的内容会在重新打开该文稿时提示恢复。',
  reload: '重新载入',
  home: U.home,
} as const;

/** The banner of what happened at start-up. */
export const STATUS_TEXT = { title: '数据提示', dismiss: '知道了' } as const;
