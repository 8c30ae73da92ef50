/** Every Chinese word of the reported year (新建 and 文件信息), in one place for review. */
export const Y = {
  label: '报告年度',
  option: (y: number) => `${y}年度`,
  newHint: '新建的文稿按此年度填写标题、开头段和各部分标题。',
  fieldHint: '改变年度时，标题、开头段和带年度的部分标题随之更改；正文、发文字号和成文日期不变。',
  changed: (y: number, where: readonly string[]) => (where.length ? `已改为${y}年度，随之更改：${where.join('、')}。` : `已改为${y}年度。`),
} as const;
