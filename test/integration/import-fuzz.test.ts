/**
 * Mutation fuzzer over real .docx files (the seed reports through the app's own exporter): at
 * least 500 mutants a run — bit flips, truncation, wrong CRCs, element and entity floods, deep
 * nesting of every kind, absurd list numbering, whitespace floods, cut and doubled XML — each of
 * which must end within 10 s in a document or a Chinese refusal, never a raw error. They run
 * in-process through the same limited reader the worker uses, and a sample through the worker.
 *
 * Seeded so a run is repeatable (FUZZ_SEED=<n> to explore others); a failure names its seed.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocx } from '../../shared/docx/index';
import { importFile } from '../../shared/import/index';
import { AppError } from '../../shared/errors';
import { importInWorker } from '../../electron/import/run';
import { seedDocument, SEEDS } from '../helpers/seed-docs';
import { MUTATIONS, mutate, unzip, type Mutant, type Mutation, type Unzipped } from '../helpers/docx-mutate';
import { rng } from '../helpers/rng';
import { GB, watchMemory, type MemoryWatch } from '../helpers/peak-memory';

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
/** Cases a run, per mutation: the floods cost most (each mutant is megabytes to zip and read). */
const CASES: Record<Mutation, number> = {
  bitflip: 80,
  truncate: 60,
  crc: 40,
  elementFlood: 36,
  entityFlood: 36,
  deepNesting: 80,
  numbering: 80,
  whitespace: 36,
  slice: 60,
};
const TOTAL = Object.values(CASES).reduce((a, b) => a + b, 0); // 508
const LIMIT_MS = 10_000;

let sources: Unzipped[];
let memory: MemoryWatch;
beforeAll(async () => {
  sources = await Promise.all(SEEDS.map(async (s) => unzip(await buildDocx(seedDocument(s)))));
  memory = watchMemory();
});

interface Outcome {
  ok: boolean;
  code?: string;
  message?: string;
}

function check(m: Mutant, seed: number, outcome: Outcome | { raw: unknown }, ms: number): void {
  const where = `${m.mutation} (${m.detail}), FUZZ_SEED=${SEED} case ${seed}`;
  expect(ms, `${where}: took ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  if ('raw' in outcome) throw new Error(`${where}: raw error ${String(outcome.raw)}`);
  if (!outcome.ok) {
    expect(outcome.code, `${where}: ${outcome.message}`).not.toBe('INTERNAL');
    expect(outcome.message, where).toMatch(/[\u4e00-\u9fff]/);
  }
}

async function run(f: () => Promise<unknown>): Promise<[Outcome | { raw: unknown }, number]> {
  const t0 = performance.now();
  try {
    await f();
    return [{ ok: true }, performance.now() - t0];
  } catch (e) {
    const ms = performance.now() - t0;
    return e instanceof AppError ? [{ ok: false, code: e.code, message: e.message }, ms] : [{ raw: e }, ms];
  }
}

describe(`import fuzzer (${TOTAL} mutants of the seed reports)`, () => {
  const tally: Record<string, { documents: number; refusals: number }> = {};
  for (const mutation of MUTATIONS) {
    test(`${mutation}: every mutant ends within 10 s and 1 GB in a document or a Chinese refusal`, async () => {
      const t = (tally[mutation] = { documents: 0, refusals: 0 });
      for (let k = 0; k < CASES[mutation]; k++) {
        const caseSeed = SEED + MUTATIONS.indexOf(mutation) * 1000 + k;
        const random = rng(caseSeed);
        const m = mutate(sources[k % sources.length]!, mutation, random);
        const [outcome, ms] = await run(() => importFile(m.bytes, 'fuzz.docx'));
        check(m, caseSeed, outcome, ms);
        if ('ok' in outcome && outcome.ok) t.documents++;
        else t.refusals++;
        // At its peak, no case has taken the process 1 GB past where it stood before the first one.
        expect(memory.peak(), `${mutation} case ${caseSeed}: peak memory`).toBeLessThanOrEqual(memory.ceiling(GB));
      }
      // The mutations must reach the reader: some of each kind import, or some are refused.
      expect(t.documents + t.refusals).toBe(CASES[mutation]);
    });
  }

  test('the mutations are not all one outcome: the floods are refused, the mild ones import', () => {
    expect(TOTAL).toBeGreaterThanOrEqual(500);
    expect(tally.crc!.refusals).toBe(CASES.crc);
    expect(tally.elementFlood!.refusals).toBeGreaterThan(0);
    expect(tally.elementFlood!.documents).toBeGreaterThan(0);
    expect(tally.numbering!.documents).toBe(CASES.numbering);
    expect(tally.whitespace!.documents).toBeGreaterThan(0);
    expect(tally.deepNesting!.refusals).toBeGreaterThan(0);
    expect(tally.deepNesting!.documents).toBeGreaterThan(0);
  });

  test('a sample through the import worker (memory cap, time budget): the same', async () => {
    for (const [k, mutation] of MUTATIONS.entries()) {
      for (let j = 0; j < 1; j++) {
        const caseSeed = SEED + 500_000 + k * 10 + j;
        const m = mutate(sources[j % sources.length]!, mutation, rng(caseSeed));
        const [outcome, ms] = await run(() => importInWorker(m.bytes, 'fuzz.docx', {}));
        check(m, caseSeed, outcome, ms);
      }
    }
  });
});
