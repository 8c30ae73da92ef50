/** One draft open for writing: title bar with save state and export, and the editor. */
import { useCallback, useEffect, useState } from 'react';
import type { DraftRecord } from '../../../shared/contract/drafts';
import type { ReportDocument } from '../../../shared/model/document';
import { api, asCallError, exportedFileUrl } from '../api/client';
import { ReportEditor } from '../editor/ReportEditor';
import { saveStateLabel, useAutosave } from './useAutosave';

export function DraftPage({ id }: { id: string }) {
  const [draft, setDraft] = useState<DraftRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api['drafts.get']({ id })
      .then(setDraft)
      .catch((e) => setError(asCallError(e).message));
  }, [id]);
  if (error)
    return (
      <main className="gw-page">
        <p className="gw-error" role="alert">
          {error}
        </p>
        <a href="#/">返回草稿箱</a>
      </main>
    );
  if (!draft) return <main className="gw-page gw-muted">正在打开…</main>;
  return <DraftWorkspace key={draft.id} draft={draft} />;
}

function DraftWorkspace({ draft }: { draft: DraftRecord }) {
  const { state, change, flush } = useAutosave(draft.id, draft.revision);
  const [title, setTitle] = useState(draft.doc.meta.title);
  const [notice, setNotice] = useState<{ text: string; href?: string | null; error?: boolean } | null>(null);

  const onChange = useCallback(
    (doc: ReportDocument) => {
      setTitle(doc.meta.title);
      change(doc);
    },
    [change],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush]);

  async function exportDocx() {
    setNotice({ text: '正在导出…' });
    try {
      await flush();
      const result = await api['export.docx']({ id: draft.id, variant: 'official' });
      if (!result.path) return setNotice(null);
      setNotice({ text: `已导出：${result.fileName}`, href: exportedFileUrl(result.path) });
    } catch (e) {
      setNotice({ text: asCallError(e).message, error: true });
    }
  }

  return (
    <main className="gw-page gw-draft">
      <header className="gw-toolbar">
        <a href="#/" className="gw-back">
          ‹ 草稿箱
        </a>
        <h1 className="gw-title" title={title}>
          {title || '（无标题）'}
        </h1>
        <span className={`gw-save gw-save-${state.kind}`} role="status" aria-live="polite" data-testid="save-state">
          {saveStateLabel(state)}
        </span>
        <button type="button" onClick={() => void exportDocx()}>
          导出 Word
        </button>
      </header>
      {state.kind === 'error' && (
        <p className="gw-error" role="alert">
          {state.message}
        </p>
      )}
      {notice && (
        <p className={notice.error ? 'gw-error' : 'gw-notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
          {notice.href && (
            <>
              {' '}
              <a href={notice.href} download>
                下载
              </a>
            </>
          )}
        </p>
      )}
      <ReportEditor doc={draft.doc} onChange={onChange} />
    </main>
  );
}
