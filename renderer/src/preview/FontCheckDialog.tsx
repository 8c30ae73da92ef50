/**
 * 字体检查 where the clerk finds it: a dialog from the draft title bar's 更多 and a section of 设置. Both
 * edit the font per role; 保存 stores it (with the default organ profile) for the export and the
 * preview; 取消 leaves the stored choice as it was.
 */
import { useEffect, useRef, useState } from 'react';
import { NoticeLine, failure, type Notice } from '../ui/Notice';
import { FontCheck } from './FontCheck';
import { useFontSettings, type FontChoice, type FontSettingsState } from './fontSettings';
import { FC } from './messages';

/** The check with its fields and buttons, editing a copy of the stored choice until 保存. */
function FontCheckEditor({ settings, onSaved, onCancel }: { settings: FontSettingsState; onSaved?: () => void; onCancel?: () => void }) {
  const [draft, setDraft] = useState<FontChoice>(settings.fonts);
  const [message, setMessage] = useState<Notice | null>(null);
  const save = async () => {
    try {
      await settings.save(draft);
      setMessage({ text: FC.saved });
      onSaved?.();
    } catch (e) {
      setMessage(failure(e));
    }
  };
  return (
    <>
      <FontCheck
        fonts={draft}
        onChange={(next) => {
          setDraft(next);
          setMessage(null);
        }}
      />
      <NoticeLine notice={message} />
      <div className="gw-dialog-actions">
        <button type="button" onClick={() => setDraft({})}>
          {FC.reset}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {FC.cancel}
          </button>
        )}
        <button type="button" className="gw-primary" onClick={() => void save()}>
          {FC.save}
        </button>
      </div>
    </>
  );
}

/** The 字体检查 dialog, opened by its owner (a toolbar button, or an item of a 更多 menu). */
export function FontCheckDialog({ settings, open, onClose }: { settings: FontSettingsState; open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) ref.current?.showModal();
    else ref.current?.close();
  }, [open]);
  return (
    <dialog ref={ref} className="gw-dialog" aria-label={FC.title} onClose={onClose}>
      {open && (
        <>
          <h2>{FC.title}</h2>
          <FontCheckEditor settings={settings} onSaved={onClose} onCancel={onClose} />
        </>
      )}
    </dialog>
  );
}

/** 设置 → 字体检查. */
export function FontCheckSection() {
  const settings = useFontSettings();
  return (
    <section className="gw-settings-section" aria-labelledby="gw-fonts-h">
      <h2 id="gw-fonts-h">{FC.title}</h2>
      <p className="gw-muted">{FC.sectionHint}</p>
      {settings.loaded && <FontCheckEditor settings={settings} />}
    </section>
  );
}
