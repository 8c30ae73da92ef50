/**
 * Errors cross every boundary (IPC, web bridge, CLI) as `{code, message}`, with a message a
 * clerk understands. Codes are stable; wording lives here so it can be reviewed in one place.
 */
import { LEVEL_NAMES } from './check/level-names';
import { EXPORT_MESSAGES } from './export/messages';
import { CONTRACT_MESSAGES } from './contract/messages';

export const ERROR_MESSAGES = {
  BAD_INPUT: CONTRACT_MESSAGES.malformed(null),
  UNKNOWN_CALL: '不支持的操作。',
  UNAUTHORIZED: '未授权的访问已被拒绝。',
  NOT_FOUND: '找不到该草稿，可能已被删除。',
  CONFLICT: '该草稿已在别处修改（例如在另一个窗口中打开），为避免覆盖，本次保存未写入。请刷新后再改。',
  DB_TOO_NEW: '数据文件来自更新版本的公文工作室，当前版本无法打开。',
  DB_CORRUPT: '数据文件已损坏。',
  DISK_FULL: '磁盘空间已满，未能保存。请清理磁盘后重试，已输入的内容仍保留在窗口中。',
  READ_ONLY: '数据文件夹只读，无法保存。请检查文件夹权限，已输入的内容仍保留在窗口中。',
  FILE_BUSY: '目标文件正被其他程序占用或只读（例如已在 Word/WPS 中打开），请关闭后重试或另存为其他文件名。',
  BAD_DOC_NUMBER: '发文字号格式不正确，应为“机关代字〔年份〕序号号”，如：互政〔2025〕12号。',
  DUPLICATE_DOC_NUMBER: '该发文字号已被使用。',
  BAD_FILE: '无法读取该文件。',
  TOO_LARGE: '内容过大，无法处理。',
  EXPORT_BLOCKED: EXPORT_MESSAGES.blockedAny,
  EXPORT_UNCONFIRMED: `文稿有${LEVEL_NAMES.gap}的内容，须逐项确认后才能导出正式文件。`,
  CANCELLED: '操作已取消。',
  INTERNAL: '程序内部出错，操作未完成，已输入的内容不会丢失。',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** Optional structured detail (e.g. the list of reasons export is held back). */
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) };
  }
}

/**
 * Failures the JavaScript engine raises when input is too big or too deep for it, in the clerk's
 * words. The limits at the boundary (shared/model/limits.ts) keep these from happening; should one
 * be missed, the clerk still hears what kind of problem it is, not "RangeError".
 */
const ENGINE_LIMITS: readonly (readonly [RegExp, string])[] = [
  [/Maximum call stack size exceeded|too much recursion/i, '内容层级过深，无法处理，操作未完成。请减少章节或表格的嵌套层级。'],
  [/Invalid string length|Invalid array length|Array buffer allocation failed|allocation failed/i, '内容过大，无法处理，操作未完成。'],
];

/** Turn anything thrown into a payload; unknown errors never leak internals to the clerk. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return err.toPayload();
  if (isPayload(err)) return err;
  if (err instanceof RangeError) {
    const known = ENGINE_LIMITS.find(([re]) => re.test(err.message));
    if (known) return { code: 'TOO_LARGE', message: known[1] };
  }
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
}

function isPayload(x: unknown): x is ErrorPayload {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as ErrorPayload).code === 'string' &&
    typeof (x as ErrorPayload).message === 'string' &&
    Object.hasOwn(ERROR_MESSAGES, (x as ErrorPayload).code)
  );
}
