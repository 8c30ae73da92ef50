/**
 * One severity vocabulary and one count (shared/check/levels.ts): every level has its words, the
 * rules table uses only them, 导出前必须修改 is exactly what the official export refuses, and an
 * empty heading — at any level, run-in or not, required or not — is such a finding at that heading.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkDocument, checkReport, countByLevel, countsLine, LEVEL_NAMES, LEVELS, RULES, verdict } from '../../shared/check/index';
import { exportGate } from '../../shared/export/gate';
import { isEmptyHeading } from '../../shared/check/rules/headings';
import { allSections, numberSections } from '../../shared/headings/index';
import { paragraph, type ReportDocument, type Section } from '../../shared/model/document';
import { getTemplate, listTemplates, newDocument } from '../../shared/templates';
import { rollForward } from '../../shared/rollover/index';
import { SEEDS, seedDocument } from '../helpers/seed-docs';
import { SEED_INFO, seedReport } from '../helpers/reports';
import { layoutDocument } from '../../shared/layout/index';
import { buildDocx } from '../../shared/docx/index';
import JSZip from 'jszip';

const ORGAN = {
  fullName: '互助县人民政府',
  headerText: '互助县人民政府文件',
  code: '互政',
  addressee: '海东市人民政府：',
  signers: ['张三'],
};
const LONG = '我县坚持依法行政，不断完善制度机制，取得了明显成效。'.repeat(80);

/** A new 法治政府建设年度报告 with every part written, 成文日期 and all. */
function written(): ReportDocument {
  const doc = newDocument(getTemplate('fazhi-annual')!, 2024, { ...ORGAN, printedBy: '互助县人民政府办公室' });
  doc.meta.title = '互助县人民政府关于2024年度法治政府建设情况的报告';
  doc.meta.docNumber = { code: '互政', year: 2025, seq: 12 };
  doc.meta.signature.date = '2025年3月17日';
  doc.meta.printedDate = '2025年3月17日';
  for (const s of doc.body) if (s.type === 'section') s.children = [paragraph(LONG)];
  return doc;
}

const sections = (doc: ReportDocument) => allSections(doc.body);

/** Every document a clerk meets first: a new draft, the seeds as imported and as filled in, a rolled-forward one. */
function samples(): [string, ReportDocument][] {
  const out: [string, ReportDocument][] = [
    ['new draft', newDocument(getTemplate('fazhi-annual')!, 2024, ORGAN)],
    ['written', written()],
  ];
  for (const s of SEEDS) out.push([`${s} imported`, seedDocument(s)]);
  for (const info of SEED_INFO) out.push([`${info.file} filled`, seedReport(info)]);
  out.push(['rolled forward', rollForward(seedReport(SEED_INFO[0]!)).doc]);
  return out;
}

