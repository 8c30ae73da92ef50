/**
 * Search on a real SQLite file: FTS5 trigram for three characters and more, LIKE for one or two,
 * ranked, highlighted snippets pointing at the section, filters, the 回收站 left out, and the index
 * written in the same transaction as the save (a failed save leaves the index as it was).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Storage } from '../../electron/store/storage';
import type { Section } from '../../shared/model/document';
import { rm, tempDir } from '../helpers/paths';
import { newReport, openStorage, withText } from '../helpers/storage';

let dir: string;
let s: Storage;

beforeEach(() => {
  dir = tempDir('gongwen-search-');
  s = openStorage(dir);
});
afterEach(() => {
  s.close();
  rm(dir);
});

function make(text: string, opts: { year?: number; title?: string; section?: number } = {}): string {
  const d = s.drafts.create(newReport(opts.year));
  const doc = withText(d.doc, text, opts.section ?? 0);
  if (opts.title) doc.meta.title = opts.title;
  s.drafts.save(d.id, 1, doc);
  return d.id;
}

const hitText = (segs: { text: string; hit: boolean }[]) => segs.filter((x) => x.hit).map((x) => x.text);

describe('trigram search', () => {
  test('a phrase is found with a highlighted snippet and the section it is in', () => {
    const id = make('今年全县共办理行政复议案件一百二十件，依法纠正违法或不当行政行为八件。', { section: 1 });
    make('推进政务公开，主动公开政府信息两千余条。');
    const r = s.search.query('行政复议案件');
    expect(r.mode).toBe('fts');
    expect(r.total).toBe(1);
    const hit = r.hits[0]!;
    expect(hit.draftId).toBe(id);
    expect(hitText(hit.snippet).join('')).toContain('行政复议案件');
    expect(hit.snippet.map((x) => x.text).join('')).toContain('一百二十件');
    const sections = s.drafts.get(id).doc.body.filter((b): b is Section => b.type === 'section');
    expect(hit.sectionId).toBe(sections[1]!.id);
    expect(hit.heading).toBe(sections[1]!.heading);
  });

  test('ranked: more matches in a section and a title hit come first', () => {
    const once = make('提到一次法治督察的工作。');
    const many = make('法治督察。法治督察。法治督察，开展法治督察。');
    const titled = make('正文没有这个词。', { title: '关于法治督察工作情况的报告' });
    const r = s.search.query('法治督察');
    expect(r.hits.map((h) => h.draftId)).toEqual([titled, many, once]);
  });

  test('several terms must all match; quotes and operators in the query are plain text', () => {
    const both = make('深化行政执法体制改革，推进综合执法。');
    make('深化行政执法工作。');
    expect(s.search.query('行政执法 综合执法').hits.map((h) => h.draftId)).toEqual([both]);
    expect(s.search.query('"综合 OR 执法').total).toBe(0);
    expect(s.search.query('NEAR(行政 执法)').total).toBe(0);
  });

  test('one or two characters fall back to LIKE, ranked by sections matching, highlighted', () => {
    const d = s.drafts.create(newReport());
    const a = d.id;
    s.drafts.save(a, 1, withText(withText(d.doc, '普法宣传，普法进村，普法进校园。', 0), '落实普法责任制。', 2));
    const b = make('开展普法活动。');
    const r = s.search.query('普法');
    expect(r.mode).toBe('like');
    expect(r.hits.map((h) => h.draftId)).toEqual([a, b]);
    expect(r.hits[0]!.matches).toBe(2);
    expect(hitText(r.hits[0]!.snippet)).toEqual(['普法', '普法', '普法']);
    const one = s.search.query('村');
    expect(one.mode).toBe('like');
    expect(one.hits.map((h) => h.draftId)).toEqual([a]);
    // LIKE wildcards typed by the clerk are literal.
    expect(s.search.query('%').total).toBe(0);
    expect(s.search.query('普_').total).toBe(0);
  });

  test('a mixed query (a long and a short term) uses the index and checks the short term', () => {
    const a = make('推进行政复议规范化建设，复议纠错率下降。');
    make('推进行政复议规范化建设。');
    const r = s.search.query('行政复议 纠错');
    expect(r.mode).toBe('fts');
    expect(r.hits.map((h) => h.draftId)).toEqual([a]);
  });

  test('filters by year and status; the 回收站 is not searched', () => {
    const y23 = make('年度考核法治指标', { year: 2023 });
    const y24 = make('年度考核法治指标', { year: 2024 });
    expect(s.search.query('法治指标', { year: 2023 }).hits.map((h) => h.draftId)).toEqual([y23]);
    s.drafts.setStatus(y24, '已印发');
    expect(s.search.query('法治指标', { status: '已印发' }).hits.map((h) => h.draftId)).toEqual([y24]);
    s.drafts.remove(y24);
    expect(s.search.query('法治指标').hits.map((h) => h.draftId)).toEqual([y23]);
    expect(s.search.query('法治').hits.map((h) => h.draftId)).toContain(y23);
    expect(s.search.query('法治').hits.map((h) => h.draftId)).not.toContain(y24);
  });
});

describe('the index keeps step with saves', () => {
  test('an edit replaces the old text in the index, and only changed sections are rewritten', () => {
    const d = s.drafts.create(newReport());
    s.drafts.save(d.id, 1, withText(d.doc, '旧的表述：依法治县工作'));
    expect(s.search.query('依法治县').total).toBe(1);
    const before = s.db.prepare('SELECT id, key, text FROM search_chunks WHERE draft_id = ? ORDER BY id').all(d.id) as {
      id: number;
      key: string;
    }[];
    s.drafts.save(d.id, 2, withText(d.doc, '新的表述：法治政府示范创建'));
    expect(s.search.query('依法治县').total).toBe(0);
    expect(s.search.query('示范创建').total).toBe(1);
    const after = s.db.prepare('SELECT id, key, text FROM search_chunks WHERE draft_id = ? ORDER BY id').all(d.id) as {
      id: number;
      key: string;
    }[];
    // Same chunks, same row ids (updated in place, not rebuilt).
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    // The FTS index agrees with its content table.
    expect(() => s.db.prepare("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });

  test('a save that fails (conflict) leaves the index as it was', () => {
    const d = s.drafts.create(newReport());
    s.drafts.save(d.id, 1, withText(d.doc, '保存成功的内容甲乙丙'));
    expect(() => s.drafts.save(d.id, 1, withText(d.doc, '不应进入索引的内容丁戊己'))).toThrow();
    expect(s.search.query('丁戊己').total).toBe(0);
    expect(s.search.query('甲乙丙').total).toBe(1);
  });

  test('a failure in the middle of the save transaction rolls back the index too', () => {
    const d = s.drafts.create(newReport());
    s.drafts.save(d.id, 1, withText(d.doc, '第一版内容甲乙丙'));
    // Make the document write fail after the index has been touched in the same transaction.
    s.db.exec(`CREATE TRIGGER fail_doc BEFORE UPDATE ON draft_docs BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`);
    expect(() => s.drafts.save(d.id, 2, withText(d.doc, '第二版内容丁戊己'))).toThrow(/simulated failure/);
    s.db.exec('DROP TRIGGER fail_doc');
    expect(s.search.query('丁戊己').total).toBe(0);
    expect(s.search.query('甲乙丙').total).toBe(1);
    expect(s.drafts.get(d.id).revision).toBe(2);
  });

  test('permanent delete removes the draft from the index', () => {
    const id = make('即将永久删除的独特内容');
    s.drafts.remove(id);
    s.drafts.purge(id);
    expect(s.db.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH \'"独特内容"\'').get()).toEqual({ n: 0 });
  });
});
