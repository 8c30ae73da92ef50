/**
 * 机关信息: several organ profiles, one default, each edited in one form. A profile's default fonts
 * are kept with it (saving here passes them through unchanged); they are chosen in the 字体检查
 * section of this page, which edits the default profile's.
 */
import { useCallback, useEffect, useState } from 'react';
import type { OrganProfile } from '../../../shared/contract/profiles';
import { api } from '../api/client';
import { failure, type Notice } from '../ui/Notice';
import { ConfirmButton } from '../ui/Confirm';
import { useAction } from '../ui/useAction';
import { blankProfile, profileInput } from './profileInput';
import { ProfileForm, type ProfileDraft } from './ProfileForm';
import { S } from './messages';

type Draft = ProfileDraft;

const EMPTY: Draft = { ...blankProfile(), signers: '' };

function toDraft(p: OrganProfile): Draft {
  return { ...profileInput(p), signers: p.signers.join('、') };
}

export function ProfilesSection({ onNotice }: { onNotice: (n: Notice) => void }) {
  const [profiles, setProfiles] = useState<OrganProfile[] | null>(null);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  const fail = useCallback((e: unknown) => onNotice(failure(e)), [onNotice]);
  const reload = useCallback(() => {
    api['profiles.list']({}).then(setProfiles).catch(fail);
  }, [fail]);
  useEffect(reload, [reload]);

  const { busy, run } = useAction(onNotice, { after: reload });

  const name = (p: { label: string; fullName: string }) => p.label || p.fullName;

  return (
    <section className="gw-settings-section" aria-labelledby="gw-profiles-h">
      <h2 id="gw-profiles-h">{S.profiles}</h2>
      <p className="gw-muted">{S.profilesHint}</p>
      {profiles && profiles.length === 0 && !editing && <p className="gw-muted">{S.profilesEmpty}</p>}
      {profiles && profiles.length > 0 && (
        <ul className="gw-profiles">
          {profiles.map((p) => (
            <li key={p.id} data-profile={p.id}>
              <strong>{name(p)}</strong>
              {p.isDefault && <span className="gw-badge">{S.isDefault}</span>}
              <span className="gw-muted">
                {p.fullName} {p.code && `· ${p.code}`}
              </span>
              <span className="gw-row-actions">
                {!p.isDefault && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void run(async () => (await api['profiles.setDefault']({ id: p.id }), S.saved(name(p))))}
                  >
                    {S.makeDefault}
                  </button>
                )}
                <button type="button" onClick={() => setEditing(toDraft(p))}>
                  {S.edit}
                </button>
                <ConfirmButton
                  open={confirming === p.id}
                  onOpen={() => setConfirming(p.id)}
                  onCancel={() => setConfirming(null)}
                  label={S.remove}
                  question={S.removeConfirm(name(p))}
                  yes={S.remove}
                  busy={busy}
                  onYes={() => void run(async () => (setConfirming(null), await api['profiles.delete']({ id: p.id }), S.removed(name(p))))}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ProfileForm
          key={editing.id ?? 'new'}
          initial={editing}
          title={editing.id ? S.editing(name(editing)) : S.adding}
          busy={busy}
          onCancel={() => setEditing(null)}
          onSave={(input) =>
            void run(async () => {
              const saved = await api['profiles.save'](input);
              setEditing(null);
              return S.saved(name(saved));
            })
          }
        />
      ) : (
        <button type="button" onClick={() => setEditing({ ...EMPTY })}>
          {S.add}
        </button>
      )}
    </section>
  );
}
