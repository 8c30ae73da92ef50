/**
 * 字体检查 where the clerk finds it: a dialog from the draft title bar's 更多 and a section of 设置. Both
 * edit the font per role; 保存 stores it (with the default organ profile) for the export and the
 * preview; 取消 leaves the stored choice as it was.
 */
import { useEffect, useRef, useState } from 'react';
import { NoticeLine, failure, type Notice } from '../ui/Notice';
import { FontCheck } from './FontCheck';
import { useFontSettings, type FontChoice, type FontSettingsState } from './fontSettings';

/** The check with its fields and buttons, editing a copy of the stored choice until 保存. */
function FontCheckEditor({ settings, onSaved, onCancel }: { settings: FontSettingsState; onSaved?: () => void; onCancel?: () => void }) {
  const [draft, setDraft] = useState<FontChoice>(settings.fonts);
  const [message, setMessage] = useState<Notice | null>(null);
  const save = async () => {
    try {
      await settings.save(draft);
      setMessage({ text: '已保存：导出和预览将使用所选字体。' });
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
          恢复标准字体
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            取消
          </button>
        )}
        <button type="button" className="gw-primary" onClick={() => void save()}>
          保存
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
    <dialog ref={ref} className="gw-dialog" aria-label="字体检查" onClose={onClose}>
      {open && (
        <>
          <h2>字体检查</h2>
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
      <h2 id="gw-fonts-h">字体检查</h2>
      <p className="gw-muted">所选字体保存在默认机关信息中，导出 Word、PDF 和分页预览都使用它。</p>
      {settings.loaded && <FontCheckEditor settings={settings} />}
    </section>
  );
}
