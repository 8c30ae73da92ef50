/** 草稿箱: the clerk's drafts, newest first, and 新建 from a template. */
import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../../shared/contract/drafts';
import type { Template } from '../../../shared/model/template';
import { api, asCallError } from '../api/client';
import { go } from '../app/router';

export function DraftsPage() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([api['drafts.list']({}), api['templates.list']({})])
      .then(([d, t]) => {
        setDrafts(d);
        setTemplates(t);
      })
      .catch((e) => setError(asCallError(e).message));
  }, []);

  async function create(templateId: string) {
    setBusy(true);
    try {
      const draft = await api['drafts.create']({ templateId });
      go(`/draft/${draft.id}`);
    } catch (e) {
      setError(asCallError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="gw-page gw-drafts">
      <header className="gw-toolbar">
        <h1>草稿箱</h1>
        <div className="gw-new" role="group" aria-label="新建">
          {templates.map((t) => (
            <button key={t.id} type="button" disabled={busy} onClick={() => void create(t.id)} data-template={t.id}>
              新建{t.name}
            </button>
          ))}
        </div>
      </header>
      {error && (
        <p className="gw-error" role="alert">
          {error}
        </p>
      )}
      {drafts === null ? (
        <p className="gw-muted">正在读取…</p>
      ) : drafts.length === 0 ? (
        <p className="gw-muted">还没有草稿。点击上方按钮，从模板新建一份。</p>
      ) : (
        <table className="gw-list">
          <thead>
            <tr>
              <th>标题</th>
              <th>年度</th>
              <th>状态</th>
              <th>字数</th>
              <th>修改时间</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.id}>
                <td>
                  <a href={`#/draft/${d.id}`}>{d.title || '（无标题）'}</a>
                </td>
                <td>{d.year}</td>
                <td>{d.status}</td>
                <td>{d.chars}</td>
                <td>{new Date(d.updatedAt).toLocaleString('zh-CN', { hour12: false })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
