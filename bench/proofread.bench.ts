/**
 * 公文校对:
 * - the labelled set (test/helpers/proof-labelled.ts: errors injected into the seed reports at
 *   known places, and look-alike correct sentences): recall and look-alikes changed per class;
 * - the full check (every checker rule, 公文校对 included) and the proofreader alone on a
 *   report of ≥ 50,000 characters made of the seeds, warm;
 * - the same full check with a 自定义词典 of 200 entries (150 认可, 50 禁用) drawn from the report;
 * - `fixAll` on a web copy (the 2019 seed, hundreds of half-width marks).
 */
import { measure, row, type BenchRow } from './lib';
import { bodyChars, longDocument, seedDocument } from '../test/helpers/seed-docs';
import { labelledSet, scoreLabelled } from '../test/helpers/proof-labelled';
import { checkDocument } from '../shared/check/index';
import { compileDictionary, fixAll, proofread, PROOF_CLASS_NAMES, ProofClass, type DictionaryEntryInput } from '../shared/proofread/index';
import { proofUnits } from '../shared/proofread/units';
import { rng } from '../test/helpers/rng';
import { formatCount } from '../shared/model/limits';

export default async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cases = labelledSet();
  const score = scoreLabelled(cases);
  for (const cls of ProofClass.options) {
    const s = score[cls];
    const input = `${PROOF_CLASS_NAMES[cls]}：注入 ${s.injected} 处错误，${s.lookAlikes} 段近似正确用法`;
    rows.push({ name: `proofread recall ${cls}`, input, median: s.recovered / s.injected, unit: 'ratio', goal: '≥ 0.95' });
    rows.push({ name: `proofread look-alikes changed ${cls}`, input, median: s.lookAlikesChanged, unit: 'ratio', goal: '0' });
  }

  const long = longDocument(50_000);
  const chars = formatCount(bodyChars(long.body));
  // A fresh object each time (cloned outside the timing): the checker caches the proofreader's
  // answer per document object, as the panel sees a new document after each edit.
  const copies = (n: number) => Array.from({ length: n }, () => structuredClone(long));
  const forCheck = copies(45);
  const findings = proofread(long).length;
  const input = `${chars}-character report (${formatCount(findings)} proofreading findings)`;
  rows.push(
    row(
      'check (all rules) warm',
      input,
      await measure((i) => checkDocument(forCheck[i + 5]!), { iterations: 40, warmup: 5 }),
      'median ≤ 30 ms',
    ),
  );
  // The steady state: the same report once 全部修正 has run (what is left: no-fix findings).
  const fixedLong = fixAll(long).doc;
  const fixedCopies = Array.from({ length: 45 }, () => structuredClone(fixedLong));
  rows.push(
    row(
      'check (all rules) warm, after 全部修正',
      `${chars}-character report (${formatCount(proofread(fixedLong).length)} proofreading findings)`,
      await measure((i) => checkDocument(fixedCopies[i + 5]!), { iterations: 40, warmup: 5 }),
      'median ≤ 30 ms',
    ),
  );
  // A 自定义词典 of 200: accepted terms from the report's own text, a quarter of them around a
  // finding (so the silencing path runs), and banned words, half of them in the text.
  const dictionary = compileDictionary(dictionaryFor(long));
  const forDict = copies(45);
  const dictFindings = proofread(long, { dictionary }).length;
  rows.push(
    row(
      'check (all rules) warm, 200-entry dictionary',
      `${chars}-character report, 自定义词典 200 条 (${formatCount(dictFindings)} proofreading findings)`,
      await measure((i) => checkDocument(forDict[i + 5]!, undefined, { dictionary }), { iterations: 40, warmup: 5 }),
      'median ≤ 30 ms',
    ),
  );
  const forProof = copies(45);
  rows.push(row('proofread only warm', input, await measure((i) => proofread(forProof[i + 5]!), { iterations: 40, warmup: 5 })));
  // The suspect-phrase scan (lists/suspect.json) alone: what it adds to every check.
  rows.push(
    row(
      'suspect-text only',
      `${chars}-character report`,
      await measure(() => proofread(long, { only: ['suspect-text'] }), { iterations: 40, warmup: 5 }),
    ),
  );
  const web = seedDocument('furong-2019.txt');
  const found = proofread(web).filter((f) => f.fix).length;
  rows.push(
    row(
      'fixAll web copy',
      `furong-2019 (${formatCount(bodyChars(web.body))} characters, ${found} certain fixes)`,
      await measure(() => fixAll(web), { iterations: 30, warmup: 3 }),
    ),
  );
  return rows;
}

/** 150 认可 and 50 禁用 entries drawn from the document's text, deterministically. */
function dictionaryFor(doc: Parameters<typeof proofUnits>[0]): DictionaryEntryInput[] {
  const texts = proofUnits(doc)
    .map((u) => u.text)
    .filter((t) => t.length > 20);
  const found = proofread(doc);
  const random = rng(12345);
  const next = (n: number) => Math.floor(random() * n);
  const terms = new Set<string>();
  const out: DictionaryEntryInput[] = [];
  const add = (term: string, e: Omit<DictionaryEntryInput, 'term'>) => {
    if (term.length >= 2 && !terms.has(term)) {
      terms.add(term);
      out.push({ term, ...e });
    }
  };
  // Around findings: the organ's own forms.
  for (let i = 0; out.length < 40 && i < 1000; i++) {
    const f = found[next(found.length)]!;
    const text = proofUnits(doc).find((u) => u.path.join('.') === f.range.path.join('.'))!.text;
    add(text.slice(Math.max(0, f.range.start - 2), f.range.end + 2), { kind: 'accept' });
  }
  while (out.length < 150) {
    const t = texts[next(texts.length)]!;
    const at = next(t.length - 6);
    add(t.slice(at, at + 2 + next(5)), { kind: 'accept' });
  }
  while (out.length < 175) {
    const t = texts[next(texts.length)]!;
    const at = next(t.length - 4);
    add(t.slice(at, at + 3), { kind: 'ban', replacement: '某某' });
  }
  for (let i = 0; out.length < 200; i++) add(`禁用词${i}号`, { kind: 'ban', replacement: `替换词${i}号` });
  return out;
}
