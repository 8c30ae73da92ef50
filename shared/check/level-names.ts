/**
 * The four level names alone, without the schema: the CLI's help table (electron/cli/commands)
 * words its summaries with them and must start without loading zod. Everything else about levels
 * is in ./levels.ts, which re-exports these.
 */
export const LEVELS = ['error', 'gap', 'warning', 'info'] as const;
type LevelName = (typeof LEVELS)[number];

export const LEVEL_NAMES: Record<LevelName, string> = {
  error: '导出前必须修改',
  gap: '定稿前应补齐',
  warning: '建议修改',
  info: '提示',
};
