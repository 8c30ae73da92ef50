/**
 * An exported 政府信息公开 年报 rendered by LibreOffice (the renderer of record), official and
 * 网站公开版: every table inside the 156 mm 版心, every label and number printed whole (no clipped
 * cell text), no row split across pages, and the 三 table's three header rows repeated on the page
 * it runs onto — on the page the paged preview puts it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/docx/index';
import { layoutDocument } from '../../shared/layout/index';
import { PAGE } from '../../shared/gbt9704';
import type { FixedTable, ReportDocument, Section } from '../../shared/model/document';
import { computeTotals, numberCells, gridOf, isNumberCell } from '../../shared/model/fixed-table-grid';
import { getTemplate, newDocument } from '../../shared/templates';
import { readBoxes, renderPdf, type PdfPage } from '../helpers/render';

const pt = (twips: number) => twips / 20;
const LEFT = pt(PAGE.marginLeft);
const RIGHT = pt(PAGE.marginLeft + PAGE.textWidth);
const t = getTemplate('gov-info-annual')!;

/** A filled, balanced 年报 whose 三 table starts low on a page, so it must run onto the next. */
function filledReport(): ReportDocument {
  const doc = newDocument(t, 2024, { fullName: '某县人民政府办公室', headerText: '某县人民政府办公室', code: '县政办' });
  const sections = doc.body.filter((b): b is Section => b.type === 'section');
  const para = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }] });
  sections[0]!.children = Array.from({ length: 9 }, (_, i) =>
    para(`第${i + 1}项：本机关坚持以公开为常态、不公开为例外，全年通过政府网站主动公开政府信息${1200 + i}条，及时回应社会关切，规范依申请公开办理流程。`),
  );
  let n = 1;
  for (const def of t.tables) {
    const v: Record<string, number | null> = {};
    for (const c of numberCells(def)) if (!c.def.sum) v[c.def.key] = def.id === 'gov-apply' ? 0 : n++;
    if (def.id === 'gov-apply') Object.assign(v, { 'new.natural': 13364, 'carried.natural': 783, 'granted.natural': 13364, 'forward.natural': 783 });
    if (def.id === 'gov-active') v['fees.amount'] = 12.5;
    const block = sections.flatMap((s) => s.children).find((b): b is FixedTable => b.type === 'fixedTable' && b.table === def.id)!;
    block.values = computeTotals(def, v);
  }
  sections[4]!.children = [para('一是主动公开的深度和广度还需拓展。二是依申请公开答复文书还需规范。下一步，将加强培训，完善制度。')];
  sections[5]!.children = [para('本年度未收取信息处理费。')];
  return doc;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const charCounts = (s: string) => {
  const m = new Map<string, number>();
  for (const ch of s) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
};
const pageText = (p: PdfPage) => squash(p.words.map((w) => w.text).join(''));

let pages: Record<'official' | 'web', PdfPage[]>;
let doc: ReportDocument;

beforeAll(async () => {
  doc = filledReport();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-govinfo-'));
  const files = await Promise.all(
    (['official', 'web'] as const).map(async (variant) => {
      const file = path.join(dir, `${variant}.docx`);
      fs.writeFileSync(file, await buildDocx(doc, { variant }));
      return file;
    }),
  );
  fs.mkdirSync('test/.artifacts', { recursive: true });
  const [official, web] = renderPdf(files, dir);
  fs.copyFileSync(official!, 'test/.artifacts/gov-info-official.pdf');
  pages = { official: readBoxes(official!), web: readBoxes(web!) };
}, 240_000);

describe.each(['official', 'web'] as const)('%s', (variant) => {
  it('prints every table inside the 版心, every label and number whole, no row split', () => {
    const all = pages[variant];
    for (const p of all) for (const w of p.words) {
      expect(w.x0, `${w.text} left of the 版心`).toBeGreaterThanOrEqual(LEFT - 1);
      expect(w.x1, `${w.text} right of the 版心`).toBeLessThanOrEqual(RIGHT + 1);
    }
    // A label wraps inside its narrow cell, so its characters are read back, not its string: all
    // of them on one page (its row was not split, no line of it lost).
    const counts = all.map((p) => charCounts(pageText(p)));
    for (const def of t.tables) {
      for (const c of gridOf(def).cells) {
        if (isNumberCell(c.def)) continue;
        const need = charCounts(squash(c.def.text));
        const whole = counts.some((have) => [...need].every(([ch, n]) => (have.get(ch) ?? 0) >= n));
        expect(whole, `${def.id}: “${c.def.text}” printed whole on one page`).toBe(true);
      }
    }
    // The numbers, each whole in its cell (no digit wrapped off), totals included: 13364 is typed
    // twice (本年新收, 予以公开), and computed in their 总计 column and in （七）总计 twice.
    const words = all.flatMap((p) => p.words.map((w) => w.text));
    expect(words.filter((x) => x === '13364')).toHaveLength(6);
    expect(words.filter((x) => x === '783')).toHaveLength(4);
    expect(words).toContain('12.5');
    // 四: the 行政复议 group's 总计 is its four results' sum (the numbers typed are 11…14).
    expect(words).toContain(String(11 + 12 + 13 + 14));
  });

  it('repeats the 三 table’s header rows on the page it runs onto, where the preview does', () => {
    const all = pages[variant];
    const texts = all.map(pageText);
    const first = texts.findIndex((x) => x.includes('一、本年新收政府信息公开申请数量'));
    const last = texts.findIndex((x) => x.includes('四、结转下年度继续办理'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first); // it does run onto another page
    const top = pt(PAGE.marginTop);
    for (let p = first; p <= last; p++) {
      const head = all[p]!.words.filter((w) => w.text === '申请人情况' || w.text === '法人或其他组织');
      expect(head.map((w) => w.text).sort(), `page ${p + 1}`).toEqual(['法人或其他组织', '申请人情况']);
      // On the pages it runs onto, the header stands at the top of the 版心.
      if (p > first) for (const w of head) expect(w.y0 - top, `page ${p + 1}: ${w.text}`).toBeLessThan(40);
    }
    // The preview's pagination puts 四、结转下年度继续办理 on the same page.
    const layout = layoutDocument(doc, variant);
    const planned = layout.pages.findIndex((pg) =>
      pg.items.some(
        (it) => it.kind === 'row' && it.table.rows[it.row]!.cells.some((c) => c.paras.some((p) => p.runs.some((r) => r.text === '四、结转下年度继续办理'))),
      ),
    );
    expect(planned).toBe(last);
  });
});
