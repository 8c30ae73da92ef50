/** The words of the small pieces every page shares (the notice line, the way back), in one place for review. */
export const U = {
  download: '下载',
  reveal: '打开所在文件夹',
  back: '‹ 草稿箱',
  /** The way back from a page that could not be shown (a draft that failed to open, the crash screen). */
  home: '返回草稿箱',
} as const;
