import { backupDir } from '../store/backups';
import type { HandlerGroup } from './handler';

type BackupCall = 'backup.list' | 'backup.create' | 'backup.exportPackage' | 'backup.importPackage' | 'backup.restore';

export const backupHandlers: HandlerGroup<BackupCall> = (ctx) => ({
  'backup.list': () => ({ dir: backupDir(ctx.storage.dataDir), backups: ctx.storage.listBackups() }),
  'backup.create': () => ctx.storage.backupNow('manual'),
  'backup.exportPackage': async () => {
    const { fileName, bytes } = await ctx.storage.exportPackage();
    const path = await ctx.platform.saveExport(fileName, bytes, 'package');
    return { path, fileName, bytes: bytes.byteLength };
  },
  'backup.importPackage': async ({ dataBase64 }) => {
    const bytes = dataBase64 !== undefined ? Buffer.from(dataBase64, 'base64') : await ctx.platform.openPackage?.();
    if (!bytes) return { cancelled: true, message: '', backupFile: null };
    const { backup, message } = await ctx.storage.importPackage(bytes);
    return { cancelled: false, message, backupFile: backup.file };
  },
  'backup.restore': async ({ name }) => {
    const { backup, message } = await ctx.storage.restoreBackup(name);
    return { cancelled: false, message, backupFile: backup.file };
  },
});
