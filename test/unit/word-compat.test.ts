/**
 * The "Word model" check: what Word and WPS will do with every paragraph of real exports, resolved
 * from docDefaults → table style → paragraph style (basedOn chain) → direct formatting, must be
 * what shared/docx/word-compat.ts says our layout engine assumes; the settings, the section grid
 * and the font table say what that table and shared/fonts.ts say. (What LibreOffice draws from the
 * same files is test/integration/docx-render.test.ts.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocx } from '../../shared/docx/index';
import { DOCUMENT_SETTINGS, STYLE_PROPERTIES, WORD_COMPAT } from '../../shared/docx/word-compat';
import { ORDER } from '../../shared/docx/package';
import { attr, child, childElements, descendants, parseXml, XmlError, type XmlElement } from '../helpers/xml-tree';
import { NO_LINE_END, NO_LINE_START } from '../../shared/layout/metrics';
import { DEFAULT_FONTS, FONT_FACES, checkFonts, resolveFonts, type FontSettings } from '../../shared/fonts';
import { measures, paraLines, styledText } from '../../shared/layout/measure';
import type { ExportVariant as Variant } from '../../shared/export/variant';
import { breakLines, type StyledText } from '../../shared/layout/linebreak';
import { layoutDocument } from '../../shared/layout/index';
import { GRID, PAGE } from '../../shared/gbt9704';
import type { ReportDocument } from '../../shared/model/document';
import { SEED_INFO, seedReport, tableReport } from '../helpers/reports';
import { onOff, onOffValue, readWordModel, type WordModel } from '../helpers/word-model';

const EXPORTS: { name: string; doc: () => ReportDocument; variant: Variant; fonts?: Partial<FontSettings> }[] = [
  ...SEED_INFO.map((info) => ({ name: info.file, doc: () => seedReport(info), variant: 'official' as const })),
  { name: 'huzhu-2024 网站公开版', doc: () => seedReport(SEED_INFO[0]!), variant: 'web' },
  { name: 'tables and attachments', doc: tableReport, variant: 'official' },
  { name: 'fushun-2024 草稿', doc: () => seedReport(SEED_INFO[2]!), variant: 'draft' },
  { name: 'other fonts', doc: tableReport, variant: 'official', fonts: { body: '方正仿宋_GBK', heading1: '方正黑体_GBK', latin: 'Arial' } },
];
const models = new Map<string, WordModel>();

beforeAll(async () => {
  for (const e of EXPORTS) models.set(e.name, await readWordModel(await buildDocx(e.doc(), { variant: e.variant, fonts: e.fonts })));
});

describe('Word model of the exported files', () => {
  test('every paragraph and run resolves each layout property of the table to the engine’s value', () => {
    for (const [name, m] of models) {
      expect(m.paragraphs.length, name).toBeGreaterThan(20);
      // Tables: the 版记 of the official and draft versions, the data tables of the table report.
      if (!name.includes('网站公开版')) expect(m.paragraphs.some((p) => p.inTable), `${name} has table paragraphs`).toBe(true);
      for (const [i, p] of m.paragraphs.entries()) {
        for (const prop of STYLE_PROPERTIES) {
          const where = `${name} ${p.part} paragraph ${i + 1} “${p.text.slice(0, 20)}” ${prop.element}`;
          if (prop.part === 'pPr') expect(onOff(p.props, prop.element) ?? prop.absentMeans, where).toBe(prop.value);
          else for (const r of p.runs) expect(onOff(r.props, prop.element) ?? prop.absentMeans, `${where} run “${r.text.slice(0, 10)}”`).toBe(prop.value);
        }
      }
    }
    // Independently of the table: what the engine (and the issue) needs Word to do.
    const needed: Record<string, boolean> = {
      'pPr:autoSpaceDE': false,
      'pPr:autoSpaceDN': false,
      'pPr:kinsoku': true,
      'pPr:wordWrap': true,
      'pPr:overflowPunct': true,
      'pPr:topLinePunct': false,
      'pPr:snapToGrid': false,
      'pPr:adjustRightInd': false,
      'pPr:widowControl': false,
      'rPr:snapToGrid': false,
    };
    expect(Object.fromEntries(STYLE_PROPERTIES.map((p) => [`${p.part}:${p.element}`, p.value]))).toEqual(needed);
    // The draft has a page header; every export has footers; body text is in the document.
    const parts = new Set([...models.values()].flatMap((m) => m.paragraphs.map((p) => p.part.replace(/\d+/, ''))));
    expect(parts).toEqual(new Set(['word/document.xml', 'word/footer.xml', 'word/header.xml']));
  });

  test('each written property is in docDefaults and in every paragraph, table and character style', () => {
    for (const [name, m] of models) {
      const defaults = child(m.styles, 'w:docDefaults')!;
      const containers: [string, XmlElement | undefined, 'pPr' | 'rPr'][] = [
        ['docDefaults pPr', child(child(defaults, 'w:pPrDefault')!, 'w:pPr'), 'pPr'],
        ['docDefaults rPr', child(child(defaults, 'w:rPrDefault')!, 'w:rPr'), 'rPr'],
      ];
      for (const s of childElements(m.styles, 'w:style')) {
        const type = attr(s, 'w:type');
        if (type === 'paragraph' || type === 'table') containers.push([`style ${attr(s, 'w:styleId')} pPr`, child(s, 'w:pPr'), 'pPr']);
        if (type !== 'numbering') containers.push([`style ${attr(s, 'w:styleId')} rPr`, child(s, 'w:rPr'), 'rPr']);
      }
      expect(containers.length, name).toBeGreaterThan(10);
      for (const [where, el, part] of containers) {
        expect(el, `${name} ${where}`).toBeDefined();
        for (const prop of STYLE_PROPERTIES.filter((p) => p.part === part && p.write)) {
          const found = child(el!, `w:${prop.element}`);
          expect(found && onOffValue(found), `${name} ${where} ${prop.element}`).toBe(prop.value);
        }
      }
    }
  });

  test('a property left out on purpose appears nowhere (LibreOffice reads w:overflowPunct inverted)', async () => {
    const omitted = STYLE_PROPERTIES.filter((p) => !p.write);
    expect(omitted.map((p) => p.element)).toEqual(['overflowPunct']);
    for (const [name, m] of models) {
      for (const path of ['word/styles.xml', ...m.parts.keys()]) {
        const xml = await m.zip.file(path)!.async('string');
        for (const p of omitted) expect(xml.includes(`w:${p.element}`), `${name} ${path} ${p.element}`).toBe(false);
      }
    }
  });

  test('settings.xml and every section say what the table says; the kinsoku lists are the engine’s', () => {
    for (const [name, m] of models) {
      for (const s of DOCUMENT_SETTINGS.filter((x) => x.part === 'settings')) {
        const el = child(m.settings, `w:${s.element}`);
        expect(el, `${name} ${s.element}`).toBeDefined();
        for (const [k, v] of Object.entries(s.attrs)) expect(attr(el!, k), `${name} ${s.element} ${k}`).toBe(v);
      }
      expect(new Set(attr(child(m.settings, 'w:noLineBreaksBefore')!, 'w:val'))).toEqual(NO_LINE_START);
      expect(new Set(attr(child(m.settings, 'w:noLineBreaksAfter')!, 'w:val'))).toEqual(NO_LINE_END);
      expect(attr(child(m.settings, 'w:characterSpacingControl')!, 'w:val')).toBe('doNotCompress');
      const grids = descendants(m.parts.get('word/document.xml')!, 'w:docGrid');
      const sections = descendants(m.parts.get('word/document.xml')!, 'w:sectPr');
      expect(grids.length, name).toBe(sections.length);
      for (const g of grids) {
        expect(attr(g, 'w:type'), `${name}: no document grid`).toBe('default');
        expect(attr(g, 'w:linePitch')).toBe('579');
      }
    }
  });

  test('touched property lists keep the schema order Word requires', () => {
    const inOrder = (el: XmlElement, order: readonly string[], where: string) => {
      const ranks = childElements(el).map((c) => order.indexOf(c.name)).filter((r) => r >= 0);
      expect(ranks, where).toEqual([...ranks].sort((a, b) => a - b));
    };
    for (const [name, m] of models) {
      inOrder(m.settings, ORDER.settings, `${name} settings`);
      for (const pPr of descendants(m.styles, 'w:pPr')) inOrder(pPr, ORDER.pPr, `${name} styles pPr`);
      for (const rPr of descendants(m.styles, 'w:rPr')) inOrder(rPr, ORDER.rPr, `${name} styles rPr`);
      for (const s of childElements(m.styles, 'w:style')) inOrder(s, ORDER.style, `${name} style ${attr(s, 'w:styleId')}`);
    }
  });

  test('the table is complete: every entry says what Word does, what LibreOffice does and what the engine assumes', () => {
    for (const e of WORD_COMPAT) {
      expect(e.wordDefault.length, e.element).toBeGreaterThan(3);
      expect(e.libreOffice.length, e.element).toBeGreaterThan(3);
      expect(e.engine.length, e.element).toBeGreaterThan(3);
      expect(e.wordUi, e.element).toMatch(/[\u4e00-\u9fff]/);
    }
    // The list: Chinese/Latin and Chinese/digit spacing, kinsoku, overflow, grid snapping, compression.
    const names = WORD_COMPAT.map((e) => `${e.part}:${e.element}`);
    for (const n of ['pPr:autoSpaceDE', 'pPr:autoSpaceDN', 'pPr:kinsoku', 'pPr:overflowPunct', 'pPr:snapToGrid', 'rPr:snapToGrid', 'settings:characterSpacingControl', 'sectPr:docGrid'])
      expect(names).toContain(n);
  });
});

describe('Chinese/Latin spacing off (w:autoSpaceDE/DN): Word never needs more lines than the engine computed', () => {
  const withGap = (parts: StyledText[], em: number) => parts.map((t) => ({ ...t, style: { ...t.style, autospace: em } }));
  const lineCounts = (doc: ReportDocument, em: number) => {
    const out: [number, number][] = [];
    for (const sec of layoutDocument(doc, 'official').sections)
      for (const b of sec.blocks) {
        const paras = b.kind === 'para' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paras));
        for (const p of paras) {
          if (p.tabs?.length || !p.runs.length) continue;
          const m = measures(p);
          out.push([paraLines(p).length, breakLines(withGap(styledText(p), em), m.first, m.rest).length]);
        }
      }
    return out;
  };

  test('on the seed and table reports: off never adds a line; Word’s default ¼ em would', () => {
    let longerWithDefault = 0;
    for (const e of EXPORTS.filter((x) => x.variant === 'official')) {
      const doc = e.doc();
      for (const [engine, off] of lineCounts(doc, 0)) expect(off, e.name).toBeLessThanOrEqual(engine);
      longerWithDefault += lineCounts(doc, 0.25).filter(([engine, word]) => word > engine).length;
    }
    // Why the table says off: with Word's default a paragraph outgrows the preview (and can push the 版记 to a new page).
    expect(longerWithDefault).toBeGreaterThan(0);
  });

  test('for any mix of Chinese, figures, Latin and punctuation, dropping the gap never adds a line', () => {
    const unit = fc.constantFrom(...'法治政府建设年度报告依法行政', ...'0123456789', ...'abcXYZ', ...'，。、；：“”（）%.', ' ');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 200 }), fc.integer({ min: 1600, max: PAGE.textWidth }), (text, width) => {
        const parts: StyledText[] = [{ text, style: { size: 16, spacing: GRID.charSpacing } }];
        expect(breakLines(withGap(parts, 0), width, width).length).toBeLessThanOrEqual(breakLines(parts, width, width).length);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('font table', () => {
  const fontsOf = (m: WordModel) => new Map(childElements(m.fontTable, 'w:font').map((f) => [attr(f, 'w:name')!, f]));
  const val = (f: XmlElement, name: string) => (child(f, name) ? attr(child(f, name)!, 'w:val') : undefined);

  test('lists every font any part names, once', () => {
    for (const [name, m] of models) {
      const named = new Set<string>();
      for (const root of [m.styles, ...m.parts.values()])
        for (const rf of descendants(root, 'w:rFonts'))
          for (const k of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) if (attr(rf, k)) named.add(attr(rf, k)!);
      const table = childElements(m.fontTable, 'w:font').map((f) => attr(f, 'w:name')!);
      expect(new Set(table), name).toEqual(named);
      expect(table.length).toBe(new Set(table).size);
    }
  });

  test('the official faces point to the stand-ins a PC without them has, as GB2312 fixed-pitch faces', () => {
    const m = models.get('tables and attachments')!;
    const fonts = fontsOf(m);
    const expected: [string, string][] = [
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
      ['方正小标宋简体', '宋体'],
      ['黑体', 'SimHei'],
      ['宋体', 'SimSun'],
    ];
    for (const [face, standIn] of expected) {
      const f = fonts.get(face);
      expect(f, face).toBeDefined();
      expect(val(f!, 'w:altName'), face).toBe(standIn);
      expect(val(f!, 'w:charset'), face).toBe('86');
      expect(val(f!, 'w:family'), face).toBeTruthy();
      expect(val(f!, 'w:pitch'), face).toBe(face === '宋体' ? 'variable' : 'fixed');
      if (FONT_FACES[face]!.panose1) expect(val(f!, 'w:panose1'), face).toMatch(/^[0-9A-F]{20}$/);
    }
    expect(val(fonts.get('仿宋_GB2312')!, 'w:panose1')).toBe('02010609030101010101');
    expect(val(fonts.get('Times New Roman')!, 'w:charset')).toBe('00');
    // Child order of CT_Font.
    for (const f of fonts.values()) {
      const ranks = childElements(f).map((c) => ORDER.font.indexOf(c.name as (typeof ORDER.font)[number]));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  test('a family the clerk chose stands in for the role’s standard face', () => {
    const fonts = fontsOf(models.get('other fonts')!);
    expect(val(fonts.get('方正仿宋_GBK')!, 'w:altName')).toBe('仿宋');
    expect(val(fonts.get('方正黑体_GBK')!, 'w:altName')).toBe('SimHei');
    expect(val(fonts.get('方正仿宋_GBK')!, 'w:charset')).toBe('86');
    expect(val(fonts.get('Arial')!, 'w:charset')).toBe('00');
    // Roles the clerk did not change keep the official face.
    expect(val(fonts.get('楷体_GB2312')!, 'w:altName')).toBe('楷体');
  });

  test('the font check says what Word and WPS show on a PC without the official fonts', () => {
    const rows = checkFonts(resolveFonts(), () => false);
    const byRole = Object.fromEntries(rows.map((r) => [r.role, r]));
    expect(byRole.body!.inWord).toBe('仿宋');
    expect(byRole.heading2!.inWord).toBe('楷体');
    expect(byRole.title!.inWord).toBe('宋体');
    // 黑体 and SimHei are one face under two names: nothing to substitute, and Windows has it.
    expect(byRole.heading1).toMatchObject({ inWord: null, onWindows: true });
    expect(byRole.body!.onWindows).toBe(false);
    expect(checkFonts(resolveFonts({ body: '方正仿宋_GBK' }), () => false).find((r) => r.role === 'body')!.inWord).toBe('仿宋');
    expect(DEFAULT_FONTS.body).toBe('仿宋_GB2312');
  });
});

describe('the XML reader behind it has limits', () => {
  test('well-formed parts round-trip; bad input is refused with XmlError, never a hang or a crash', () => {
    const xml = '<?xml version="1.0"?><a x="1&amp;2"><b/>t&lt;<c y=\'q"\'>z</c></a>';
    const doc = parseXml(xml);
    expect(attr(doc.root, 'x')).toBe('1&2');
    for (const bad of ['', '<a>', '<a></b>', '<!DOCTYPE a><a/>', '<a/><b/>', '<a x=1/>', `${'<a>'.repeat(300)}${'</a>'.repeat(300)}`])
      expect(() => parseXml(bad), bad.slice(0, 20)).toThrow(XmlError);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', 'b', '"', '=', ' ', '!', '?', '-', '[', ']') , maxLength: 60 }), (s) => {
        try {
          parseXml(s);
        } catch (e) {
          expect(e).toBeInstanceOf(XmlError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
