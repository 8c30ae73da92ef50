/**
 * The model's zod schemas as JSON Schema files, for people and tools outside the app: template
 * authors (templates/*.json name template.schema.json) and anyone reading or writing a draft
 * file (`gongwen check draft.json`). `npm run schema` writes them; a unit test keeps the
 * committed files equal to what this generates.
 *
 * Both describe the *input* side: fields with defaults may be left out of a file.
 */
import { z } from 'zod';
import { Block, Paragraph, ReportDocument, Run, Section, Table } from '../model/document';
import { Template, TemplateSlot } from '../model/template';

/** Where the files live, relative to the repository root. */
export const SCHEMA_DIR = 'shared/schema';

function toJson(schema: z.core.$ZodType, id: string, title: string, defs: Record<string, z.core.$ZodType>): string {
  // Named definitions instead of __schema0: the recursive Block/Section pair reads better so.
  const registry = z.registry<{ id: string }>();
  for (const [name, s] of Object.entries(defs)) registry.add(s, { id: name });
  const json = z.toJSONSchema(schema, { io: 'input', metadata: registry, unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return JSON.stringify({ $schema, $id: id, title, ...rest }, null, 2) + '\n';
}

/** File name → contents. */
export function generateSchemas(): Record<string, string> {
  return {
    'report-document.schema.json': toJson(ReportDocument, 'report-document.schema.json', '公文工作室文稿（ReportDocument）', {
      Block,
      Section,
      Paragraph,
      Table,
      Run,
    }),
    'template.schema.json': toJson(Template, 'template.schema.json', '公文工作室文稿模板', { TemplateSlot }),
  };
}
