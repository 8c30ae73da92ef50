/**
 * Templates are data (templates/*.json) validated by this schema. A new report kind is a new
 * JSON file, not code.
 */
import { z } from 'zod';

export const TemplateSlot = z.object({
  /** Stable id referred to by sections (`section.slot`), e.g. `measures`. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9_-]*$/),
  /** Heading the slot starts with; the clerk may reword it. */
  heading: z.string().min(1).max(200),
  /** Wordings seen in real reports that mean this slot (used by import and slot matching). */
  accepted: z.array(z.string().min(1).max(200)).default([]),
  required: z.boolean(),
  /** Shown as a placeholder while the slot is empty. */
  guidance: z.string().max(2_000).default(''),
  /** Below this many characters the completeness panel suggests the slot is thin. */
  minChars: z.number().int().min(0).max(100_000).default(0),
});
export type TemplateSlot = z.infer<typeof TemplateSlot>;

export const Template = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1).max(100),
  version: z.number().int().min(1),
  /** 报告, 请示, … */
  kind: z.string().min(1).max(20),
  direction: z.enum(['up', 'down']),
  /** Title pattern; placeholders {organ} and {year}. */
  titlePattern: z.string().max(300),
  addressee: z.string().max(300).default(''),
  /** Lead paragraph text; placeholders {organ} and {year}. */
  lead: z.string().max(2_000).default(''),
  /** Outline: `fixed` keeps slots in order and undeletable; `free` lets the clerk build it. */
  outline: z.enum(['fixed', 'free']),
  slots: z.array(TemplateSlot).max(30),
  /** Closing sentence appended as the last body paragraph (e.g. 请示's 妥否，请批示。). */
  closing: z.string().max(200).default(''),
  endMatter: z
    .object({
      sealed: z.boolean().default(true),
      note: z.string().max(500).default(''),
    })
    .default({ sealed: true, note: '' }),
});
export type Template = z.infer<typeof Template>;
