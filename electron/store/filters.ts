/** The 草稿箱 filters (year, template, status) as SQL, shared by the draft list and search. */
import type { DraftStatus } from '../../shared/contract/drafts';

export interface DraftFilter {
  year?: number | undefined;
  templateId?: string | undefined;
  status?: DraftStatus | undefined;
}

/** The WHERE clause of the 草稿箱 filters (live drafts only); `prefix` is a table alias with its dot. */
export function filterWhere(filter: DraftFilter, prefix = ''): { where: string; args: unknown[] } {
  const conds = [`${prefix}deleted_at IS NULL`];
  const args: unknown[] = [];
  const add = (column: string, value: unknown) => {
    if (value === undefined) return;
    conds.push(`${prefix}${column} = ?`);
    args.push(value);
  };
  add('year', filter.year);
  add('template_id', filter.templateId);
  add('status', filter.status);
  return { where: conds.join(' AND '), args };
}
