/**
 * The .docx zipped by Node's zlib (electron/fs/zip.ts, what the app and `gongwen export` write)
 * holds exactly the parts of the stored zip shared/docx writes without a compressor, in the same
 * order, each checked by its CRC by another zip reader (JSZip) (the only difference: the creation
 * time stamped into core.xml); and the same parts always give the same bytes.
 */
import { expect, test } from 'vitest';
import JSZip from 'jszip';
import { buildDocx } from '../../shared/docx/index';
import { zipParts } from '../../electron/fs/zip';
import { SEED_INFO, seedReport, tableReport } from '../helpers/reports';

async function parts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const stamp = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;
  return Promise.all(files.map(async (f) => [f.name, (await f.async('string')).replace(stamp, '(time)')] as [string, string]));
}

for (const [name, doc] of [
  ['a seed report', seedReport(SEED_INFO[0]!)],
  ['a report with a table', tableReport()],
] as const) {
  test(`${name}: the same parts deflated by zlib as stored`, async () => {
    for (const variant of ['official', 'web', 'draft'] as const) {
      const native = await buildDocx(doc, { variant, zip: zipParts });
      const stored = await buildDocx(doc, { variant });
      const ours = await parts(native);
      expect(ours.length).toBeGreaterThan(5);
      expect(ours.map(([n]) => n)).toContain('word/document.xml');
      expect(ours).toEqual(await parts(stored));
      expect(native.length).toBeLessThan(stored.length / 3);
    }
  });
}

test('the same parts give the same bytes (a fixed timestamp), and an empty part is stored as such', async () => {
  const parts = new Map<string, string | Uint8Array>([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document>公文</w:document>'.repeat(1000)],
    ['word/empty.bin', new Uint8Array(0)],
  ]);
  const a = zipParts(parts);
  expect(Buffer.from(zipParts(parts)).equals(Buffer.from(a))).toBe(true);
  const zip = await JSZip.loadAsync(a, { checkCRC32: true });
  expect(Object.keys(zip.files)).toEqual([...parts.keys()]);
  expect(await zip.file('word/document.xml')!.async('string')).toBe(parts.get('word/document.xml'));
  expect((await zip.file('word/empty.bin')!.async('uint8array')).length).toBe(0);
  // Deflated: a repetitive part shrinks.
  expect(a.length).toBeLessThan(2000);
});
