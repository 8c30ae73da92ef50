/**
 * 打开所在文件夹: only files this session wrote through the save dialog are shown, so a page can
 * never ask the shell to open an arbitrary path. The shell call is passed in (Electron's
 * `shell.showItemInFolder`), which keeps this testable without Electron.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ExportedFiles {
  /** Note a file the save dialog just wrote. */
  remember(file: string): void;
  /** Show it in the file manager; false for a path not written here, or no longer there. */
  show(file: string): Promise<boolean>;
}

export function exportedFiles(showItemInFolder: (file: string) => void): ExportedFiles {
  const written = new Set<string>();
  return {
    remember(file) {
      written.add(path.resolve(file));
    },
    async show(file) {
      const full = path.resolve(file);
      if (!written.has(full) || !fs.existsSync(full)) return false;
      showItemInFolder(full);
      return true;
    },
  };
}
