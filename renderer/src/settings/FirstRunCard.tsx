/**
 * The first launch's invitation, at the top of the 草稿箱 while no 机关信息 exists: what the
 * profile fills in every draft, and its form. Not a modal: the clerk may look around first;
 * 以后再说 hides it for this sitting, and it comes back on the next start until a profile is saved.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useAction } from '../ui/useAction';
import type { Notice } from '../ui/Notice';
import { blankProfile } from './profileInput';
import { ProfileForm } from './ProfileForm';
import { S } from './messages';
import './settings.css';

const LATER_KEY = 'gw-first-run-later';

function saidLater(): boolean {
  try {
    return sessionStorage.getItem(LATER_KEY) === '1';
  } catch {
    return false;
  }
}

export function FirstRunCard({ onNotice }: { onNotice: (n: Notice) => void }) {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    let live = true;
    if (!saidLater())
      api['profiles.list']({})
        .then((list) => live && setNeeded(list.length === 0))
        // Without the list there is nothing to invite to; the settings page says what went wrong.
        .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const { busy, run } = useAction(onNotice);
  if (!needed) return null;
  const later = () => {
    try {
      sessionStorage.setItem(LATER_KEY, '1');
    } catch {
      // Storage off: hidden until the page is opened again.
    }
    setNeeded(false);
  };
  return (
    <section className="gw-first-run" aria-labelledby="gw-first-run-h" data-testid="first-run">
      <h2 id="gw-first-run-h">{S.firstRun.title}</h2>
      <p>{S.firstRun.why}</p>
      <ProfileForm
        initial={{ ...blankProfile(), signers: '' }}
        title={S.firstRun.form}
        busy={busy}
        cancelLabel={S.firstRun.later}
        onCancel={later}
        onSave={(input) =>
          void run(async () => {
            const saved = await api['profiles.save'](input);
            setNeeded(false);
            return S.firstRun.saved(saved.label || saved.fullName);
          })
        }
      />
    </section>
  );
}
