/**
 * Title detection on web copies: the share of report openings whose title the importer finds
 * exactly (test/fixtures/report-openings.json: published reports with their addresses, and the
 * three seed reports). A ratio, not a time. Before titles without 关于, column names above the
 * title, bracketed index rows and glued titles were read, it was 20 of 25 (0.80).
 */
import { scoreTitles } from '../test/helpers/title-corpus';
import { measure, row, type BenchRow } from './lib';

export default async function run(): Promise<BenchRow[]> {
  const result = scoreTitles();
  for (const o of result.outcomes) if (!o.hit) process.stderr.write(`  标题未命中 ${o.id}：得到“${o.got}”，应为“${o.want}”\n`);
  const timing = await measure(() => scoreTitles(), { iterations: 20, warmup: 3 });
  const input = `${result.total} report openings (published web copies and seeds)`;
  return [
    {
      name: 'title detection: hit rate',
      input,
      median: result.hits / result.total,
      unit: 'ratio',
      goal: `${result.hits} of ${result.total}`,
    },
    row('title detection: import every opening', input, timing),
  ];
}
