/**
 * The title-detection corpus: openings of real published reports (test/fixtures/report-openings.json,
 * each with its source address) and the three seed reports, with the title a clerk would type.
 * Shared by the unit test (every case must hit) and `npm run bench` (the hit rate).
 */
import fs from 'node:fs';
import path from 'node:path';
import { importText } from '../../shared/import/text';
import { ROOT, seedText } from './paths';

export interface TitleCase {
  id: string;
  source: string;
  text: string;
  title: string;
}

interface OpeningsFile {
  cases: { id: string; source: string; expect: { title: string }; lines: string[] }[];
}

/** The seeds' titles, read off the files by hand (huzhu and fushun print none). */
const SEED_TITLES: Record<string, string> = {
  'huzhu-2024.txt': '',
  'furong-2019.txt': '关于2019年度法治政府建设情况的报告',
  'fushun-2024.txt': '',
};

export function titleCases(): TitleCase[] {
  const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'report-openings.json'), 'utf8')) as OpeningsFile;
  return [
    ...file.cases.map((c) => ({ id: c.id, source: c.source, text: c.lines.join('\n'), title: c.expect.title })),
    ...Object.entries(SEED_TITLES).map(([name, title]) => ({
      id: name,
      source: `../shared/fixtures/seeds/${name}`,
      text: seedText(name),
      title,
    })),
  ];
}

export interface TitleOutcome {
  id: string;
  want: string;
  got: string;
  hit: boolean;
}

/** Import each opening as the clerk would (a .txt) and compare the title found with the one expected. */
export function scoreTitles(cases: readonly TitleCase[] = titleCases()): { outcomes: TitleOutcome[]; hits: number; total: number } {
  const outcomes = cases.map((c) => {
    let got: string;
    try {
      got = importText(c.text).doc.meta.title;
    } catch (e) {
      got = `（导入失败：${(e as Error).message}）`;
    }
    return { id: c.id, want: c.title, got, hit: got === c.title };
  });
  return { outcomes, hits: outcomes.filter((o) => o.hit).length, total: outcomes.length };
}
