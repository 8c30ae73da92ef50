/**
 * A profile as `profiles.save` takes it back, for the two places that save one: the 机关信息 form
 * and 字体检查 (which saves the default profile with new fonts, or makes a first one).
 * No calls here, so tests can build their input with the same rule.
 */
import type { CallInput } from '../../../shared/contract/index';
import type { OrganProfile } from '../../../shared/contract/profiles';

/** The organ's own fields; without `fonts` a save keeps the fonts the profile has. */
export type ProfileInput = Omit<CallInput<'profiles.save'>, 'fonts' | 'isDefault'>;

/** A profile with nothing filled in yet. */
export function blankProfile(): ProfileInput {
  return { label: '', fullName: '', headerText: '', code: '', addressee: '', signers: [], printedBy: '' };
}

/** The stored profile as a save of itself: all but the store's bookkeeping, and the fonts, which a save without them keeps. */
export function profileInput(p: OrganProfile): ProfileInput & { id: number } {
  const { isDefault: _isDefault, createdAt: _createdAt, updatedAt: _updatedAt, fonts: _fonts, ...input } = p;
  return input;
}

/**
 * What 字体检查 saves: the default profile as it is now with these fonts. Null on a PC with no
 * profile yet: the fonts are kept with the organ's profile, and an empty one is not saved
 * (shared/profile-rules.ts), so the clerk is asked to fill in 机关信息 first.
 */
export function fontsSave(profile: OrganProfile | undefined, fonts: Record<string, string>): CallInput<'profiles.save'> | null {
  return profile ? { ...profileInput(profile), fonts } : null;
}
