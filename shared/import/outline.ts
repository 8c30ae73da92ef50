/**
 * The outline as `gongwen outline` prints it. An external interface (tests outside the repo read
 * it): keep it exactly so.
 *
 *   # title: <title>
 *   # signed: <organ> <date>
 *   <level>TAB<slot id, or ->TAB<heading>
 *
 * A merged heading ("存在的不足和下一步工作打算") prints its first slot: the column holds one slot id,
 * as the documented format says, so a reader splitting on TAB into three fields never breaks.
 * The other slots it fills are in the draft (`section.alsoSlots`) and in `gongwen check`.
 *
 * Values not found are empty. Headings carry no number (numbers follow from position).
 */
import type { ReportDocument } from '../model/document';
import { allSections } from '../headings/index';
import { sectionSlots } from '../slots';

export function formatOutline(doc: ReportDocument): string {
  const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
  const { signature } = doc.meta;
  const lines = [
    `# title: ${oneLine(doc.meta.title)}`,
    `# signed: ${oneLine([signature.organ, signature.date].filter(Boolean).join(' '))}`,
  ];
  for (const s of allSections(doc.body)) {
    const [slot] = sectionSlots(s);
    lines.push(`${s.level}\t${slot ?? '-'}\t${oneLine(s.heading)}`);
  }
  return lines.join('\n') + '\n';
}
