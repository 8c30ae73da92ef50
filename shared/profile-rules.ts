/**
 * What an organ profile (机关信息) needs before it can be saved, field by field, in Chinese. The
 * form (first run and 设置) shows these as typed; the store refuses the same, so no path saves a
 * profile that would put an empty red header or 署名 on every new draft.
 */
import { codeProblem } from './doc-number';
import { PROFILE_MESSAGES } from './profile-messages';

interface ProfileFieldsInput {
  label: string;
  fullName: string;
  headerText: string;
  code: string;
  addressee: string;
  signers: readonly string[];
  printedBy: string;
}

export type ProfileField = keyof ProfileFieldsInput;

const NAME_MIN = 2;
/** A name carries Chinese characters (or letters), not only digits and marks. */
const HAS_WORD = /[\p{Script=Han}A-Za-z]/u;
/** 签发人: 2–10 characters, Chinese names may carry a middle dot (·); no digits or punctuation. */
const SIGNER = /^[\p{Script=Han}A-Za-z·•]{2,10}$/u;

/** Problems by field; empty when the profile may be saved. */
export function profileProblems(p: ProfileFieldsInput): Partial<Record<ProfileField, string>> {
  const out: Partial<Record<ProfileField, string>> = {};
  const fullName = p.fullName.trim();
  if (!fullName) out.fullName = PROFILE_MESSAGES.fullNameMissing;
  else if (!HAS_WORD.test(fullName)) out.fullName = PROFILE_MESSAGES.notAName;
  else if ([...fullName].length < NAME_MIN) out.fullName = PROFILE_MESSAGES.fullNameShort;
  // The red header's text may wait (the checker asks for it before export); a name is a must.
  const header = p.headerText.trim();
  if (header && !HAS_WORD.test(header)) out.headerText = PROFILE_MESSAGES.notAName;
  const code = codeProblem(p.code);
  if (code) out.code = code;
  const badSigner = p.signers.map((s) => s.trim()).find((s) => s && !SIGNER.test(s));
  if (badSigner !== undefined) out.signers = PROFILE_MESSAGES.signer(badSigner);
  for (const k of ['label', 'printedBy', 'addressee'] as const) {
    const v = p[k].trim();
    if (v && !HAS_WORD.test(v)) out[k] = PROFILE_MESSAGES.notAName;
  }
  return out;
}

/** The first problem, for a refusal that names one thing to fix. */
export function firstProfileProblem(p: ProfileFieldsInput): string | null {
  const problems = profileProblems(p);
  const order: ProfileField[] = ['fullName', 'headerText', 'code', 'signers', 'label', 'addressee', 'printedBy'];
  for (const k of order) if (problems[k]) return problems[k];
  return null;
}
