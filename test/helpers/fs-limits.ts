/**
 * Real file-system limits for the bad-case tests, made as honestly as the machine allows:
 *
 * - A read-only data folder: for a normal user, `chmod a-w` (the OS then refuses writes); for root
 *   (who ignores permission bits), a read-only bind mount of the folder, which gives EROFS like a
 *   write-protected USB stick.
 * - A full disk: a small tmpfs mounted for the test (root only). Where mounting is not allowed,
 *   SQLite's `max_page_count` makes the database itself full, which reaches the same SQLITE_FULL
 *   path in the store; the test says which one it used.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function tryRun(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface Limited {
  path: string;
  how: string;
  undo(): void;
}

/** A read-only view of `dir` (its contents visible, nothing writable). */
export function readOnlyView(dir: string): Limited {
  if (!isRoot()) {
    const chmodAll = (mode: number) => {
      for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), mode & 0o666);
      fs.chmodSync(dir, mode);
    };
    chmodAll(0o555);
    return { path: dir, how: 'chmod a-w (non-root user)', undo: () => chmodAll(0o755) };
  }
  const view = `${dir}-ro`;
  fs.mkdirSync(view, { recursive: true });
  if (tryRun('mount', ['--bind', dir, view])) {
    if (tryRun('mount', ['-o', 'remount,ro,bind', view]))
      return {
        path: view,
        how: 'read-only bind mount (root)',
        undo: () => {
          tryRun('umount', [view]);
          fs.rmSync(view, { recursive: true, force: true });
        },
      };
    tryRun('umount', [view]);
  }
  fs.rmSync(view, { recursive: true, force: true });
  throw new Error('Cannot make a read-only folder here: running as root without permission to mount. Run the tests as a normal user.');
}

/** A small file system of `bytes` (tmpfs), or null when mounting is not allowed. */
export function smallDisk(dir: string, bytes: number): Limited | null {
  if (!isRoot()) return null;
  fs.mkdirSync(dir, { recursive: true });
  if (!tryRun('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir])) return null;
  return { path: dir, how: `tmpfs of ${bytes} bytes`, undo: () => void tryRun('umount', [dir]) };
}
