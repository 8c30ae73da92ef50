/** What the bridge client says when a call gets no answer of its own (the calls' own errors are shared/errors.ts). */
export const A = {
  offline: '无法连接公文工作室后台，请确认程序仍在运行。',
  failed: '操作失败。',
} as const;
