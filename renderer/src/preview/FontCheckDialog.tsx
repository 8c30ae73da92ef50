/**
 * 字体检查 as a dialog from the draft toolbar: edit the font per role, 保存 stores it (with the
 * default organ profile) for the export and the preview; 取消 leaves the stored choice as it was.
 */
import { useEffect, useRef, useState } from 'react';
import { asCallError } from '../api/client';
import { FontCheck } from './FontCheck';
import type { FontChoice, FontSettingsState } from './fontSettings';

export function FontCheckButton({ settings }: { settings: FontSettingsState }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<FontChoice>(settings.fonts);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) ref.current?.showModal();
    else ref.current?.close();
  }, [open]);
  const show = () => {
    setDraft(settings.fonts);
    setError(null);
    setOpen(true);
  };
  const save = async () => {
    try {
      await settings.save(draft);
      setOpen(false);
    } catch (e) {
      setError(asCallError(e).message);
    }
  };
  return (
    <>
      <button type="button" onClick={show} disabled={!settings.loaded}>
        字体检查
      </button>
      <dialog ref={ref} className="gw-dialog" aria-label="字体检查" onClose={() => setOpen(false)}>
        {open && (
          <>
            <h2>字体检查</h2>
            <FontCheck fonts={draft} onChange={setDraft} />
            {error && (
              <p className="gw-error" role="alert">
                {error}
              </p>
            )}
            <div className="gw-dialog-actions">
              <button type="button" onClick={() => setDraft({})}>
                恢复标准字体
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                取消
              </button>
              <button type="button" className="gw-primary" onClick={() => void save()}>
                保存
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
