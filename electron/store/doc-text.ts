/**
 * Plain text out of a ReportDocument, for the search index. The index holds one chunk per section
 * (its heading and its own paragraphs and tables, not its sub-sections), long sections split at
 * paragraph boundaries, so a save re-indexes only the chunks whose text changed and a hit can
 * point at the section it is in. (The 字数 is shared/text-stats.ts, the navigator's count.)
 */
import { runsText, type Block, type ReportDocument } from '../../shared/model/document';

/** Bump when the chunking below changes: stored indexes are then rebuilt once (search.ts). */
export const CHUNKER_VERSION = '1';

/** Chunks grow to about this many characters before a new one starts (never inside a paragraph). */
const CHUNK_CHARS = 1_500;

export interface TextChunk {
  /** Stable within a document: `#title`, `#lead`, a section id, `<id>~2` for a continuation. */
  key: string;
  /** Where the hit is, for the result list: the section heading (without its number). */
  heading: string;
  text: string;
  /** The section to scroll to when the hit is opened, if any. */
  sectionId: string | null;
}

function blockText(b: Block): string {
  if (b.type === 'paragraph') return runsText(b.runs);
  if (b.type === 'table') return b.rows.map((row) => row.map((c) => runsText(c.runs)).join('\t')).join('\n');
  return '';
}

export function docChunks(doc: ReportDocument): TextChunk[] {
  const out: TextChunk[] = [];
  const used = new Set<string>();
  const push = (baseKey: string, heading: string, sectionId: string | null, parts: string[]) => {
    let buf: string[] = [];
    let size = 0;
    let part = 1;
    const flush = () => {
      let key = part === 1 ? baseKey : `${baseKey}~${part}`;
      // Section ids should be unique; if a paste duplicated one, keep the index consistent anyway.
      for (let k = 2; used.has(key); k++) key = `${part === 1 ? baseKey : `${baseKey}~${part}`}#${k}`;
      used.add(key);
      out.push({ key, heading, sectionId, text: buf.join('\n') });
      buf = [];
      size = 0;
      part++;
    };
    for (const p of parts) {
      if (!p) continue;
      if (size > 0 && size + p.length > CHUNK_CHARS) flush();
      buf.push(p);
      size += p.length + 1;
    }
    if (size > 0) flush();
  };
  push('#title', doc.meta.title, null, [doc.meta.title]);
  push(
    '#lead',
    '',
    null,
    doc.lead.map((p) => runsText(p.runs)),
  );
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type !== 'section') continue;
      push(b.id, b.heading, b.id, [b.heading, ...b.children.filter((c) => c.type !== 'section').map(blockText)]);
      walk(b.children);
    }
  };
  // Paragraphs directly in the body (a free outline, the closing line) form one chunk.
  push('#body', '', null, doc.body.filter((b) => b.type !== 'section').map(blockText));
  walk(doc.body);
  doc.meta.attachments.forEach((a, i) => {
    const parts = [a.title];
    const collect = (blocks: readonly Block[]) => {
      for (const b of blocks) {
        if (b.type === 'section') {
          parts.push(b.heading);
          collect(b.children);
        } else parts.push(blockText(b));
      }
    };
    collect(a.blocks);
    push(`#att${i + 1}`, a.title, null, parts);
  });
  return out;
}
