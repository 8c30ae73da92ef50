/**
 * The clerk's font per role (字体检查), kept with the default organ profile (机关信息), where the
 * export reads it too (electron/services/export.ts). Only roles that differ from the standard
 * fonts are stored; on a PC with no profile yet, saving asks for 机关信息 first.
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_FONTS, FONT_ROLES, type FontSettings } from '../../../shared/fonts';
import type { OrganProfile } from '../../../shared/contract/profiles';
import { CallError, api } from '../api/client';
import { fontsSave } from '../settings/profileInput';
import { FC } from './messages';

export type FontChoice = Partial<FontSettings>;

export interface FontSettingsState {
  fonts: FontChoice;
  loaded: boolean;
  save(next: FontChoice): Promise<void>;
}

/** The stored record → the roles that differ from the standard fonts. */
export function choiceFromRecord(record: Partial<Record<string, string>> | undefined): FontChoice {
  const out: FontChoice = {};
  for (const role of FONT_ROLES) {
    const v = record?.[role]?.trim();
    if (v && v !== DEFAULT_FONTS[role]) out[role] = v;
  }
  return out;
}

async function defaultProfile(): Promise<OrganProfile | undefined> {
  const list = await api['profiles.list']({});
  return list.find((p) => p.isDefault);
}

export async function loadFontChoice(): Promise<FontChoice> {
  return choiceFromRecord((await defaultProfile())?.fonts);
}

export async function saveFontChoice(next: FontChoice): Promise<FontChoice> {
  const fonts = choiceFromRecord(next);
  // Read the profile again right before writing, so its other fields are the current ones.
  const input = fontsSave(await defaultProfile(), fonts);
  if (!input) throw new CallError('BAD_INPUT', FC.needProfile);
  const saved = await api['profiles.save'](input);
  return choiceFromRecord(saved.fonts);
}

export function useFontSettings(): FontSettingsState {
  const [fonts, setFonts] = useState<FontChoice>({});
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    loadFontChoice()
      .then((f) => live && setFonts(f))
      // Without the stored choice the standard fonts apply; nothing to tell the clerk here.
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  const save = useCallback(async (next: FontChoice) => setFonts(await saveFontChoice(next)), []);
  return { fonts, loaded, save };
}
