/**
 * Import through the real web bridge: a hostile file is read off the bridge's thread, so while it
 * runs every other call answers at once (templates.list within 200 ms); it ends in the Chinese
 * refusal with nothing created; an import can be followed (drafts.importProgress) and cancelled
 * (drafts.importCancel).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_FILE } from '../../shared/import/limits';
import { startBridge, type RunningBridge } from '../helpers/bridge';
import { docx, documentXml, hostileCorpus, p } from '../helpers/hostile-files';

let bridge: RunningBridge;
beforeAll(async () => {
  bridge = await startBridge();
});
afterAll(() => bridge.stop());

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const draftCount = async () => (await bridge.call<unknown[]>('drafts.list', {})).body.length;

/** Slow to read but within every limit: ~450,000 paragraphs, most of them empty. */
function nearLimit(): Uint8Array {
  return docx({
    document: documentXml(p('关于2024年度法治政府建设情况的报告') + '<w:p><w:r><w:t>一、</w:t></w:r></w:p>' + '<w:p/>'.repeat(420_000)),
  });
}

describe('import through the bridge', () => {
  test('while hostile imports run, templates.list answers within 200 ms; each is refused and nothing is created', async () => {
    const corpus = hostileCorpus();
    const hostile = ['element-flood', 'text-flood', 'entity-flood-over', 'attribute-flood', 'deep-table', 'styles-flood'].map((n) =>
      corpus.find((c) => c.name === n)!,
    );
    const before = await draftCount();
    await bridge.call('templates.list', {}); // warm the connection and the handler

    // Two imports at a time, for at least 3 s, while the page keeps asking for the templates.
    let running = true;
    const outcomes: { name: string; status: number; message?: string }[] = [];
    const importer = async (lane: number) => {
      for (let k = lane; running; k += 2) {
        const c = hostile[k % hostile.length]!;
        const r = await bridge.call<{ message?: string }>('drafts.import', { fileName: c.fileName, dataBase64: b64(c.bytes) });
        outcomes.push({ name: c.name, status: r.status, message: r.body.message });
      }
    };
    const slow = bridge.call('drafts.import', { fileName: '近上限.docx', dataBase64: b64(nearLimit()) });
    const lanes = [importer(0), importer(1)];
    const latencies: number[] = [];
    const t0 = performance.now();
    while (performance.now() - t0 < 3_000) {
      const s = performance.now();
      const r = await bridge.call<unknown[]>('templates.list', {});
      latencies.push(performance.now() - s);
      expect(r.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    running = false;
    await Promise.all(lanes);
    expect((await slow).status).toBe(200);

    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    const p90 = latencies[Math.floor(latencies.length * 0.9)]!;
    expect(latencies.length).toBeGreaterThan(20);
    // The requirement is 200 ms; the median and the 90th percentile must meet it. One slow
    // outlier on a loaded 2-core machine is allowed, but never a stall of the kind the importer
    // caused on the bridge's thread (17 s to 80 s).
    expect(median, `templates.list latencies (ms): ${latencies.map((l) => l.toFixed(0)).join(' ')}`).toBeLessThan(200);
    expect(p90, `templates.list latencies (ms): ${latencies.map((l) => l.toFixed(0)).join(' ')}`).toBeLessThan(200);
    expect(latencies[latencies.length - 1]!).toBeLessThan(1_000);

    expect(outcomes.length).toBeGreaterThanOrEqual(2);
    for (const o of outcomes) {
      expect(o.status, o.name).toBe(413);
      expect(o.message, o.name).toBe(HOSTILE_FILE);
    }
    // Only the near-limit file (a real, if odd, document) became a draft.
    expect(await draftCount()).toBe(before + 1);
  });

  test('an import can be followed and cancelled: CANCELLED, nothing created', async () => {
    const flood = hostileCorpus().find((c) => c.name === 'text-flood')!;
    const before = await draftCount();
    const jobId = 'job-' + Date.now();
    const pending = bridge.call<{ code?: string }>('drafts.import', { fileName: flood.fileName, dataBase64: b64(flood.bytes), jobId });
    let progress = { running: false, stage: 'waiting' };
    for (let k = 0; k < 200 && !progress.running; k++) {
      progress = (await bridge.call<typeof progress>('drafts.importProgress', { jobId })).body;
      if (!progress.running) await new Promise((r) => setTimeout(r, 5));
    }
    expect(progress.running).toBe(true);
    expect(['waiting', 'unzip', 'parse', 'read', 'arrange']).toContain(progress.stage);
    const cancel = await bridge.call<{ cancelled: boolean }>('drafts.importCancel', { jobId });
    expect(cancel.body.cancelled).toBe(true);
    const r = await pending;
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('CANCELLED');
    expect((await bridge.call<{ running: boolean }>('drafts.importProgress', { jobId })).body.running).toBe(false);
    expect(await draftCount()).toBe(before);
  });

  test('a cancel that arrives before its import stops that import when it arrives', async () => {
    const jobId = 'early-' + Date.now();
    expect((await bridge.call<{ cancelled: boolean }>('drafts.importCancel', { jobId })).body.cancelled).toBe(false);
    const good = docx({ document: documentXml(p('关于2024年度法治政府建设情况的报告') + p('一、主要工作') + p('正文。')) });
    const r = await bridge.call<{ code?: string }>('drafts.import', { fileName: 'a.docx', dataBase64: b64(good), jobId });
    expect(r.body.code).toBe('CANCELLED');
  });
});
