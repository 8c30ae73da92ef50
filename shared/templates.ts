/**
 * The template registry and the one function that makes a new document from a template.
 * Template files are JSON in templates/; they are validated here when first used.
 */
import { Template } from './model/template';
import type { ReportDocument, Section } from './model/document';
import { SCHEMA_VERSION, paragraph } from './model/document';
import fazhi from '../templates/fazhi-annual.json';
import workReport from '../templates/work-report.json';
import request from '../templates/request.json';

const RAW: unknown[] = [fazhi, workReport, request];

let cache: Template[] | undefined;

export function listTemplates(): Template[] {
  cache ??= RAW.map((t) => Template.parse(t));
  return cache;
}

export function getTemplate(id: string): Template | undefined {
  return listTemplates().find((t) => t.id === id);
}

export interface OrganDefaults {
  fullName: string;
  headerText: string;
  code: string;
  addressee?: string;
  signers?: string[];
  printedBy?: string;
}

/** Fill {organ}, {year} (the reported year) and {next} (the plan year). */
export function fillPattern(pattern: string, organ: string, year: number): string {
  return pattern
    .replaceAll('{organ}', organ)
    .replaceAll('{year}', String(year))
    .replaceAll('{next}', String(year + 1));
}

let idCounter = 0;
/** Section ids only need to be unique within a document; time + counter is enough. */
export function newSectionId(): string {
  idCounter = (idCounter + 1) % 1_000_000;
  return `s${Date.now().toString(36)}${idCounter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export function newDocument(template: Template, year: number, organ: OrganDefaults): ReportDocument {
  const organName = organ.fullName || '××';
  const sections: Section[] = template.slots.map((slot) => ({
    type: 'section',
    id: newSectionId(),
    level: 1,
    heading: fillPattern(slot.heading, organName, year),
    slot: slot.id,
    runIn: false,
    children: [paragraph('')],
  }));
  const lead = template.lead ? [paragraph(fillPattern(template.lead, organName, year))] : [];
  const body: ReportDocument['body'] = sections.length ? [...sections] : [paragraph('')];
  if (template.closing) body.push(paragraph(template.closing));
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      year,
      templateId: template.id,
      kind: template.kind,
      direction: template.direction,
      organ: { fullName: organ.fullName, headerText: organ.headerText, code: organ.code },
      docNumber: null,
      signers: organ.signers ?? [],
      title: fillPattern(template.titlePattern, organName, year),
      addressee: organ.addressee ?? template.addressee,
      signature: { organ: organ.fullName, date: '', sealed: template.endMatter.sealed },
      note: template.endMatter.note,
      attachments: [],
      cc: [],
      printedBy: organ.printedBy ?? '',
      printedDate: '',
    },
    lead,
    body,
  };
}
