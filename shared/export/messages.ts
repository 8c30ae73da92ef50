/**
 * Every sentence the export pipeline says to the clerk, in one place for review. The refusal is
 * worded once: the app's dialog, the bridge's error and `gongwen export` all say the same thing;
 * only the next step differs, since a clerk at the window clicks and one at a prompt adds a flag.
 */
import { LEVEL_NAMES } from '../check/level-names';
import { VERSION_NAMES, type ExportVariant } from './variant';

const heldBack = (variant: ExportVariant) => `暂不能导出${VERSION_NAMES[variant]}`;

export const EXPORT_MESSAGES = {
  /** “暂不能导出正式文件”: the refusal dialog's title. */
  heldBack,
  /** “文稿仍有 2 处导出前必须修改的问题，暂不能导出正式文件” — without a closing mark: each surface ends it. */
  blocked: (n: number, variant: ExportVariant) => `文稿仍有 ${n} 处${LEVEL_NAMES.error}的问题，${heldBack(variant)}`,
  /** The code's own message (shared/errors.ts), for a refusal that comes without its count. */
  blockedAny: `文稿仍有${LEVEL_NAMES.error}的问题，${heldBack('official')}。`,
  /** What to do about a refusal, where the clerk works. */
  nextStep: {
    app: '请先修改，或导出草稿。',
    cli: '请修改后重试（可用 --set 补填文头和版记字段），或加 --draft 导出草稿。',
  },
  /** A file named after a title that is empty. */
  untitled: '未命名公文',
} as const;

/** The refusal as the app and the bridge say it (the error's message; its details list the reasons). */
export function blockedSentence(n: number, variant: ExportVariant): string {
  return `${EXPORT_MESSAGES.blocked(n, variant)}。${EXPORT_MESSAGES.nextStep.app}`;
}
