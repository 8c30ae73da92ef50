/**
 * The one message for a file that is refused because it is built to exhaust the importer — a
 * flood of elements, nesting thousands deep, or one that ran past the import's memory or time
 * budget (electron/import/). The narrower refusals (too big, zip bomb, corrupt) keep their own.
 */
export const HOSTILE_FILE = '文件内容异常庞大或结构异常，已停止导入。';
