import { z } from 'zod';
import { call } from './define';
import { CONTRACT_MESSAGES as M } from './messages';

const text = (max: number) => z.string().max(max);

/** One font per role (shared/fonts.ts has about ten); room to spare, but not unbounded. */
const MAX_FONT_ENTRIES = 40;

export const ProfileFields = z.object({
  /** The name the clerk picks it by, e.g. 县政府. */
  label: text(60),
  fullName: text(200),
  /** 发文机关标志, e.g. ××县人民政府文件 */
  headerText: text(200),
  /** 机关代字, e.g. 互政 */
  code: text(40),
  /** Default 主送机关 */
  addressee: text(500),
  /** Default 签发人 */
  signers: z.array(text(40)).max(20),
  /** Default 印发机关 */
  printedBy: text(200),
  /** Font family per role (shared/fonts.ts FONT_ROLES); absent roles use the standard fonts. */
  fonts: z
    .record(z.string().max(40), text(100))
    .refine((fonts) => Object.keys(fonts).length <= MAX_FONT_ENTRIES, { message: M.tooManyFonts(MAX_FONT_ENTRIES) }),
});

export const OrganProfile = ProfileFields.extend({
  id: z.number().int(),
  isDefault: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganProfile = z.infer<typeof OrganProfile>;

const ProfileId = z.object({ id: z.number().int() }).strict();

export const profileCalls = {
  'profiles.list': call(z.object({}).strict(), z.array(OrganProfile)),
  /** Create (no id) or update; the first profile becomes the default. Without `fonts`, they stay as they are. */
  'profiles.save': call(
    ProfileFields.extend({
      id: z.number().int().optional(),
      isDefault: z.boolean().optional(),
      fonts: ProfileFields.shape.fonts.optional(),
    }).strict(),
    OrganProfile,
  ),
  'profiles.delete': call(ProfileId, z.object({ ok: z.literal(true) })),
  'profiles.setDefault': call(ProfileId, OrganProfile),
};
