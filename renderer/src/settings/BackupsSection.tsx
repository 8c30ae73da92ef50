/**
 * 备份与数据包: the automatic backups (list, back up now, restore one), and moving to a new PC:
 * 导出数据包 writes one file; 导入数据包 replaces everything after a confirmation (and a backup,
 * made by the store). In Electron the import asks with an open dialog; in the browser a file input.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../shared/contract/backup';
import { api, exportedFileUrl } from '../api/client';
import { failure, type Notice } from '../ui/Notice';
import { ConfirmBox, ConfirmButton } from '../ui/Confirm';
import { useAction } from '../ui/useAction';
import { S, when } from './messages';

/** Bytes → base64, in slices so a large package does not overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function BackupsSection({ onNotice }: { onNotice: (n: Notice) => void }) {
  const [list, setList] = useState<{ dir: string; backups: BackupInfo[] } | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'restore'; name: string } | { kind: 'import'; file: File | null } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inElectron = !!window.gongwen;

  const fail = useCallback((e: unknown) => onNotice(failure(e)), [onNotice]);
  const reload = useCallback(() => {
    api['backup.list']({}).then(setList).catch(fail);
  }, [fail]);
  useEffect(reload, [reload]);

  const { busy, run } = useAction(onNotice, {
    working: S.working,
    after: () => {
      setConfirm(null);
      reload();
    },
  });

  const doImport = (file: File | null) =>
    run(async () => {
      const dataBase64 = file ? toBase64(new Uint8Array(await file.arrayBuffer())) : undefined;
      const r = await api['backup.importPackage']({ confirm: true, ...(dataBase64 !== undefined ? { dataBase64 } : {}) });
      return r.cancelled ? null : r.message;
    });

  return (
    <>
      <section className="gw-settings-section" aria-labelledby="gw-backups-h">
        <h2 id="gw-backups-h">{S.backups}</h2>
        {list && <p className="gw-muted">{S.backupsHint(list.dir)}</p>}
        <button type="button" disabled={busy} onClick={() => void run(async () => S.backedUp((await api['backup.create']({})).name))}>
          {S.backupNow}
        </button>
        {list && list.backups.length === 0 && <p className="gw-muted">{S.noBackups}</p>}
        {list && list.backups.length > 0 && (
          <table className="gw-list gw-backups">
            <tbody>
              {list.backups.map((b) => (
                <tr key={b.name}>
                  <td>{S.reason[b.reason]}</td>
                  <td>{when(b.createdAt)}</td>
                  <td>{S.size(b.bytes)}</td>
                  <td className="gw-row-actions">
                    <ConfirmButton
                      open={confirm?.kind === 'restore' && confirm.name === b.name}
                      onOpen={() => setConfirm({ kind: 'restore', name: b.name })}
                      onCancel={() => setConfirm(null)}
                      label={S.restore}
                      question={S.restoreConfirm}
                      yes={S.restoreYes}
                      busy={busy}
                      onYes={() => void run(async () => (await api['backup.restore']({ name: b.name, confirm: true })).message)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="gw-settings-section" aria-labelledby="gw-package-h">
        <h2 id="gw-package-h">{S.packageTitle}</h2>
        <p className="gw-muted">{S.packageHint}</p>
        <div className="gw-row-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const r = await api['backup.exportPackage']({});
                return r.path ? { text: S.exported(r.fileName), href: exportedFileUrl(r.path) } : null;
              })
            }
          >
            {S.exportPackage}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => (inElectron ? setConfirm({ kind: 'import', file: null }) : fileInput.current?.click())}
          >
            {S.importPackage}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label={S.importChoose}
            accept=".gwdata,.db"
            onChange={(e) => {
              const file = e.target.files?.[0] ?? null;
              e.target.value = '';
              if (file) setConfirm({ kind: 'import', file });
            }}
          />
        </div>
        {confirm?.kind === 'import' && (
          <p>
            <ConfirmBox
              label={S.importPackage}
              question={S.importConfirm}
              yes={S.importYes}
              busy={busy}
              onYes={() => void doImport(confirm.file)}
              onCancel={() => setConfirm(null)}
            />
          </p>
        )}
      </section>
    </>
  );
}
