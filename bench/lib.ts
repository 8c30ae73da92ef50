/**
 * Benchmark helpers. A bench file (`bench/<name>.bench.ts`) default-exports an async function
 * returning rows; `npm run bench` runs every file and prints one table. Every row states the size
 * of its input.
 */
export interface BenchRow {
  name: string;
  /** What was measured on, e.g. "50,000-character draft, 1,000 drafts × 20 revisions". */
  input: string;
  median: number;
  p95?: number;
  p99?: number;
  unit: 'ms' | 'ratio';
  /** The goal, e.g. "p99 ≤ 5 ms". */
  goal?: string;
}

interface Stats {
  median: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  n: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { median: q(0.5), p95: q(0.95), p99: q(0.99), min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

/** Time `fn` `iterations` times after `warmup` untimed runs; milliseconds. */
export async function measure(fn: (i: number) => unknown, opts: { iterations: number; warmup?: number }): Promise<Stats> {
  for (let i = 0; i < (opts.warmup ?? 3); i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < opts.iterations; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

export function row(name: string, input: string, s: Stats, goal?: string): BenchRow {
  return { name, input, median: s.median, p95: s.p95, p99: s.p99, unit: 'ms', ...(goal ? { goal } : {}) };
}
