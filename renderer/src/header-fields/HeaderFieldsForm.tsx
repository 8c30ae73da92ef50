/**
 * The header (版头) and colophon (版记) fields of a draft: 发文机关 (or a saved organ profile),
 * 发文字号, 签发人, 标题 with a suggestion from the template's pattern, 主送, 署名, 成文日期, 附注,
 * 抄送, 印发机关 and 印发日期. Each is checked as typed with the checker's own validators; every
 * change goes to doc.meta through `onChange`, the same autosave path as the editor's. The 发文字号
 * is taken from (or typed into) the register by the picker, which checks it in the same words.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Meta } from '../../../shared/model/document';
import type { Template } from '../../../shared/model/template';
import type { OrganProfile } from '../../../shared/contract/profiles';
import { suggestedTitle, withOrgan } from '../../../shared/templates';
import { formatCcLine, parseDate, todayDate } from '../../../shared/check/fields';
import { api } from '../api/client';
import { DocNumberPicker } from '../register/DocNumberPicker';
import { ReportYearField } from '../year/ReportYearField';
import { FIELDS, GROUPS, PICKER_FIELDS, fieldInputId, type FieldKey, type FieldSpec } from './fields';
import { HEADER_GROUPS } from '../../../shared/header-fields/table';
import { T } from './messages';
import './header-fields.css';

interface Props {
  meta: Meta;
  template: Template | undefined;
  /** The draft, for the 发文字号 register. */
  draftId: string;
  /** Apply a change to the latest meta (several fields may change between renders). */
  onChange: (update: (meta: Meta) => Meta) => void;
  /** Move the draft to another reported year (with the text that carries it); answers what changed. */
  onYearChange?: ((year: number) => readonly string[]) | undefined;
}

export function HeaderFieldsForm({ meta, template, draftId, onChange, onYearChange }: Props) {
  const suggestion = template ? suggestedTitle(template, meta.organ.fullName.trim(), meta.year) : '';
  const extras: Partial<Record<FieldKey, ReactNode>> = {
    title:
      suggestion && suggestion !== meta.title ? (
        <p className="gw-field-suggestion" data-testid="title-suggestion">
          {T.suggestion}
          <span>{suggestion}</span>
          <button type="button" className="gw-link" onClick={() => onChange((m) => ({ ...m, title: suggestion }))}>
            {T.useSuggestion}
          </button>
        </p>
      ) : null,
    date: (
      <button
        type="button"
        className="gw-link"
        onClick={() => onChange((m) => ({ ...m, signature: { ...m.signature, date: todayDate() } }))}
      >
        {T.today}
      </button>
    ),
    printedDate: meta.signature.date ? (
      <button type="button" className="gw-link" onClick={() => onChange((m) => ({ ...m, printedDate: m.signature.date }))}>
        {T.sameAsDate}
      </button>
    ) : null,
  };
  const hints: Partial<Record<FieldKey, string>> = {
    addressee: T.hints.addressee,
    cc: T.hints.cc(formatCcLine(meta.cc)),
    printedDate: T.hints.printedDate,
  };
  return (
    // Not a <form>: the 发文字号 picker holds its own form, and every field saves as typed anyway.
    <div role="form" className="gw-fields" aria-label={T.title} data-testid="header-fields">
      <ProfilePicker onApply={(p) => onChange((m) => withOrgan(m, p))} />
      {onYearChange && <ReportYearField year={meta.year} onChange={onYearChange} />}
      {GROUPS.map((group) => (
        <fieldset key={group} className="gw-fieldset">
          <legend>{HEADER_GROUPS[group]}</legend>
          {PICKER_FIELDS.some((f) => f.group === group) && <DocNumberField meta={meta} draftId={draftId} onChange={onChange} />}
          {FIELDS.filter((f) => f.group === group).map((spec) => (
            <Field key={spec.key} spec={spec} meta={meta} onChange={onChange} hint={hints[spec.key]} extra={extras[spec.key]} />
          ))}
        </fieldset>
      ))}
    </div>
  );
}

