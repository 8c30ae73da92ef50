/** 帮助 › 关于公文工作室: what this is, its version, and that it never goes online. */
import { useEffect, useRef } from 'react';
import { version } from '../../../package.json';
import { ABOUT_TEXT } from './messages';

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
