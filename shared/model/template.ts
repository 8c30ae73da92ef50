/**
 * Templates are data (templates/*.json) validated by this schema. A new report kind is a new
 * JSON file, not code. The same schema is published as JSON Schema
 * (shared/schema/template.schema.json, `npm run schema`) so template files can be checked and
 * completed in any editor.
 */
import * as z from 'zod/mini';
import { intIn, list, text } from './schema-parts';
import { FixedTableDef } from './fixed-table';
import { fixedTableProblems } from './fixed-table-grid';
import { TEMPLATE_MESSAGES as M } from './messages';

/** Placeholders a pattern may use: the organ's full name, the reported year, the plan year. */
const TEMPLATE_PLACEHOLDERS = ['{organ}', '{year}', '{next}'] as const;

/** Text with only the known placeholders in braces. */
const Pattern = (max: number, min = 0) =>
  z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.refine((s) => (s.match(/\{[^}]*\}/g) ?? []).every((p) => (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(p)), {
      message: M.placeholders(TEMPLATE_PLACEHOLDERS),
    }),
  );

export const TemplateSlot = z.object({
  /** Stable id referred to by sections (`section.slot`), e.g. `measures`. */
  id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9_-]*$/)),
  /** Heading the slot starts with; the clerk may reword it. Placeholders {year} and {next}. */
  heading: Pattern(200, 1),
  /** Wordings seen in real reports that mean this slot (used by import and slot matching). */
  accepted: z._default(z.array(text(200, 1)), []),
  /** A required slot's heading cannot be deleted, and the checker wants it filled. */
  required: z.boolean(),
  /** Shown as a placeholder while the slot is empty. */
  guidance: z._default(text(2_000), ''),
  /** Below this many characters the completeness panel suggests the slot is thin. */
  minChars: z._default(intIn(0, 100_000), 0),
  /** A fixed table (an id in the template's `tables`) the slot holds: its shape is prescribed. */
  table: z.optional(text(64)),
});
export type TemplateSlot = z.infer<typeof TemplateSlot>;

export const Template = z
  .object({
    /** Lets a template file name its JSON Schema; ignored otherwise. */
    $schema: z.optional(z.string()),
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
    name: text(100, 1),
    /** Bumped when the outline changes, so drafts can tell which version they were made from. */
    version: z.int().check(z.gte(1)),
    /** 文种: 报告, 请示, … The title must end 的 + kind (the checker's title rule). */
    kind: text(20, 1),
    /** 上行文 (up) carries 签发人 on the 发文字号 line; 下行文 (down) centres the 发文字号. */
    direction: z.enum(['up', 'down']),
    /** Title pattern: 发文机关 + 关于 + 事由 + 的 + 文种. Placeholders {organ}, {year}, {next}. */
    titlePattern: Pattern(300),
    /** Default 主送机关, ending "："; empty when it depends on the organ (set from its profile). */
    addressee: z._default(text(300), ''),
    /** Lead paragraph text, ending "……报告如下："; placeholders {organ}, {year}, {next}. */
    lead: z._default(Pattern(2_000), ''),
    /** Outline: `fixed` keeps slots in order and undeletable; `free` lets the clerk build it. */
    outline: z.enum(['fixed', 'free']),
    /** An annual report: last year's draft is this year's starting point (以往年报告为模板新建). */
    yearly: z._default(z.boolean(), false),
    slots: list(TemplateSlot, 30),
    /** Tables with a prescribed shape (shared/model/fixed-table.ts), referred to by slots. */
    tables: z._default(list(FixedTableDef, 20), []),
    /** Where the format comes from, and the copies it was checked against. */
    notes: z._default(list(text(1_000), 50), []),
    /** The slot whose items become next year's checklist when rolled forward (default `plans`). */
    plansSlot: z.optional(text(64)),
    /**
     * For a free outline (no slots): the placeholder shown while the body is empty and the
     * length below which it looks thin.
     */
    body: z._default(
      z.object({
        guidance: z._default(text(2_000), ''),
        minChars: z._default(intIn(0, 100_000), 0),
      }),
      { guidance: '', minChars: 0 },
    ),
    /** Closing sentence appended as the last body paragraph (e.g. 请示's 妥否，请批示。). */
    closing: z._default(text(200), ''),
    /** Other closings that count as this one (当否，请批示。). */
    closingAccepted: z._default(z.array(text(200, 1)), []),
    /** The checker warns when the body does not end with the closing (a 请示 must ask). */
    closingRequired: z._default(z.boolean(), false),
    /**
     * The 版头 and 版记 fields this report must carry (the checker, the export gate and `gongwen
     * check` read them from here). A report that goes out as a 公文 under a number needs all of
     * them; one published on the government portal (the 政府信息公开工作年度报告) usually has no
     * 发文字号, 签发人, 主送机关 or 版记, and must not be held back for want of them. A field
     * given is still checked for its form.
     */
    header: z._default(
      z.strictObject({
        /** 发文字号: missing is 导出前必须修改. */
        docNumber: z._default(z.boolean(), true),
        /** 签发人 of a 上行文 (a 下行文 has none): missing is 导出前必须修改. */
        signers: z._default(z.boolean(), true),
        /** 主送机关: missing is 定稿前应补齐. */
        addressee: z._default(z.boolean(), true),
        /** 版记 (印发机关, 印发日期): missing is 定稿前应补齐. */
        colophon: z._default(z.boolean(), true),
      }),
      { docNumber: true, signers: true, addressee: true, colophon: true },
    ),
    endMatter: z._default(
      z.object({
        /** 加盖印章: 成文日期 right-indented 4字 under the seal; else 署名 printed. */
        sealed: z._default(z.boolean(), true),
        /** 附注 default, in full-width parentheses, e.g. （联系人：…，联系电话：…）. */
        note: z._default(text(500), ''),
      }),
      { sealed: true, note: '' },
    ),
  })
  .check(
    z.superRefine((t, ctx) => {
      const seen = new Set<string>();
      t.slots.forEach((s, i) => {
        if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['slots', i, 'id'], message: M.duplicateSlot(s.id) });
        seen.add(s.id);
      });
      if (t.outline === 'fixed' && t.slots.length === 0) ctx.addIssue({ code: 'custom', path: ['slots'], message: M.fixedNeedsSlot });
      const tableIds = new Set(t.tables.map((x) => x.id));
      t.slots.forEach((s, i) => {
        if (s.table && !tableIds.has(s.table))
          ctx.addIssue({ code: 'custom', path: ['slots', i, 'table'], message: M.unknownTable(s.table) });
      });
      t.tables.forEach((table, i) => {
        for (const message of fixedTableProblems(table)) ctx.addIssue({ code: 'custom', path: ['tables', i], message });
      });
      if (t.closingRequired && !t.closing) ctx.addIssue({ code: 'custom', path: ['closing'], message: M.closingMissing });
    }),
  );
export type Template = z.infer<typeof Template>;
