/**
 * 字体检查: which official fonts this PC lacks, what will be drawn instead, and a field per role to
 * choose another family. Settings are the same `FontSettings` the export and the preview use.
 */
import { useMemo } from 'react';
import { checkFonts, DEFAULT_FONTS, FONT_FALLBACKS, resolveFonts, type FontSettings } from '../../../shared/fonts';
import { fontInstalled } from './fontProbe';

/** Every family the fallback chains know, for the suggestions list. */
const KNOWN_FAMILIES = [...new Set([...Object.values(DEFAULT_FONTS), ...Object.keys(FONT_FALLBACKS), ...Object.values(FONT_FALLBACKS).flat()])];

/** Quotes and CSS/markup punctuation are never part of a family name. */
const cleanFamily = (v: string) => v.replace(/["'\\;{}<>]/g, '').slice(0, 100);

export function FontCheck({ fonts, onChange }: { fonts?: Partial<FontSettings>; onChange?: (next: Partial<FontSettings>) => void }) {
  const resolved = useMemo(() => resolveFonts(fonts), [fonts]);
  const rows = useMemo(() => checkFonts(resolved, fontInstalled), [resolved]);
  const installed = useMemo(() => KNOWN_FAMILIES.filter((f) => fontInstalled(f)), []);
  const missing = rows.filter((r) => r.missing).length;
  return (
    <section className="gw-font-check" aria-label="字体检查">
      <p role="status" data-testid="font-check-summary">
        {missing
          ? `本机缺少 ${missing} 项用途的公文字体。导出的文件仍写这些字体名，在装有这些字体的电脑上显示正常；本机预览用替代字体。也可以为各用途改选本机已有的字体。`
          : '本机已安装全部所选字体。'}
      </p>
      <datalist id="gw-font-families">
        {installed.map((f) => (
          <option key={f} value={f}>
            本机已安装
          </option>
        ))}
      </datalist>
      <table>
        <thead>
          <tr>
            <th scope="col">用途</th>
            <th scope="col">字体</th>
            <th scope="col">本机</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.role} data-role={r.role} data-missing={r.missing || undefined}>
              <th scope="row">{r.label}</th>
              <td>
                <input
                  aria-label={`${r.label}字体`}
                  list="gw-font-families"
                  value={fonts?.[r.role] ?? r.wanted}
                  readOnly={!onChange}
                  onChange={(e) => onChange?.({ ...fonts, [r.role]: cleanFamily(e.target.value) })}
                />
              </td>
              <td>{r.missing ? (r.used ? `缺少，以“${r.used}”代替` : '缺少，无替代字体') : '已安装'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
