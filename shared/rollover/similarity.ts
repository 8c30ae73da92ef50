/**
 * How much of a text is still word-for-word last year's ("内容雷同"). A character counts as
 * copied when it lies inside a run of SHINGLE or more consecutive characters (white space
 * ignored) that also occurs anywhere in last year's text: a changed figure or a reworded clause
 * breaks the run, a paragraph moved to another section does not.
 *
 * Pure and fast enough to call on every edit: build the index once per draft (from
 * `doc.rollover.previous`), then `score` a section's text in time linear in its length.
 */
import type { Block, ReportDocument, Section } from '../model/document';
import { runsText } from '../model/document';
import { keyedRecord } from '../own';

/** Ten characters: longer than set phrases such as 法治政府建设 (6), short enough to catch copied clauses. */
const SHINGLE = 10;

interface Similarity {
  /** Characters compared (white space not counted). */
  chars: number;
  /** Of those, characters still identical to last year's text. */
  copied: number;
  /** copied / chars, 0 for an empty text. */
  ratio: number;
}

function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

export class SimilarityIndex {
  private readonly shingles = new Set<string>();
  /** Lines shorter than a shingle (a heading such as 存在的问题), matched whole. */
  private readonly shortLines = new Set<string>();

  constructor(previousTexts: Iterable<string>) {
    for (const raw of previousTexts) {
      const t = squeeze(raw);
      for (let i = 0; i + SHINGLE <= t.length; i++) this.shingles.add(t.slice(i, i + SHINGLE));
      for (const line of raw.split('\n')) {
        const l = squeeze(line);
        if (l && l.length < SHINGLE) this.shortLines.add(l);
      }
    }
  }

  static fromDocument(doc: ReportDocument): SimilarityIndex | undefined {
    return doc.rollover ? new SimilarityIndex(Object.values(doc.rollover.previous)) : undefined;
  }

  /** For each character of the squeezed text, whether it is copied. */
  coverage(text: string): { squeezed: string; copied: Uint8Array } {
    const lines = text.split('\n').map(squeeze);
    const t = lines.join('');
    const copied = new Uint8Array(t.length);
    let coveredTo = 0;
    for (let i = 0; i + SHINGLE <= t.length; i++) {
      if (this.shingles.has(t.slice(i, i + SHINGLE))) {
        for (let k = Math.max(i, coveredTo); k < i + SHINGLE; k++) copied[k] = 1;
        coveredTo = i + SHINGLE;
      }
    }
    let at = 0;
    for (const l of lines) {
      if (l.length < SHINGLE && this.shortLines.has(l)) copied.fill(1, at, at + l.length);
      at += l.length;
    }
    return { squeezed: t, copied };
  }

  score(text: string): Similarity {
    const { copied } = this.coverage(text);
    let n = 0;
    for (const c of copied) n += c;
    return ratio(copied.length, n);
  }
}

function ratio(chars: number, copied: number): Similarity {
  return { chars, copied, ratio: chars ? copied / chars : 0 };
}

/** A section's own text: heading, paragraphs and tables, not its sub-sections. */
export function sectionOwnText(section: Section): string {
  return [section.heading, ...section.children.filter((b) => b.type !== 'section').map(blockText)].join('\n');
}

function blockText(b: Block): string {
  if (b.type === 'paragraph') return runsText(b.runs);
  if (b.type === 'table') return b.rows.map((row) => row.map((c) => runsText(c.runs)).join('\t')).join('\n');
  // A prescribed table's numbers are this year's by construction (rolled to 待填): not text copied.
  if (b.type === 'fixedTable') return '';
  return [b.heading, ...b.children.map(blockText)].join('\n');
}

export interface DocumentSimilarity {
  /** Whole report (lead and body). */
  total: Similarity;
  lead: Similarity;
  /** Per section id, over the section and its sub-sections. */
  sections: Record<string, Similarity>;
}

/**
 * Similarity of a rolled-forward draft to last year's text, per section and in total; undefined
 * for a draft that was not rolled forward. Pass a cached index for live use.
 */
export function documentSimilarity(doc: ReportDocument, index = SimilarityIndex.fromDocument(doc)): DocumentSimilarity | undefined {
  if (!index) return undefined;
  const sections = keyedRecord<Similarity>();
  const walk = (blocks: readonly Block[]): Similarity => {
    let chars = 0;
    let copied = 0;
    for (const b of blocks) {
      if (b.type !== 'section') continue;
      const own = index.score(sectionOwnText(b));
      const inner = walk(b.children);
      const s = ratio(own.chars + inner.chars, own.copied + inner.copied);
      sections[b.id] = s;
      chars += s.chars;
      copied += s.copied;
    }
    return ratio(chars, copied);
  };
  const lead = index.score(doc.lead.map((p) => runsText(p.runs)).join('\n'));
  const body = walk(doc.body);
  const loose = doc.body
    .filter((b) => b.type !== 'section')
    .map(blockText)
    .join('\n');
  const looseScore = index.score(loose);
  return { total: ratio(lead.chars + body.chars + looseScore.chars, lead.copied + body.copied + looseScore.copied), lead, sections };
}