describe('the levels', () => {
  test('each level has its name; the rules table uses only these levels; nothing but 导出前必须修改 says 必须', () => {
    expect(LEVELS).toEqual(['error', 'gap', 'warning', 'info']);
    expect(LEVEL_NAMES).toEqual({ error: '导出前必须修改', gap: '定稿前应补齐', warning: '建议修改', info: '提示' });
    for (const r of RULES) expect(LEVELS, r.id).toContain(r.level);
    for (const l of LEVELS) if (l !== 'error') expect(LEVEL_NAMES[l]).not.toContain('必须');
  });

  test('the gaps a clerk fills in later are 定稿前应补齐: 成文日期, 标题, 主送, 署名, 印发机关/日期, a missing part', () => {
    const gapRules = RULES.filter((r) => r.level === 'gap').map((r) => r.id);
    expect(gapRules.sort()).toEqual([
      'addressee-missing',
      'colophon-missing',
      'date-missing',
      'organ-identity',
      'signature-missing',
      'slot-missing',
      'title-missing',
    ]);
    const doc = written();
    doc.meta.signature.date = '';
    doc.meta.printedDate = '';
    doc.body = doc.body.filter((b) => b.type !== 'section' || b.slot !== 'other');
    const f = checkDocument(doc);
    expect(f.filter((x) => x.level === 'gap').map((x) => x.rule)).toEqual(['slot-missing', 'date-missing', 'colophon-missing']);
    expect(f.filter((x) => x.level === 'error')).toEqual([]);
    expect(verdict(countByLevel(f))).toBe('可以导出正式文件，但有 3 处定稿前应补齐：导出时须逐项确认。');
  });

  test('the count, the verdict and the gate are one: on every sample, error = what the official export refuses, gap = what it asks to confirm', () => {
    for (const [name, doc] of samples()) {
      const f = checkDocument(doc);
      const c = countByLevel(f);
      const gate = exportGate(doc, 'official', f);
      expect(gate.blocking.length, name).toBe(c.error);
      expect(gate.gaps.length, name).toBe(c.gap);
      const report = checkReport(doc);
      expect(report.counts, name).toEqual(c);
      expect(report.blocking, name).toBe(c.error > 0);
      expect(report.levelNames).toEqual(LEVEL_NAMES);
      expect(report.verdict).toBe(verdict(c));
      // The verdict names the refusing count only when something refuses.
      expect(verdict(c).startsWith(`有 ${c.error} 处导出前必须修改`), name).toBe(c.error > 0);
    }
  });

  test('the three seed reports with their 版头 and 版记 set: nothing refuses the official file, the missing parts are gaps (the issue: “必须修改” beside an export that went through)', () => {
    for (const info of SEED_INFO) {
      const f = checkDocument(seedReport(info));
      expect(
        f.filter((x) => x.level === 'error'),
        info.file,
      ).toEqual([]);
      // The 芙蓉区 page names 芙蓉区司法局 as its publisher (the imported 发文机关) while the
      // report is signed by the 区人民政府: a mixed identity, one gap per place it shows.
      const mixed = info.file === 'furong-2019' ? ['organ-identity', 'organ-identity', 'organ-identity'] : [];
      expect(
        f.filter((x) => x.level === 'gap').map((x) => x.rule),
        info.file,
      ).toEqual(['slot-missing', 'slot-missing', ...mixed]);
    }
  });

  test('a finding that does not refuse the export never says it must (必须, 须) in its own words: every template’s new draft and every sample', () => {
    const said: string[] = [];
    // Every template's new draft (each empty field, each kind's own rules), and the samples.
    const docs: [string, ReportDocument][] = [
      ...listTemplates().flatMap((t): [string, ReportDocument][] => [
        [`new ${t.id}`, newDocument(t, 2024, ORGAN)],
        [`new ${t.id}, no organ`, newDocument(t, 2024, { fullName: '', headerText: '', code: '' })],
      ]),
      ...samples(),
    ];
    for (const [name, doc] of docs)
      for (const f of checkDocument(doc)) if (f.level !== 'error' && /须/.test(f.message)) said.push(`${name}: ${f.rule} ${f.message}`);
    expect(said).toEqual([]);
    // The words are there to be caught: the refusing findings of a new draft do say 须.
    expect(checkDocument(samples()[0]![1]).some((f) => f.level === 'error' && /须/.test(f.message))).toBe(true);
  });

  test('countsLine words all four levels in order', () => {
    expect(countsLine({ error: 1, gap: 2, warning: 3, info: 0 })).toBe('导出前必须修改 1 处，定稿前应补齐 2 处，建议修改 3 处，提示 0 处');
  });

  test('property: for any mix of findings, the counts add up and the verdict follows the worst level', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LEVELS), { maxLength: 40 }), (levels) => {
        const c = countByLevel(levels.map((level) => ({ level })));
        expect(c.error + c.gap + c.warning + c.info).toBe(levels.length);
        const v = verdict(c);
        if (c.error) expect(v).toContain(`${c.error} 处导出前必须修改`);
        else if (c.gap) expect(v).toContain(`${c.gap} 处定稿前应补齐`);
        else expect(v).not.toMatch(/有 \d+ 处/);
      }),
    );
  });
});

