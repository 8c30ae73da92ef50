/** Every sentence the loopback web bridge says, in one place for review (errors carry them as `message`). */
export const BRIDGE = {
  notLocal: '请求来源不是本机公文工作室，已拒绝。',
  postOnly: '请用 POST 调用。',
  badToken: '缺少或错误的访问令牌，已拒绝。',
  notJson: '提交的内容不是有效的 JSON。',
  unsupported: '不支持的请求。',
  tooLarge: '提交的内容过大（超过 32 MB），已拒绝。',
  noFile: '找不到该文件。',
  startFailed: (why: string) => `公文工作室网页模式启动失败：${why}\n`,
} as const;
