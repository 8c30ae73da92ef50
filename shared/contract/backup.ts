import { z } from 'zod';
import { call } from './define';

/** Why a backup was made; each kind rotates on its own (electron/store/backups.ts BACKUP_KEEP). */
export const BackupReason = z.enum(['daily', 'migrate', 'manual', 'import', 'restore', 'purge']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  /** Full path, so the clerk can find it. */
  file: z.string(),
  name: z.string(),
  reason: BackupReason,
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

const Replaced = z.object({ cancelled: z.boolean(), message: z.string(), backupFile: z.string().nullable() });

export const backupCalls = {
  'backup.list': call(z.object({}).strict(), z.object({ dir: z.string(), backups: z.array(BackupInfo) })),
  'backup.create': call(z.object({}).strict(), BackupInfo),
  /** 导出数据包: everything in one file. `path` is null when the clerk cancelled the save dialog. */
  'backup.exportPackage': call(
    z.object({}).strict(),
    z.object({ path: z.string().nullable(), fileName: z.string(), bytes: z.number().int() }),
  ),
  /**
   * 导入数据包: replaces all data, after a backup. In the browser the file comes as base64 (the
   * bridge takes bodies up to 32 MB); in Electron, without it, an open dialog asks for the file.
   */
  'backup.importPackage': call(
    z.object({ confirm: z.literal(true), dataBase64: z.string().max(33_000_000).optional() }).strict(),
    Replaced,
  ),
  /** Put an automatic backup back in place, after backing up the present data. */
  'backup.restore': call(z.object({ name: z.string().max(200), confirm: z.literal(true) }).strict(), Replaced),
};
