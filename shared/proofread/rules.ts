/**
 * The proofreader's rules, in priority order: where two findings overlap, the earlier rule's
 * stands (。,。 is one doubled mark, not a half-width comma too). Ids that the checker had
 * before the proofreader (half-width-punct, fullwidth-digit, year-range-dash) are kept.
 */
import type { ProofRule } from './types';
import * as punct from './rules/punct';
import * as words from './rules/words';
import * as numbers from './rules/numbers';
import * as repeat from './rules/repeat';
import * as year from './rules/year';
import { suspectRule } from './suspect';

export const PROOF_RULES: readonly ProofRule[] = [
  // First: a pasted-in slogan is one finding, not its punctuation too.
  { id: 'suspect-text', class: 'words', level: 'warning', title: '疑似被篡改或夹带的文字', run: suspectRule },
  { id: 'punct-doubled', class: 'punct', level: 'warning', title: '标点重复', run: punct.doubled },
  { id: 'punct-list-comma', class: 'punct', level: 'warning', title: '并列机关名称之间应用顿号', run: punct.listComma },
  { id: 'half-width-punct', class: 'punct', level: 'warning', title: '中文中夹用半角标点', run: punct.halfWidth },
  { id: 'punct-unpaired', class: 'punct', level: 'warning', title: '引号、括号、书名号不成对', run: punct.unpaired },
  { id: 'word-banned', class: 'words', level: 'warning', title: '本单位词典禁用的词语', run: words.banned },
  { id: 'term-standard', class: 'terms', level: 'warning', title: '规范表述', run: words.terms },
  { id: 'word-misused', class: 'words', level: 'warning', title: '误用字词', run: words.words },
  { id: 'fullwidth-digit', class: 'numbers', level: 'warning', title: '使用全角数字', run: numbers.fullWidthDigits },
  { id: 'date-form', class: 'numbers', level: 'warning', title: '日期写法', run: numbers.dateForm },
  { id: 'year-range-dash', class: 'numbers', level: 'warning', title: '年份范围的连接号', run: numbers.yearRange },
  { id: 'year-abbrev', class: 'numbers', level: 'warning', title: '年份简写', run: numbers.yearAbbrev },
  { id: 'repeat-char', class: 'repeat', level: 'warning', title: '字重复', run: repeat.repeatChar },
  { id: 'repeat-word', class: 'repeat', level: 'warning', title: '词语重复', run: repeat.repeatWord },
  { id: 'year-relative', class: 'year', level: 'info', title: '年度报告中的“今年”“去年”', kinds: ['报告'], run: year.relativeYear },
];
