/**
 * 机关信息 (organ profiles): what a new draft is filled with — the organ's full name, the
 * 发文机关标志 text, 机关代字, default 主送机关, 签发人, 印发机关 and default fonts. Several can be
 * kept (e.g. 县政府 and 县政府办公室); exactly one is the default, enforced by a partial unique index.
 */
import { AppError } from '../../shared/errors';
import type { OrganDefaults } from '../../shared/templates';
import type { DB } from './sqlite';
import { STORE_MESSAGES } from './messages';
import { writeTransaction } from './sqlite-errors';
import { firstProfileProblem } from '../../shared/profile-rules';

interface OrganProfile {
  id: number;
  /** The name the clerk picks it by, e.g. 县政府. */
  label: string;
  fullName: string;
  headerText: string;
  code: string;
  addressee: string;
  signers: string[];
  printedBy: string;
  /** Font family per role (shared/fonts.ts FONT_ROLES); missing roles use the standard ones. */
  fonts: Record<string, string>;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

type ProfileInput = Omit<OrganProfile, 'id' | 'isDefault' | 'createdAt' | 'updatedAt' | 'fonts'> & {
  id?: number | undefined;
  isDefault?: boolean | undefined;
  /** Absent: keep the profile's fonts (a new profile gets none, i.e. the standard fonts). */
  fonts?: Record<string, string> | undefined;
};

interface Row {
  id: number;
  label: string;
  full_name: string;
  header_text: string;
  code: string;
  addressee: string;
  signers: string;
  printed_by: string;
  fonts: string;
  is_default: number;
  created_at: string;
  updated_at: string;
}

function toProfile(r: Row): OrganProfile {
  return {
    id: r.id,
    label: r.label,
    fullName: r.full_name,
    headerText: r.header_text,
    code: r.code,
    addressee: r.addressee,
    signers: JSON.parse(r.signers) as string[],
    printedBy: r.printed_by,
    fonts: JSON.parse(r.fonts) as Record<string, string>,
    isDefault: r.is_default === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** What `newDocument` takes from a profile. */
export function organDefaults(p: OrganProfile | null): OrganDefaults {
  if (!p) return { fullName: '', headerText: '', code: '' };
  return {
    fullName: p.fullName,
    headerText: p.headerText,
    code: p.code,
    ...(p.addressee ? { addressee: p.addressee } : {}),
    ...(p.signers.length ? { signers: p.signers } : {}),
    ...(p.printedBy ? { printedBy: p.printedBy } : {}),
  };
}

export class ProfileStore {
  constructor(
    private readonly db: DB,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): OrganProfile[] {
    return (this.db.prepare('SELECT * FROM organ_profiles ORDER BY is_default DESC, label, id').all() as Row[]).map(toProfile);
  }

  get(id: number): OrganProfile {
    const row = this.db.prepare('SELECT * FROM organ_profiles WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', STORE_MESSAGES.profileNotFound);
    return toProfile(row);
  }

  getDefault(): OrganProfile | null {
    const row = this.db.prepare('SELECT * FROM organ_profiles WHERE is_default = 1').get() as Row | undefined;
    return row ? toProfile(row) : null;
  }

  /**
   * Create (no id) or update. The first profile becomes the default. A profile without the
   * organ's name or red-header text is refused (shared/profile-rules.ts): it would only put
   * empty fields on every new draft.
   */
  save(input: ProfileInput): OrganProfile {
    const problem = firstProfileProblem(input);
    if (problem) throw new AppError('BAD_INPUT', problem);
    return writeTransaction(this.db, () => {
      const now = this.now().toISOString();
      const values = {
        label: input.label.trim() || input.fullName.trim(),
        full_name: input.fullName.trim(),
        header_text: input.headerText.trim(),
        code: input.code.trim(),
        addressee: input.addressee.trim(),
        signers: JSON.stringify(input.signers.map((s) => s.trim()).filter(Boolean)),
        printed_by: input.printedBy.trim(),
        now,
      };
      let id = input.id;
      const fonts = JSON.stringify(input.fonts ?? (id === undefined ? {} : this.get(id).fonts));
      if (id === undefined) {
        id = Number(
          this.db
            .prepare(
              `INSERT INTO organ_profiles (label, full_name, header_text, code, addressee, signers, printed_by, fonts, is_default, created_at, updated_at)
               VALUES (@label, @full_name, @header_text, @code, @addressee, @signers, @printed_by, @fonts, 0, @now, @now)`,
            )
            .run({ ...values, fonts }).lastInsertRowid,
        );
      } else {
        this.get(id);
        this.db
          .prepare(
            `UPDATE organ_profiles SET label = @label, full_name = @full_name, header_text = @header_text, code = @code, addressee = @addressee,
             signers = @signers, printed_by = @printed_by, fonts = @fonts, updated_at = @now WHERE id = @id`,
          )
          .run({ ...values, fonts, id });
      }
      if (input.isDefault || !this.getDefault()) this.makeDefault(id);
      return this.get(id);
    });
  }

  setDefault(id: number): OrganProfile {
    return writeTransaction(this.db, () => {
      this.get(id);
      this.makeDefault(id);
      return this.get(id);
    });
  }

  /** Delete; if it was the default, the next one (by label) becomes the default. */
  remove(id: number): void {
    writeTransaction(this.db, () => {
      const p = this.get(id);
      this.db.prepare('DELETE FROM organ_profiles WHERE id = ?').run(id);
      if (p.isDefault) {
        const next = this.db.prepare('SELECT id FROM organ_profiles ORDER BY label, id LIMIT 1').get() as { id: number } | undefined;
        if (next) this.makeDefault(next.id);
      }
    });
  }

  private makeDefault(id: number): void {
    this.db.prepare('UPDATE organ_profiles SET is_default = 0 WHERE is_default = 1 AND id <> ?').run(id);
    this.db.prepare('UPDATE organ_profiles SET is_default = 1 WHERE id = ?').run(id);
  }
}
