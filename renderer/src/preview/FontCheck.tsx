/**
 * 字体检查: which official fonts this PC lacks, what will be drawn instead, and a field per role to
 * choose another family. Settings are the same `FontSettings` the export and the preview use.
 */
import { useMemo } from 'react';
import { checkFonts, resolveFonts, type FontSettings } from '../../../shared/fonts';
import { fontInstalled } from './fontProbe';

export function FontCheck({ fonts, onChange }: { fonts?: Partial<FontSettings>; onChange?: (next: Partial<FontSettings>) => void }) {
  const resolved = useMemo(() => resolveFonts(fonts), [fonts]);
  const rows = useMemo(() => checkFonts(resolved, fontInstalled), [resolved]);
  const missing = rows.filter((r) => r.missing).length;
  return (
    <section className="gw-font-check" aria-label="字体检查">
      <p role="status">{missing ? `本机缺少 ${missing} 种公文字体，导出的文件在装有这些字体的电脑上显示正常；本机预览将用替代字体。` : '本机已安装全部公文字体。'}</p>
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
            <tr key={r.role} data-missing={r.missing || undefined}>
              <th scope="row">{r.label}</th>
              <td>
                <input
                  aria-label={`${r.label}字体`}
                  value={fonts?.[r.role] ?? r.wanted}
                  readOnly={!onChange}
                  onChange={(e) => onChange?.({ ...fonts, [r.role]: e.target.value })}
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
