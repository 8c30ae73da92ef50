/** What writing a file tells the clerk when the disk says no, in one place for review. */
export const FS_MESSAGES = {
  busy: (name: string) => `无法写入“${name}”：文件正被其他程序占用（例如已在 Word/WPS 中打开）或位置只读。请关闭该文件后重试，或另存为其他文件名。`,
  isFolder: (name: string) => `无法写入“${name}”：该位置已有同名文件夹。请另存为其他文件名。`,
  diskFull: (name: string) => `磁盘空间不足，未能写入“${name}”。原有文件未改动。`,
  nameTooLong: (name: string) => `文件名或保存路径过长，未能写入“${name}…”。请换用较短的文件名或保存位置。`,
  noFolder: (dir: string) => `找不到保存位置：${dir}`,
} as const;
