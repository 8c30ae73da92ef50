/**
 * Every XML part of a .docx, checked by a real XML parser: Chromium's DOMParser (libxml2 under
 * Blink), which refuses a part that is not well-formed, including one carrying a character XML
 * 1.0 forbids. The parts go in as bytes and are decoded in the page, so nothing in between can
 * clean them.
 */
import JSZip from 'jszip';
import type { Page } from 'playwright-core';

export async function xmlParts(docx: Uint8Array): Promise<Record<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, Uint8Array> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('uint8array');
  }
  return out;
}

/** Names of the parts that do not parse as XML, with the parser's first words. */
export async function malformedParts(page: Page, parts: Record<string, Uint8Array>): Promise<string[]> {
  const encoded = Object.entries(parts).map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')] as const);
  return page.evaluate((list) => {
    const bad: string[] = [];
    for (const [name, b64] of list) {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const text = new TextDecoder('utf-8').decode(bytes);
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const err = doc.getElementsByTagName('parsererror')[0];
      if (err) bad.push(`${name}: ${(err.textContent ?? '').slice(0, 120)}`);
    }
    return bad;
  }, encoded);
}
