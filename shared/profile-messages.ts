/** What an organ profile (机关信息) still needs before it can be saved, in one place for review (shared/profile-rules.ts decides). */
export const PROFILE_MESSAGES = {
  fullNameMissing: '请填写发文机关全称，如：互助县人民政府。',
  fullNameShort: '发文机关全称过短，请写全称，如：互助县人民政府。',
  notAName: '应为机关名称，不能只有数字或符号。',
  signer: (name: string) => `签发人“${name}”应为 2～10 个汉字的姓名，多人用顿号分隔。`,
} as const;
