import { z } from 'zod';
import { call } from './define';

export const StartupNotice = z.object({ kind: z.enum(['recovered', 'migrated', 'backup-failed']), message: z.string() });

export const appCalls = {
  /** What happened at start-up (a damaged file restored from a backup, a migration) for the clerk. */
  'app.status': call(
    z.object({}).strict(),
    z.object({
      dataDir: z.string(),
      dbFile: z.string(),
      version: z.number().int(),
      notices: z.array(StartupNotice),
      recovered: z
        .object({ damagedFile: z.string(), backupFile: z.string().nullable(), backupCreatedAt: z.string().nullable() })
        .nullable(),
      migrated: z.object({ from: z.number().int(), to: z.number().int(), backupFile: z.string() }).nullable(),
    }),
  ),
};
