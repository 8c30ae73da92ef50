/**
 * 字体检查: which official fonts this PC lacks, what will be drawn instead, and a field per role to
 * choose another family. Settings are the same `FontSettings` the export and the preview use.
 */
import { useMemo } from 'react';
import { checkFonts, DEFAULT_FONTS, FONT_FALLBACKS, resolveFonts, type FontCheckRow, type FontSettings } from '../../../shared/fonts';
import { fontInstalled } from './fontProbe';

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
  if (r.onWindows) return 'Windows 自带';
  if (r.inWord) return `显示为“${r.inWord}”`;
  return r.role === 'latin' ? '显示为默认西文字体' : '显示为默认中文字体';
}

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
      <p data-testid="font-check-word">
        导出的 Word 文件为每种字体写明了替代字体：在没有这些字体的电脑上，Word 和 WPS 按“其他电脑缺少时”一栏显示。汉字都占一个字宽，分行和分页不变，只是字形不同。
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
            <th scope="col">其他电脑缺少时</th>
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
              <td>{r.missing ? (r.used ? `缺少，以“${r.used}”代替` : '缺少，以本机默认字体代替') : '已安装'}</td>
              <td data-testid="font-in-word">{inWordText(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
