/**
 * The rules table: id, level, group and what each checks. Levels are data here, not in the rule
 * code: moving a rule between levels is a one-word change. What the levels mean and are called
 * (导出前必须修改 / 定稿前应补齐 / 建议修改 / 提示) is shared/check/levels.ts. A rule holds back no
 * export itself: the export gate (shared/export/gate.ts) decides from the level — an `error`
 * refuses the official file and the 网站公开版 (except the 版头-only rules, which the web version
 * does not print), a `gap` is asked about before the official file, nothing else ever stops one.
 */
import type { Rule } from './types';
import * as structure from './rules/structure';
import * as numbering from './rules/numbering';
import * as headings from './rules/headings';
import * as text from './rules/text';
import * as meta from './rules/meta';
import * as rollover from './rules/rollover';
import * as identity from './rules/identity';
import { PROOF_CHECK_RULES } from './rules/proofread';
import * as tables from './rules/fixed-tables';

export const RULES: readonly Rule[] = [
  // Structure and completeness
  { id: 'slot-missing', level: 'gap', group: 'structure', title: '缺少规定的必备部分', run: structure.slotMissing },
  { id: 'heading-empty', level: 'error', group: 'structure', title: '标题为空', run: headings.headingEmpty },
  { id: 'slot-empty', level: 'error', group: 'structure', title: '必备部分未填写', run: structure.slotEmpty },
  { id: 'slot-empty-optional', level: 'info', group: 'structure', title: '可选部分为空', run: structure.slotEmptyOptional },
  { id: 'slot-thin', level: 'warning', group: 'structure', title: '部分字数少于建议', run: structure.slotThin },
  { id: 'slot-order', level: 'warning', group: 'structure', title: '各部分顺序与规定不一致', run: structure.slotOrder },
  { id: 'slot-nested', level: 'info', group: 'structure', title: '规定单列的部分写在其他部分之下', run: structure.slotNested },
  { id: 'body-empty', level: 'error', group: 'structure', title: '正文为空', run: structure.bodyEmpty },
  { id: 'body-thin', level: 'warning', group: 'structure', title: '正文字数少于建议', run: structure.bodyThin },
  { id: 'closing-missing', level: 'warning', group: 'structure', title: '缺少结语', run: structure.closingMissing },
  { id: 'level-skipped', level: 'warning', group: 'structure', title: '标题层级跳级', run: numbering.levelSkipped },
  { id: 'typed-number', level: 'error', group: 'structure', title: '标题中手工输入了序号', run: numbering.typedNumberHeading },
  {
    id: 'typed-number-paragraph',
    level: 'warning',
    group: 'structure',
    title: '正文段落以标题序号开头',
    run: numbering.typedNumberParagraph,
  },
  { id: 'typed-sequence', level: 'warning', group: 'structure', title: '手工编号不连续', run: numbering.typedSequence },
  { id: 'inline-sequence', level: 'warning', group: 'structure', title: '“一是、二是”不连续', run: numbering.inlineSequence },
  { id: 'heading-punctuation', level: 'warning', group: 'structure', title: '标题末尾标点', run: headings.headingPunctuation },
  { id: 'heading-sentence', level: 'info', group: 'structure', title: '标题中含有整句', run: headings.headingSentence },
  // Prescribed tables (政府信息公开 样表), each finding at its cell
  { id: 'table-unknown', level: 'error', group: 'structure', title: '无法识别的规定表格', run: tables.tableUnknown },
  { id: 'table-empty', level: 'error', group: 'structure', title: '规定表格有待填的数字', run: tables.tableEmpty },
  { id: 'table-number', level: 'error', group: 'structure', title: '表格数字应为整数', run: tables.tableNumberForm },
  { id: 'table-sum', level: 'error', group: 'structure', title: '表格合计与各项之和不符', run: tables.tableSum },
  { id: 'table-balance', level: 'error', group: 'structure', title: '表格勾稽关系不平衡', run: tables.tableBalance },
  { id: 'run-in-no-body', level: 'warning', group: 'structure', title: '段首标题后无正文', run: headings.runInWithoutBody },
  // Text and punctuation
  { id: 'lead-ending', level: 'warning', group: 'text', title: '开头段“报告如下”后的冒号', run: text.leadEnding },
  { id: 'ordinal-form', level: 'warning', group: 'text', title: '序号写法不规范', run: text.ordinalForm },
  { id: 'placeholder', level: 'error', group: 'text', title: '仍有模板占位符', run: text.placeholder },
  { id: 'report-asks-approval', level: 'error', group: 'text', title: '报告中夹带请示事项', kinds: ['报告'], run: text.reportAsksApproval },
  // 公文校对 (shared/proofread): one finding per place, to the character, most with a fix
  ...PROOF_CHECK_RULES,
  // Rolled forward from last year's report
  { id: 'figures-unconfirmed', level: 'warning', group: 'text', title: '沿用上年的数字待核实', run: rollover.unconfirmedFigures },
  { id: 'year-checks-open', level: 'warning', group: 'text', title: '年份是否随年度更新待核实', run: rollover.yearChecksOpen },
  // Header and colophon
  { id: 'organ-missing', level: 'error', group: 'meta', title: '未填写发文机关', run: meta.organMissing },
  { id: 'doc-number-missing', level: 'error', group: 'meta', title: '未填写发文字号', run: meta.docNumberMissing },
  { id: 'doc-number-format', level: 'error', group: 'meta', title: '发文字号格式', run: meta.docNumberFormat },
  { id: 'doc-number-code', level: 'warning', group: 'meta', title: '发文字号代字与机关不符', run: meta.docNumberCode },
  { id: 'doc-number-year', level: 'warning', group: 'meta', title: '发文字号年份与成文日期不符', run: meta.docNumberYear },
  { id: 'signers-missing', level: 'error', group: 'meta', title: '上行文未标注签发人', run: meta.signersMissing },
  { id: 'signer-name', level: 'warning', group: 'meta', title: '签发人姓名格式', run: meta.signerName },
  { id: 'title-missing', level: 'gap', group: 'meta', title: '未填写标题', run: meta.titleMissing },
  { id: 'title-format', level: 'warning', group: 'meta', title: '标题格式', run: meta.titleFormat },
  { id: 'addressee-missing', level: 'gap', group: 'meta', title: '未填写主送机关', run: meta.addresseeMissing },
  { id: 'addressee-format', level: 'warning', group: 'meta', title: '主送机关末尾冒号', run: meta.addresseeFormat },
  { id: 'single-addressee', level: 'warning', group: 'meta', title: '请示多头主送', kinds: ['请示'], run: meta.singleAddressee },
  { id: 'date-missing', level: 'gap', group: 'meta', title: '未填写成文日期', run: meta.dateMissing },
  { id: 'date-format', level: 'error', group: 'meta', title: '成文日期格式', run: meta.dateFormat },
  { id: 'date-year', level: 'info', group: 'meta', title: '成文日期与报告年度不符', run: meta.dateYear },
  { id: 'signature-missing', level: 'gap', group: 'meta', title: '未填写署名', run: meta.signatureMissing },
  { id: 'organ-identity', level: 'gap', group: 'meta', title: '署名、标志或标题中的机关与发文机关不一致', run: identity.organIdentity },
  { id: 'note-format', level: 'warning', group: 'meta', title: '附注格式', run: meta.noteFormat },
  { id: 'cc-format', level: 'warning', group: 'meta', title: '抄送机关格式', run: meta.ccFormat },
  { id: 'colophon-missing', level: 'gap', group: 'meta', title: '版记不完整', run: meta.colophonMissing },
  { id: 'printed-date-format', level: 'warning', group: 'meta', title: '印发日期格式', run: meta.printedDateFormat },
];