describe('an empty heading is an error at that heading', () => {
  const emptyOnes = (doc: ReportDocument) => checkDocument(doc).filter((f) => f.rule === 'heading-empty');

  test('a required part whose heading was emptied: 导出前必须修改 at that section, naming the number and the wording; the official export is refused', () => {
    const doc = written();
    const second = sections(doc)[1]!;
    second.heading = '';
    const f = emptyOnes(doc);
    expect(f).toEqual([
      {
        rule: 'heading-empty',
        level: 'error',
        group: 'structure',
        message: '标题为空，导出后只会印出序号“二、”。请填回标题，如“存在的不足和原因”。',
        location: { type: 'section', sectionId: second.id },
      },
    ]);
    const gate = exportGate(doc, 'official');
    expect(gate.blocking.map((r) => r.rule)).toEqual(['heading-empty']);
    expect(gate.blocking[0]!.where).toBe('二、');
    expect(exportGate(doc, 'web').blocking.map((r) => r.rule)).toEqual(['heading-empty']);
    expect(exportGate(doc, 'draft').blocking).toEqual([]);
  });

  test('any level, run-in or not, required or not; spaces, 全角空格 and zero-width characters count as empty', () => {
    const doc = written();
    const first = sections(doc)[0]!;
    const sub = (
      id: string,
      level: 2 | 3 | 4,
      heading: string,
      runIn = false,
      children: Section['children'] = [paragraph('全年办理行政复议案件一百二十件。')],
    ): Section => ({
      type: 'section',
      id,
      level,
      heading,
      runIn,
      children,
    });
    const l4 = sub('l4', 4, '\u200b', true);
    const l3 = sub('l3', 3, '　', false, [l4]);
    first.children.push(sub('l2', 2, '  ', false, [l3]), sub('ok', 2, '依法行政'));
    const f = emptyOnes(doc);
    const labels = numberSections(doc.body);
    expect(f.map((x) => (x.location.type === 'section' ? x.location.sectionId : ''))).toEqual(['l2', 'l3', 'l4']);
    expect(f.map((x) => x.message)).toEqual(
      ['l2', 'l3', 'l4'].map((id) => `标题为空，导出后只会印出序号“${labels.get(id)}”。请填写标题，或删去这一部分。`),
    );
    expect(exportGate(doc, 'official').blocking.filter((r) => r.rule === 'heading-empty')).toHaveLength(3);
  });

  test('property: a heading is flagged exactly when it has no visible character', () => {
    const invisible = fc.constantFrom(' ', '\u3000', '\t', '\n', '\u200b', '\ufeff', '\u00a0');
    fc.assert(
      fc.property(fc.array(invisible, { maxLength: 6 }), fc.string({ minLength: 0, maxLength: 4 }), (spaces, visible) => {
        const heading = spaces.join('') + visible;
        const doc = written();
        sections(doc)[2]!.heading = heading;
        const flagged = emptyOnes(doc).length === 1;
        expect(flagged).toBe(isEmptyHeading(heading));
        expect(isEmptyHeading(heading)).toBe(heading.replace(/[\s\u200b\ufeff]/g, '') === '');
      }),
      { numRuns: 60 },
    );
  });
});

describe('the preview and the .docx never print a bare “二、” silently', () => {
  test('the preview marks the empty heading (standalone and run-in) on screen; the .docx carries no mark and the official file is refused', async () => {
    const doc = written();
    const [, second, third] = sections(doc);
    second!.heading = '';
    third!.heading = '　';
    third!.runIn = true;
    const lines = layoutDocument(doc, 'draft').pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'line' ? [i] : [])));
    // Exactly the two headings' paragraphs carry the mark (the preview draws it on their first line).
    const marked = lines.filter((l) => l.first && l.para.problem);
    expect(marked.map((l) => [l.para.problem, l.para.runs[0]!.text])).toEqual([
      ['标题为空', '二、'],
      ['标题为空', '三、。'],
    ]);
    const xml = await (await JSZip.loadAsync(await buildDocx(doc, { variant: 'draft' }))).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('标题为空');
    expect(exportGate(doc, 'official').blocking.map((r) => r.where)).toEqual(['二、', '三、']);
  });
});
