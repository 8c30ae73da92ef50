/**
 * Applying fixes: pure, on a copy. A fix is applied only where the text still reads `fix.from`
 * (a stale finding changes nothing), and never where it overlaps one already applied, so
 * applying the same findings twice changes nothing the second time.
 */
import type { ReportDocument, Run } from '../model/document';
import type { ProofFinding } from './types';
import { pathKey, unitTarget } from './units';
import { proofread } from './proofread';
import type { ProofDictionary } from './dictionary';

interface ApplyResult {
  doc: ReportDocument;
  /** The findings whose fix was applied. */
  applied: ProofFinding[];
}

export function applyFixes(doc: ReportDocument, findings: readonly ProofFinding[]): ApplyResult {
  const out = structuredClone(doc);
  const byUnit = new Map<string, ProofFinding[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const key = pathKey(f.range.path);
    let list = byUnit.get(key);
    if (!list) byUnit.set(key, (list = []));
    list.push(f);
  }
  const applied: ProofFinding[] = [];
  for (const list of byUnit.values()) {
    const target = unitTarget(out, list[0]!.range.path);
    if (!target) continue;
    // From the end backwards, so earlier offsets stay true.
    const sorted = [...list].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
    let text = target.kind === 'string' ? target.get() : target.holder.runs.map((r) => r.text).join('');
    let runs = target.kind === 'runs' ? target.holder.runs : undefined;
    let floor = Infinity;
    for (const f of sorted) {
      const { start, end } = f.range;
      if (end > floor || start > end || end > text.length || text.slice(start, end) !== f.fix!.from) continue;
      text = text.slice(0, start) + f.fix!.to + text.slice(end);
      if (runs) runs = spliceRuns(runs, start, end, f.fix!.to);
      floor = start;
      applied.push(f);
    }
    if (target.kind === 'string') target.set(text);
    else target.holder.runs = runs!;
  }
  return { doc: out, applied };
}

/** Replace [start, end) of the runs' joined text; the replacement takes the format of the run it starts in. */
export function spliceRuns(runs: readonly Run[], start: number, end: number, to: string): Run[] {
  const out: Run[] = [];
  let a = 0;
  let placed = false;
  for (const run of runs) {
    const b = a + run.text.length;
    if (!placed && start < b) {
      const text = run.text.slice(0, start - a) + to + (end < b ? run.text.slice(end - a) : '');
      placed = true;
      if (text) out.push({ ...run, text });
    } else if (placed && a < end) {
      if (end < b) out.push({ ...run, text: run.text.slice(end - a) });
    } else {
      out.push(run);
    }
    a = b;
  }
  if (!placed) {
    const last = out[out.length - 1];
    if (last) out[out.length - 1] = { ...last, text: last.text + to };
    else if (to) out.push({ text: to });
  }
  return out;
}

/**
 * Every certain fix, until none is left (a fix can reveal another: ２０２３.１２.３１ becomes
 * 2023.12.31 and then 2023年12月31日). Bounded: a handful of passes always settles.
 */
export function fixAll(
  doc: ReportDocument,
  only?: readonly string[],
  skip?: (f: ProofFinding, doc: ReportDocument) => boolean,
  dictionary?: ProofDictionary,
): ApplyResult {
  let current = doc;
  const applied: ProofFinding[] = [];
  for (let pass = 0; pass < 8; pass++) {
    // `skip`: findings the clerk chose to ignore (忽略) stay as they are.
    const findings = proofread(current, { ...(only ? { only } : {}), dictionary }).filter((f) => f.fix && !skip?.(f, current));
    if (!findings.length) break;
    const r = applyFixes(current, findings);
    if (!r.applied.length) break;
    current = r.doc;
    applied.push(...r.applied);
  }
  return { doc: current, applied };
}
