/**
 * One organ profile's form, for 设置 › 机关信息 and the first-run invitation: each field says
 * what it fills in a draft, and a problem (shared/profile-rules.ts, the rule the store applies)
 * shows under its field as typed; 保存 stays off until there is none.
 */
import { useId, useState } from 'react';
import { profileProblems, type ProfileField } from '../../../shared/profile-rules';
import type { ProfileInput } from './profileInput';
import { S } from './messages';

/** The form's state: the 签发人 are typed as one line. */
export type ProfileDraft = Omit<ProfileInput, 'signers'> & { signers: string };

export const splitSigners = (t: string) =>
  t
    .split(/[、，,;；\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const FIELD_ORDER = [
  'fullName',
  'headerText',
  'code',
  'signers',
  'printedBy',
  'addressee',
  'label',
] as const satisfies readonly ProfileField[];

export function ProfileForm({
  initial,
  title,
  busy,
  onSave,
  onCancel,
  cancelLabel = S.cancel,
}: {
  initial: ProfileDraft;
  title: string;
  busy: boolean;
  onSave: (input: ProfileInput & { id?: number }) => void;
  onCancel: () => void;
  cancelLabel?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  // A wrong value shows as typed; a missing one once the field has been left or 保存 tried.
  const [touched, setTouched] = useState<ReadonlySet<ProfileField>>(new Set());
  const problems = profileProblems({ ...draft, signers: splitSigners(draft.signers) });
  const blocked = Object.keys(problems).length > 0;
  return (
    <form
      className="gw-profile-form"
      aria-label={title}
      data-testid="profile-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(new Set(FIELD_ORDER));
        if (blocked) return;
        const { id: profileId, signers, ...rest } = draft;
        onSave({ ...rest, ...(profileId ? { id: profileId } : {}), signers: splitSigners(signers) });
      }}
    >
      <h3>{title}</h3>
      {FIELD_ORDER.map((k) => {
        const problem = touched.has(k) || draft[k].trim() ? problems[k] : undefined;
        const inputId = `${id}-${k}`;
        return (
          <div key={k} className="gw-form-row" data-field={k}>
            <label htmlFor={inputId}>
              {S.label[k]}
              {k === 'fullName' && <span className="gw-required">{S.required}</span>}
            </label>
            <input
              id={inputId}
              value={draft[k]}
              placeholder={S.placeholder[k]}
              onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
              onBlur={() => {
                setTouched((t) => new Set(t).add(k));
                // The red header is almost always the full name + 文件: offer it once the name is there.
                if (k === 'fullName' && !draft.headerText.trim() && draft.fullName.trim())
                  setDraft((d) => ({ ...d, headerText: `${d.fullName.trim()}文件` }));
              }}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${inputId}-m`}
            />
            <span id={`${inputId}-m`} className={problem ? 'gw-field-error' : 'gw-field-hint'} role={problem ? 'alert' : undefined}>
              {problem ?? S.uses[k]}
            </span>
          </div>
        );
      })}
      <div className="gw-row-actions">
        <button type="submit" className="gw-primary" disabled={busy}>
          {S.save}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
