/**
 * The hostile-file corpus (test/helpers/hostile-files.ts, generated, one file per class of
 * attack): every file ends within 10 s and 1 GB in a document or a Chinese refusal — in-process
 * through the limited reader (its peak memory watched), and through the import worker with its
 * memory cap — never a raw error.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { importFile } from '../../shared/import/index';
import { readDocxItems } from '../../shared/import/docx';
import type { ImportResult } from '../../shared/import/build';
import { HOSTILE_FILE } from '../../shared/import/limits';
import { AppError } from '../../shared/errors';
import { allSections } from '../../shared/headings/index';
import { runsText } from '../../shared/model/document';
import { importInWorker } from '../../electron/import/run';
import { hostileCorpus, type HostileCase } from '../helpers/hostile-files';
import { GB, watchMemory, type MemoryWatch } from '../helpers/peak-memory';

const LIMIT_MS = 10_000;
let corpus: HostileCase[];
let memory: MemoryWatch;
beforeAll(() => {
  corpus = hostileCorpus();
  memory = watchMemory();
});

function allText(r: ImportResult): string[] {
  const texts = [r.doc.meta.title, ...r.doc.lead.map((x) => runsText(x.runs))];
  for (const s of allSections(r.doc.body)) {
    texts.push(s.heading);
    for (const b of s.children) if (b.type === 'paragraph') texts.push(runsText(b.runs));
  }
  return texts;
}

function judge(c: HostileCase, outcome: { result?: ImportResult; error?: unknown }, ms: number): void {
  const where = `${c.name} (${c.bytes.byteLength} bytes)`;
  expect(ms, `${where}: took ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  if (outcome.error !== undefined) {
    const e = outcome.error;
    expect(e, `${where}: ${e instanceof Error ? e.message : typeof e}`).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(err.code, `${where}: ${err.message}`).not.toBe('INTERNAL');
    expect(err.message, where).toMatch(/[\u4e00-\u9fff]/);
    expect(c.expect, `${where} was refused: ${err.message}`).not.toBe('document');
    if (c.expect === 'hostile') expect(err.message, where).toBe(HOSTILE_FILE);
    else expect(err.message, `${where}: within every limit, yet refused as hostile`).not.toBe(HOSTILE_FILE);
  } else {
    expect(['document', 'any'], `${where} imported, but should have been refused`).toContain(c.expect);
    const texts = allText(outcome.result!);
    // Absurd numbering ends in a sane label, never "NaN", "undefined" or a numeral miles long.
    for (const t of texts) expect(t, where).not.toMatch(/NaN|undefined|Infinity|M{5}/);
  }
}

async function outcomeOf(run: () => Promise<ImportResult>): Promise<[{ result?: ImportResult; error?: unknown }, number]> {
  const t0 = performance.now();
  try {
    const result = await run();
    return [{ result }, performance.now() - t0];
  } catch (error) {
    return [{ error }, performance.now() - t0];
  }
}

describe('the hostile-file corpus', () => {
  test('covers every class: floods, deep nesting of each kind, absurd numbering, whitespace floods, bad CRC, truncation', () => {
    const names = corpus.map((c) => c.name).join(' ');
    for (const cls of [
      'element-flood',
      'attribute-flood',
      'text-flood',
      'entity-flood',
      'deep-customXml',
      'deep-sdt',
      'deep-hyperlink',
      'deep-table',
      'start-1e400',
      'ilvl-4294967295',
      'txt-spaces-flood',
      'run-tabs-flood',
      'bad-crc',
      'truncated',
    ])
      expect(names).toContain(cls);
    // Small files: the review's flood was a 184 KB .docx.
    for (const c of corpus) expect(c.bytes.byteLength, c.name).toBeLessThan(2 * 1024 * 1024);
  });

  test('in-process, through the limited reader: each ends within 10 s and 1 GB in a document or the expected Chinese refusal', async () => {
    for (const c of corpus) {
      const [outcome, ms] = await outcomeOf(() => importFile(c.bytes, c.fileName));
      judge(c, outcome, ms);
      // At its peak (the worker below has its own cap): never 1 GB past where the process began.
      expect(memory.peak(), `${c.name}: peak memory`).toBeLessThanOrEqual(memory.ceiling(GB));
    }
  });

  test('list numbers are clamped to what Word allows, not dropped: a start past 32767 counts from 32767', async () => {
    const labels = async (name: string) => {
      const items = await readDocxItems(corpus.find((x) => x.name === name)!.bytes);
      return items.flatMap((i) =>
        i.kind === 'line' &&
        i.runs
          .map((r) => r.text)
          .join('')
          .includes('编号段落')
          ? [i.runs.map((r) => r.text).join('')]
          : [],
      );
    };
    expect(await labels('start-4294967295-decimal')).toEqual([
      '32767、编号段落0',
      '4294967295、编号段落1'.replace('4294967295', '32767'),
      '32768、编号段落2',
    ]);
    // Not a whole number: counted from 1 (Word's default), in the list's own format.
    expect((await labels('start-1.5-upperRoman'))[0]).toBe('I、编号段落0');
    expect((await labels('start-1e400-chineseCounting'))[0]).toBe('一、编号段落0');
    // A level Word would not load (outside 0-8) gives no label; the text stays.
    expect(await labels('ilvl-4294967295')).toEqual(['编号段落0', '编号段落1', '编号段落2']);
  });

  test('through the import worker (memory cap, time budget): the same answers', async () => {
    // One file of each class (the worker costs a thread start each; all of them ran in-process).
    const seen = new Set<string>();
    const sample = corpus.filter((c) => {
      const cls = c.name.split('-')[0]!;
      return !seen.has(cls) && !!seen.add(cls);
    });
    expect(sample.length).toBeGreaterThan(15);
    for (const c of sample) {
      const [outcome, ms] = await outcomeOf(() => importInWorker(c.bytes, c.fileName, {}));
      judge(c, outcome, ms);
    }
  });

  test('a worker that runs out of heap or time is stopped with the hostile-file refusal', async () => {
    const flood = corpus.find((c) => c.name === 'text-flood')!;
    const heap = await outcomeOf(() => importInWorker(flood.bytes, flood.fileName, {}, { limits: { heapMb: 16 } }));
    expect((heap[0].error as AppError).message).toBe(HOSTILE_FILE);
    const slow = await outcomeOf(() => importInWorker(flood.bytes, flood.fileName, {}, { limits: { timeMs: 1 } }));
    expect((slow[0].error as AppError).message).toBe(HOSTILE_FILE);
  });

  test('a cancelled import ends at once with CANCELLED', async () => {
    const flood = corpus.find((c) => c.name === 'text-flood')!;
    const controller = new AbortController();
    const pending = outcomeOf(() => importInWorker(flood.bytes, flood.fileName, {}, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    const [outcome, ms] = await pending;
    expect((outcome.error as AppError).code).toBe('CANCELLED');
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
