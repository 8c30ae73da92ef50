/** 帮助 › 关于公文工作室: what this is, its version, and that it never goes online. */
import { useEffect, useRef } from 'react';
import { version } from '../../../package.json';

export const ABOUT_TEXT = {
  title: '关于公文工作室',
  version: (v: string) => `版本 ${v}`,
  body: '法治政府建设年度报告等公文的离线撰写工具：按规定提纲写作、自动编号、完整性检查、自动保存与历史版本，导出符合 GB/T 9704-2012 的 Word 文件。',
  offline: '本程序不联网，所有数据只保存在本机。',
  close: '关闭',
} as const;

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="gw-about" aria-labelledby="gw-about-title" onClose={onClose}>
      <h2 id="gw-about-title">{ABOUT_TEXT.title}</h2>
      <p>{ABOUT_TEXT.version(version)}</p>
      <p>{ABOUT_TEXT.body}</p>
      <p>{ABOUT_TEXT.offline}</p>
      <form method="dialog">
        <button type="submit">{ABOUT_TEXT.close}</button>
      </form>
    </dialog>
  );
}
