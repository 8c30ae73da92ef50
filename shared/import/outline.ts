/**
 * The outline as `gongwen outline` prints it. An external interface (tests outside the repo read
 * it): keep it exactly so.
 *
 *   # title: <title>
 *   # signed: <organ> <date>
 *   <level>TAB<slot id, or slot ids joined by "+" for a merged heading, or ->TAB<heading>
 *
 * Values not found are empty. Headings carry no number (numbers follow from position).
 */
import type { ReportDocument } from '../model/document';
import { allSections } from '../numbering';
import { sectionSlots } from '../slots';

export function formatOutline(doc: ReportDocument): string {
  const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
  const { signature } = doc.meta;
  const lines = [
    `# title: ${oneLine(doc.meta.title)}`,
    `# signed: ${oneLine([signature.organ, signature.date].filter(Boolean).join(' '))}`,
  ];
  for (const s of allSections(doc.body)) {
    const slots = sectionSlots(s);
    lines.push(`${s.level}\t${slots.length ? slots.join('+') : '-'}\t${oneLine(s.heading)}`);
  }
  return lines.join('\n') + '\n';
}
