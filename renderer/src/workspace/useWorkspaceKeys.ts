/**
 * The workspace's keys: Ctrl+S saves now, Ctrl+F finds in the draft, Ctrl+H finds and replaces
 * (Ctrl+Z/Y/B are the editor's); 文件 › 保存 and 编辑 › 查找 in the Electron menu do the same.
 */
import { useEffect, useRef } from 'react';
import { useMenuCommand } from '../app/useMenuCommand';

export interface WorkspaceKeys {
  save: () => void;
  find: (replace: boolean) => void;
}

export function useWorkspaceKeys(keys: WorkspaceKeys): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        latest.current.save();
      } else if (key === 'f' || key === 'h') {
        e.preventDefault();
        latest.current.find(key === 'h');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useMenuCommand({ save: () => latest.current.save(), find: () => latest.current.find(false) });
}
