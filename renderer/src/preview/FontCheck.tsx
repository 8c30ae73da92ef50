/**
 * 字体检查: which official fonts this PC lacks, what will be drawn instead, and a field per role to
 * choose another family. Settings are the same `FontSettings` the export and the preview use.
 */
import { useMemo } from 'react';
import { checkFonts, DEFAULT_FONTS, FONT_FALLBACKS, resolveFonts, type FontCheckRow, type FontSettings } from '../../../shared/fonts';
import { fontInstalled } from './fontProbe';
import { FC } from './messages';

/**
 * Suggestions: the families the fallback chains know and common Chinese fonts of Windows, macOS,
 * WPS and Linux; those installed here are offered (a page cannot list the PC's fonts itself).
 */
const COMMON_CJK = [
  '微软雅黑',
  'Microsoft YaHei',
  '新宋体',
  'NSimSun',
  '方正仿宋_GBK',
  '方正楷体_GBK',
  '方正黑体_GBK',
  '华文仿宋',
  '华文楷体',
  '华文宋体',
  'Songti SC',
  'Kaiti SC',
  'Heiti SC',
  'Noto Serif CJK SC',
  'Noto Sans CJK SC',
  'Source Han Serif SC',
  'Source Han Sans SC',
];
const KNOWN_FAMILIES = [
  ...new Set([...Object.values(DEFAULT_FONTS), ...Object.keys(FONT_FALLBACKS), ...Object.values(FONT_FALLBACKS).flat(), ...COMMON_CJK]),
];

/** Quotes and CSS/markup punctuation are never part of a family name. */
const cleanFamily = (v: string) => v.replace(/["'\\;{}<>]/g, '').slice(0, 100);

/** What Word and WPS show on a PC without the family (the stand-in the exported file names). */
function inWordText(r: FontCheckRow): string {
  if (r.onWindows) return FC.inWord.windows;
  if (r.inWord) return FC.inWord.shownAs(r.inWord);
  return r.role === 'latin' ? FC.inWord.latinDefault : FC.inWord.cjkDefault;
}

export function FontCheck({ fonts, onChange }: { fonts?: Partial<FontSettings>; onChange?: (next: Partial<FontSettings>) => void }) {
  const resolved = useMemo(() => resolveFonts(fonts), [fonts]);
  const rows = useMemo(() => checkFonts(resolved, fontInstalled), [resolved]);
  const installed = useMemo(() => KNOWN_FAMILIES.filter((f) => fontInstalled(f)), []);
  const missing = rows.filter((r) => r.missing).length;
  return (
    <section className="gw-font-check" aria-label={FC.title}>
      <p role="status" data-testid="font-check-summary">
        {missing ? FC.summaryMissing(missing) : FC.summaryAll}
      </p>
      <p data-testid="font-check-word">{FC.inWordNote}</p>
      <datalist id="gw-font-families">
        {installed.map((f) => (
          <option key={f} value={f}>
            {FC.installedHere}
          </option>
        ))}
      </datalist>
      <table>
        <thead>
          <tr>
            <th scope="col">{FC.col.role}</th>
            <th scope="col">{FC.col.font}</th>
            <th scope="col">{FC.col.here}</th>
            <th scope="col">{FC.col.elsewhere}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.role} data-role={r.role} data-missing={r.missing || undefined}>
              <th scope="row">{r.label}</th>
              <td>
                <input
                  aria-label={FC.field(r.label)}
                  list="gw-font-families"
                  value={fonts?.[r.role] ?? r.wanted}
                  readOnly={!onChange}
                  onChange={(e) => onChange?.({ ...fonts, [r.role]: cleanFamily(e.target.value) })}
                />
              </td>
              <td>{r.missing ? (r.used ? FC.missingUsed(r.used) : FC.missingDefault) : FC.installed}</td>
              <td data-testid="font-in-word">{inWordText(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
