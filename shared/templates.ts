/**
 * The template registry and the one function that makes a new document from a template.
 * Template files are JSON in templates/; they are validated here when first used.
 */
import { Template } from './model/template';
import type { Meta, ReportDocument, Section } from './model/document';
import { SCHEMA_VERSION, paragraph } from './model/document';
import fazhi from '../templates/fazhi-annual.json';
import workReport from '../templates/work-report.json';
import request from '../templates/request.json';
import govInfo from '../templates/gov-info-annual.json';
import type { FixedTableDef } from './model/fixed-table';
import { emptyValues } from './model/fixed-table-grid';

const RAW: readonly unknown[] = [fazhi, workReport, request, govInfo];

/**
 * Each template is validated the first time it is used, alone: a command working on one draft
 * (`gongwen export`) then pays for its template only, not for the 年报's large table shapes too.
 */
const parsed = new Map<unknown, Template>();
function parsedTemplate(raw: unknown): Template {
  let t = parsed.get(raw);
  if (!t) parsed.set(raw, (t = Template.parse(raw)));
  return t;
}
/** What a template file says before it is validated: only used to pick the file to validate. */
const rawField = (raw: unknown, key: 'id' | 'tables'): unknown => (raw as Record<string, unknown>)[key];

export function listTemplates(): Template[] {
  return RAW.map(parsedTemplate);
}

export function getTemplate(id: string): Template | undefined {
  const raw = RAW.find((r) => rawField(r, 'id') === id);
  return raw === undefined ? undefined : parsedTemplate(raw);
}

/**
 * A fixed table's definition by its id. Ids are unique across templates (`gov-apply`), so a
 * document's `fixedTable` block names its shape without naming the template.
 */
export function fixedTableDef(id: string): FixedTableDef | undefined {
  const holds = (raw: unknown) => {
    const tables = rawField(raw, 'tables');
    return Array.isArray(tables) && tables.some((t) => (t as Record<string, unknown> | null)?.id === id);
  };
  const raw = RAW.find(holds);
  return raw === undefined ? undefined : parsedTemplate(raw).tables.find((x) => x.id === id);
}

export interface OrganDefaults {
  fullName: string;
  headerText: string;
  code: string;
  addressee?: string;
  signers?: string[];
  printedBy?: string;
}

/**
 * An organ (a saved 机关信息, or what a new draft is made for) over a document's meta: the organ's
 * names and code, and its 署名; its 主送, 签发人 and 印发机关 where it has them, else the meta's.
 * The header form's 套用机关信息 and newDocument both fill the meta so.
 */
export function withOrgan(meta: Meta, organ: OrganDefaults): Meta {
  return {
    ...meta,
    organ: { fullName: organ.fullName, headerText: organ.headerText, code: organ.code },
    addressee: organ.addressee || meta.addressee,
    signers: organ.signers?.length ? organ.signers : meta.signers,
    printedBy: organ.printedBy || meta.printedBy,
    signature: { ...meta.signature, organ: organ.fullName },
  };
}

/** Fill {organ}, {year} (the reported year) and {next} (the plan year). */
export function fillPattern(pattern: string, organ: string, year: number): string {
  return pattern
    .replaceAll('{organ}', organ)
    .replaceAll('{year}', String(year))
    .replaceAll('{next}', String(year + 1));
}

/**
 * Stands for the organ in a title until the clerk names it. The checker flags it (placeholder),
 * so a title cannot go out without its organ; the lead never carries it (see newDocument).
 */
const ORGAN_PLACEHOLDER = '××';

/** The title a template suggests for an organ (the placeholder while there is none) and year. */
export function suggestedTitle(template: Template, organ: string, year: number): string {
  return fillPattern(template.titlePattern, organ || ORGAN_PLACEHOLDER, year);
}

let idCounter = 0;
/** Section ids only need to be unique within a document; time + counter is enough. */
export function newSectionId(): string {
  idCounter = (idCounter + 1) % 1_000_000;
  return `s${Date.now().toString(36)}${idCounter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A slot's prescribed table, every cell 待填. */
function fixedTableBlocks(template: Template, id: string): Section['children'] {
  const def = template.tables.find((t) => t.id === id);
  return def ? [{ type: 'fixedTable', table: id, values: emptyValues(def) }] : [paragraph('')];
}

/**
 * A new document from a template. Without an organ (no saved 机关信息 yet) the title carries the
 * placeholder the checker asks to replace, but the lead and headings leave the organ out: the
 * lead's “在上级党委、政府的坚强领导下，{organ}坚持……” still reads as a sentence without it, and a
 * clerk should not have to delete “××” from running text before the draft can be exported.
 */
export function newDocument(template: Template, year: number, organ: OrganDefaults): ReportDocument {
  const organName = organ.fullName.trim();
  const sections: Section[] = template.slots.map((slot) => ({
    type: 'section',
    id: newSectionId(),
    level: 1,
    heading: fillPattern(slot.heading, organName, year),
    slot: slot.id,
    runIn: false,
    children: slot.table ? fixedTableBlocks(template, slot.table) : [paragraph('')],
  }));
  const lead = template.lead ? [paragraph(fillPattern(template.lead, organName, year))] : [];
  const body: ReportDocument['body'] = sections.length ? [...sections] : [paragraph('')];
  if (template.closing) body.push(paragraph(template.closing));
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: withOrgan(
      {
        year,
        templateId: template.id,
        kind: template.kind,
        direction: template.direction,
        organ: { fullName: '', headerText: '', code: '' },
        docNumber: null,
        signers: [],
        title: suggestedTitle(template, organName, year),
        addressee: template.addressee,
        signature: { organ: '', date: '', sealed: template.endMatter.sealed },
        note: template.endMatter.note,
        attachments: [],
        cc: [],
        printedBy: '',
        printedDate: '',
      },
      organ,
    ),
    lead,
    body,
  };
}
