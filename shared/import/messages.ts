/**
 * Every sentence the importer says to the clerk — refusals of a file and notes on what was found
 * and changed — in one place for review. The words in xml.ts and zip-directory.ts are internal
 * details (never shown alone: a refusal here wraps them).
 */
const SAVE_AS = '请在 Word/WPS 中打开它，另存为 .docx 后再导入。';
const renumberedHead = (heading: string) => `标题“${heading}”原文编号为`;

export const IMPORT_MESSAGES = {
  /** Prescribed tables (政府信息公开年报) read into their fixed structure. */
  tableNotFound: (part: string, table: string) => `未能在“${part}”中读到“${table}”的数字（可能是旧版格式或表格丢失），已插入空表，请逐格填写。`,
  tableCellsUnread: (table: string, n: number, named: string, more: boolean) => `“${table}”有 ${n} 格未能读取，已标为待填：${named}${more ? '等' : ''}。`,
  tableMismatch: (table: string, n: number, first: string) => `“${table}”导入的数字有 ${n} 处对不上，请核对：${first}`,
  // Refusals: what the file is, and what to do
  empty: (fileName: string) => `文件“${fileName}”是空的。`,
  textNamedDoc: (fileName: string) => `文件“${fileName}”不是 Word 文档（内容是纯文本）。如确为文本，请把扩展名改为 .txt 后导入。`,
  oleEncrypted: '该文档设有打开密码，无法读取。请在 Word/WPS 中打开并取消密码（文件 → 信息 → 保护文档 / 文档加密），另存为 .docx 后再导入。',
  oldWord: `这是旧版 Word（.doc）或 WPS（.wps）格式的文件，不能直接导入。${SAVE_AS}`,
  pdf: '不支持导入 PDF 文件。请找到原 Word/WPS 文档另存为 .docx，或把文字复制到记事本保存为 .txt 后导入。',
  rtf: `这是 RTF 格式的文件，不能直接导入。${SAVE_AS}`,
  html: `这是网页（HTML/MHT）格式的文件，虽然可能以 .doc 结尾，但不是 Word 文档。${SAVE_AS}`,
  notDocx: `该文件不是 Word 文档（.docx），无法导入。${SAVE_AS}`,
  corrupt: '文件已损坏或不完整（压缩包无法读取），无法导入。请在 Word/WPS 中打开并另存为 .docx 后再试。',
  checksum: '文件已损坏（压缩包内容校验不符），无法导入。请向发文单位重新索取文件，或在 Word/WPS 中打开并另存为 .docx 后再试。',
  encryptedPart: '文件中的内容已加密，无法导入。请在 Word/WPS 中取消密码后另存为 .docx 再试。',
  bomb: '文件解压后的内容异常巨大，可能已损坏或是恶意构造的文件，已拒绝导入。',
  docxTooLarge: (mb: string) => `文件过大（${mb} MB），超过 50 MB 的上限。请删去文中图片或拆分后再导入。`,
  odt: '这是 OpenDocument（.odt）等格式的文件，不是 Word 文档。请在 Word/WPS 中另存为 .docx 后再导入。',
  zipNotDocx: '该文件是压缩包，但不是 Word 文档（.docx），无法导入。',
  excel: '这是 Excel 表格文件，不是 Word 文档，无法导入。',
  powerpoint: '这是 PowerPoint 演示文稿，不是 Word 文档，无法导入。',
  noMainPart: '该文件中找不到 Word 正文（word/document.xml），可能已损坏或不是 .docx 文件。',
  badXml: '文档内容已损坏（XML 结构不完整），无法导入。请在 Word/WPS 中打开并另存为 .docx 后再试。',
  noBody: '文档中找不到正文，可能已损坏。',
  nothingToImport: '文件中没有可导入的正文内容。',
  /** A file built to exhaust the importer (a flood of elements, deep nesting, past the time or memory budget). */
  hostile: '文件内容异常庞大或结构异常，已停止导入。',
  textTooLarge: (mb: string) => `文本文件过大（${mb} MB），超过 5 MB 的上限，不像是一份报告。`,
  textTooLong: '文本过长，超过一份报告的上限（约 500 万字）。',
  notText: '该文件不是文本文件，无法按 .txt 导入。Word 文档请保存为 .docx 后导入。',
  overDraftLimit: (why: string) => `文档内容超出单份草稿的上限${why}，无法导入。请拆分后再导入。`,
  noTemplate: (id: string | undefined) => `找不到模板：${id}`,
  // Notes on the new draft
  noTitle: '未找到标题，请在“文件信息”中填写。',
  noSignature: '未找到署名和成文日期（网页版常省略），请补充。',
  noOrgan: '未能确定发文机关，请在“文件信息”中填写。',
  droppedWebLines: (n: number) => `已略去网页上的栏目文字 ${n} 行（网站标识、索引号、“扫一扫”等）。`,
  spam: (text: string) => `文中有疑似网页被篡改插入的文字“${text}”，请核对原文并改正。`,
  doubledTitle: (prefix: string, short: string) => `标题重复出现，较长的一处多出“${prefix}”，不像发文机关名称，已采用“${short}”。`,
  renumbered: (heading: string, label: string, expected: string) =>
    `${renumberedHead(heading)}“${label}”，按位置应为“${expected}”，已按位置重新编号。`,
  /** How the note on a renumbered heading begins (to recognise the note of a given heading). */
  renumberedHead,
  // The template's parts: one not written as a part of its own, and a heading that fits none.
  slotOnlyMentioned: (part: string, mention: string) => `未找到单列的“${part}”部分，仅在正文中提及：“${mention}”。请按规定单列说明。`,
  slotMissing: (part: string) => `未找到“${part}”部分。`,
  unmappedHeading: (heading: string) => `一级标题“${heading}”未能对应到模板的任何部分，已原样保留。`,
} as const;
