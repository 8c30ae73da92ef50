/**
 * Pasted lines → model blocks. Whatever the source (Word, WPS, a web page, plain text), the
 * clipboard is first reduced to lines of runs (and tables) — see the editor's paste.ts — and then
 * structured here: typed heading numbers ("一、" "（二）" "1." "（1）", also half-width and
 * "1、") become sections at their level, the number itself dropped (numbers come from position,
 * shared/headings); "（一）坚持党的领导。一是……" becomes a run-in section. The prefix
 * is read by shared/headings, as for import and typing.
 *
 * Pure: no DOM, no editor.
 */
import type { Block, Paragraph, Run, Section, SectionLevel } from './model/document';
import type { SourceItem } from './import/build';
import { parseHeadingPrefix, splitRunIn, cleanHeading } from './headings/index';
import { mergeRuns, sliceRuns, trimRuns } from './import/runs';
import { newSectionId } from './templates';
import { LIMITS } from './model/limits';

interface PasteOptions {
  /**
   * The shallowest level pasted headings may take where they land (2 inside a fixed template's
   * slot). Pasted levels are shifted down together so that their shallowest one lands here.
   */
  minLevel: SectionLevel;
}

export interface PastedStructure {
  blocks: Block[];
  /** Sections made from typed numbers or heading marks. */
  headings: number;
}

interface Found {
  level: SectionLevel;
  heading: string;
  body: Run[];
}

function findHeading(runs: readonly Run[], styleLevel: SectionLevel | undefined): Found | null {
  const text = runs.map((r) => r.text).join('');
  const prefix = parseHeadingPrefix(text);
  if (prefix) {
    const restStart = text.length - prefix.rest.length;
    const split = splitRunIn(prefix.rest);
    return { level: styleLevel ?? prefix.level, heading: split.heading, body: trimRuns(sliceRuns(runs, restStart + split.bodyStart)) };
  }
  if (styleLevel) {
    const split = splitRunIn(text);
    return { level: styleLevel, heading: split.heading || cleanHeading(text), body: trimRuns(sliceRuns(runs, split.bodyStart)) };
  }
  return null;
}

/** Structure pasted items. Empty lines go; paragraphs keep bold and marks, headings are plain. */
export function structurePasted(items: readonly SourceItem[], options: PasteOptions): PastedStructure {
  type Entry = { kind: 'heading'; found: Found } | { kind: 'block'; block: Block };
  const entries: Entry[] = [];
  for (const it of items) {
    if (it.kind === 'table') {
      entries.push({ kind: 'block', block: it.table });
      continue;
    }
    const runs = trimRuns(it.runs);
    if (!runs.length) continue;
    const found = findHeading(runs, it.styleLevel);
    // A "heading" longer than a heading may be is a numbered paragraph: kept whole as body text
    // (number and all) rather than made into a heading that could never be saved.
    if (found && found.heading.length <= LIMITS.headingChars) entries.push({ kind: 'heading', found });
    else entries.push({ kind: 'block', block: { type: 'paragraph', runs: mergeRuns(runs) } });
  }

  const levels = entries.flatMap((e) => (e.kind === 'heading' ? [e.found.level] : []));
  // reduce, not Math.min(...levels): a long paste can hold more headings than a call has arguments.
  const shallowest = levels.reduce<number>((m, l) => Math.min(m, l), 4);
  const shift = levels.length ? Math.max(0, options.minLevel - shallowest) : 0;

  const blocks: Block[] = [];
  const stack: Section[] = [];
  for (const e of entries) {
    if (e.kind === 'block') {
      (stack.length ? stack[stack.length - 1]!.children : blocks).push(e.block);
      continue;
    }
    const level = Math.min(4, e.found.level + shift) as SectionLevel;
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const section: Section = {
      type: 'section',
      id: newSectionId(),
      level,
      heading: e.found.heading,
      runIn: e.found.body.length > 0,
      children: [],
    };
    if (e.found.body.length) section.children.push({ type: 'paragraph', runs: mergeRuns(e.found.body) } satisfies Paragraph);
    (stack.length ? stack[stack.length - 1]!.children : blocks).push(section);
    stack.push(section);
  }
  return { blocks, headings: levels.length };
}

/** Plain text (the clipboard's text/plain) → lines. */
export function textToLines(text: string): SourceItem[] {
  return text.split(/\r\n|\r|\n/).map((line) => ({ kind: 'line' as const, runs: line ? [{ text: line }] : [] }));
}
