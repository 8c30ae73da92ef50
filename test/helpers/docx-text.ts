/** Read the visible text of a .docx (word/document.xml), for asserting what an export holds. */
import fs from 'node:fs';
import JSZip from 'jszip';

export async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
