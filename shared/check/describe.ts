/** Where a finding is, in the clerk's words: "二、存在的不足和原因", "发文字号", "开头段". */
import type { ReportDocument } from '../model/document';
import type { Template } from '../model/template';
import { numberSections, allSections } from '../headings/index';
import { getTemplate } from '../templates';
import { FINDING_FIELDS } from '../header-fields/table';
import { slotLabel } from './rules/structure';
import type { FindingLocation } from './types';

const PLACE = { lead: '开头段', body: '正文', attachment: '附件' } as const;

export function describeLocation(
  doc: ReportDocument,
  location: FindingLocation,
  template: Template | undefined = getTemplate(doc.meta.templateId),
  labels: Map<string, string> = numberSections(doc.body),
): string {
  switch (location.type) {
    case 'meta':
      return FINDING_FIELDS[location.field].label;
    case 'lead':
      return PLACE.lead;
    case 'body':
      return PLACE.body;
    case 'attachment': {
      const title = doc.meta.attachments[location.index]?.title.trim();
      return `${PLACE.attachment}${location.index + 1}${title ? `《${title}》` : ''}`;
    }
    case 'slot': {
      const slot = template?.slots.find((s) => s.id === location.slotId);
      return slot ? slotLabel(slot) : location.slotId;
    }
    case 'section': {
      const s = allSections(doc.body).find((x) => x.id === location.sectionId);
      return s ? `${labels.get(s.id) ?? ''}${s.heading.trim()}` : PLACE.body;
    }
  }
}