function Field({
  spec,
  meta,
  onChange,
  hint,
  extra,
}: {
  spec: FieldSpec;
  meta: Meta;
  onChange: Props['onChange'];
  hint?: string | undefined;
  extra?: ReactNode;
}) {
  const stored = spec.format(meta);
  const [text, setText] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [focused, setFocused] = useState(false);
  // Changes from elsewhere (a profile, a suggestion) show when the clerk is not typing here; on
  // leaving the field, the text shows as stored.
  if (!focused && stored !== seen) {
    setSeen(stored);
    setText(stored);
  }
  const problem = spec.problem(text, meta);
  const id = fieldInputId(spec.key);
  const messageId = useId();
  const props = {
    id,
    value: text,
    placeholder: (T.placeholders as Partial<Record<FieldKey, string>>)[spec.key],
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': messageId,
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
    onChange: (e: { target: { value: string } }) => {
      const value = e.target.value;
      setText(value);
      onChange((m) => spec.parse(m, value));
    },
  };
  return (
    <div className={`gw-field${problem ? ' gw-field-invalid' : ''}`} data-field={spec.key}>
      <label htmlFor={id}>{spec.label}</label>
      <div className="gw-field-input">
        {spec.input === 'multiline' ? <textarea rows={2} {...props} /> : <input type="text" autoComplete="off" {...props} />}
        {extra && spec.input !== 'multiline' ? extra : null}
      </div>
      <div id={messageId}>
        {problem ? (
          <p className="gw-field-error" role="alert">
            {problem}
          </p>
        ) : hint ? (
          <p className="gw-field-hint">{hint}</p>
        ) : null}
        {spec.input === 'multiline' ? extra : null}
      </div>
    </div>
  );
}

/**
 * The 发文字号 through the register: take the next number for the organ's 机关代字, or type one
 * by hand (checked by shared/doc-number and refused when another draft holds it). Its year is the
 * year of issue: the 成文日期's once there is one, this year until then.
 */
function DocNumberField({ meta, draftId, onChange }: { meta: Meta; draftId: string; onChange: Props['onChange'] }) {
  const year = parseDate(meta.signature.date)?.year ?? new Date().getFullYear();
  return (
    // The checker's 发文字号 findings focus this (see fieldForFinding).
    <div className="gw-field" data-field="docNumber" id={fieldInputId('docNumber')} tabIndex={-1}>
      <DocNumberPicker
        value={meta.docNumber}
        organCode={meta.organ.code}
        year={year}
        draftId={draftId}
        onChange={(docNumber) => onChange((m) => ({ ...m, docNumber }))}
      />
      <p className="gw-field-hint">{T.hints.docNumber}</p>
    </div>
  );
}

/** Saved organ profiles (机关信息), when there are any. */
function ProfilePicker({ onApply }: { onApply: (p: OrganProfile) => void }) {
  const [profiles, setProfiles] = useState<OrganProfile[]>([]);
  const [applied, setApplied] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api['profiles.list']({})
      .then((list) => live && setProfiles(list))
      .catch(() => live && setProfiles([]));
    return () => {
      live = false;
    };
  }, []);
  if (!profiles.length) return null;
  return (
    <div className="gw-field gw-profile">
      <label htmlFor="gw-profile">{T.profile}</label>
      <select
        id="gw-profile"
        value=""
        onChange={(e) => {
          const p = profiles.find((x) => String(x.id) === e.target.value);
          if (!p) return;
          onApply(p);
          setApplied(p.label || p.fullName);
        }}
      >
        <option value="">{T.profileNone}</option>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label || p.fullName}
          </option>
        ))}
      </select>
      {applied && <p className="gw-field-hint">{T.profileApplied(applied)}</p>}
    </div>
  );
}
