/**
 * A zod issue about a document, in the clerk's words: where (第三部分标题, 开头第2段, 标题 in the
 * header fields, 全文) and, for a limit, by how much ("第三部分标题过长（2,315 字，上限 2,000 字）").
 * The editor's autosave, the contract's gate (shared/contract/validate.ts) and anything else that
 * refuses a document say it the same way, from this one function.
 *
 * Places are named the way the clerk sees them: sections by their number (from shared/headings,
 * never stored), paragraphs and tables counted within their section.
 */
import type { z } from 'zod';
import { numberSections } from '../headings/index';
import { DRAFT_TOO_LONG, SECTION_TOO_DEEP, type Block } from './document';
import { formatCount } from './limits';
import { LIMIT_WORDS } from './messages';
import { ownValue } from '../own';
import { labelAtPath } from '../header-fields/table';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

interface IssueWords {
  /** Where, e.g. 第三部分标题; the dotted path when it is not in a document. */
  where: string;
  /** What is wrong, with where, e.g. 第三部分标题过长（2,315 字，上限 2,000 字）. */
  text: string;
  /** What to do: 请缩短, 请删减, 请检查. */
  action: string;
  /** True when a limit (length or count) was exceeded, false for a malformed value. */
  limit: boolean;
}

/** Places in `meta` that are not a field of the header-fields table. */
const OTHER_META: Record<string, string> = { signature: '落款', templateId: '模板', kind: '文种' };

/** What a list holds, by its key: the noun after "的" and the measure word of its count. */
const LIST_UNITS: Record<string, readonly [string, string]> = {
  body: ['的段落、表格和小节', '个'],
  children: ['的段落、表格和小节', '个'],
  blocks: ['的段落、表格和小节', '个'],
  lead: ['的段落', '段'],
  runs: ['的格式片段', '个'],
  rows: ['的行数', '行'],
  cells: ['的列数', '列'],
  attachments: ['', '个'],
  signers: ['', '人'],
  cc: ['', '个'],
  plans: ['的计划事项', '条'],
  yearChecks: ['的待核年份', '处'],
  alsoSlots: ['的对应部分', '个'],
};

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null;
const isDoc = (x: unknown): x is Obj => isObj(x) && isObj(x.meta) && Array.isArray(x.body);

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let v = root;
  for (const k of path) v = isObj(v) ? v[k as string] : undefined;
  return v;
}

/** 第三部分, （二）, 第1点, （3）: one section's part of a place name. */
function sectionName(section: Obj, index: number, chain: string, top: string, labels: Map<string, string>): string {
  const label = labels.get(String(section.id));
  const level = section.level;
  let own: string;
  if (!label) own = `第${index + 1}项`;
  else if (level === 1) own = `第${label.replace(/、$/, '')}部分`;
  else if (level === 3) own = `第${label.replace(/\.$/, '')}点`;
  else own = label;
  return chain || level === 1 ? chain + own : top + own;
}

/** The place `path` points to inside a list of blocks named `chain` (正文, 第三部分, 附件1). */
function blocksWhere(blocks: unknown, path: readonly Key[], chain: string, top: string, labels: Map<string, string>): string {
  if (!Array.isArray(blocks) || !path.length || typeof path[0] !== 'number') return chain || top;
  const i = path[0];
  const block = blocks[i] as Obj | undefined;
  const rest = path.slice(1);
  if (!isObj(block)) return `${chain || top}第${i + 1}项`;
  const countOf = (type: string) => blocks.slice(0, i + 1).filter((b) => isObj(b) && b.type === type).length;
  if (block.type === 'section') {
    const name = sectionName(block, i, chain, top, labels);
    if (rest[0] === 'heading') return `${name}标题`;
    if (rest[0] === 'children' && rest.length > 1) return blocksWhere(block.children, rest.slice(1), name, top, labels);
    return name;
  }
  if (block.type === 'table') {
    const name = `${chain || top}第${countOf('table')}个表格`;
    const [, r, c] = rest;
    if (rest[0] !== 'rows' || typeof r !== 'number') return name;
    return typeof c === 'number' ? `${name}第${r + 1}行第${c + 1}格` : `${name}第${r + 1}行`;
  }
  return `${chain || top}第${countOf('paragraph')}段`;
}

/** The place `path` (relative to the document) names, in the clerk's words. */
function documentWhere(doc: Obj, path: readonly Key[]): string {
  const [head, ...rest] = path;
  if (head === undefined) return LIMIT_WORDS.whole;
  if (head === 'lead') return typeof rest[0] === 'number' ? `开头第${rest[0] + 1}段` : '开头';
  if (head === 'body') return blocksWhere(doc.body, rest, '', '正文', numberSections(doc.body as Block[]));
  if (head === 'rollover') return '往年对照信息';
  if (head !== 'meta') return path.join('.');
  const [field, n, sub] = rest;
  if (field === 'attachments' && typeof n === 'number') {
    const name = `附件${n + 1}`;
    if (sub === 'title') return `${name}标题`;
    const blocks = valueAt(doc, ['meta', 'attachments', n, 'blocks']);
    if (sub === 'blocks' && Array.isArray(blocks)) return blocksWhere(blocks, rest.slice(3), name, name, numberSections(blocks as Block[]));
    return name;
  }
  if (field === 'attachments') return '附件';
  const dotted = rest.filter((k) => typeof k !== 'number').join('.');
  return labelAtPath(dotted) ?? ownValue(OTHER_META, dotted.split('.')[0]!) ?? '文件信息';
}

/** Where an issue's path points in `input` (a document, a call's input holding one, or a list of blocks). */
function where(path: readonly Key[], input: unknown, blocksName: string): string {
  if (Array.isArray(input)) return blocksWhere(input, path, '', blocksName, numberSections(input as Block[]));
  for (let i = 0; i <= path.length; i++) {
    const v = valueAt(input, path.slice(0, i));
    if (isDoc(v)) return documentWhere(v, path.slice(i));
  }
  return path.map(String).join('.');
}

/** The last key naming a list: `rows.3` (a row) holds cells. */
function listKey(path: readonly Key[]): string {
  const last = path[path.length - 1];
  if (typeof last === 'number' && path[path.length - 2] === 'rows') return 'cells';
  return String(last ?? '');
}

/**
 * A block is a union (section, paragraph or table): what went wrong inside one comes wrapped,
 * with one list of issues per kind tried. The kind the block claims to be (its `type` matched)
 * is the one that tells.
 */
function unwrap(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const wrongKind = (errs: readonly Issue[]) => errs.some((e) => e.code === 'invalid_value' && e.path.length === 1 && e.path[0] === 'type');
  const branch = issue.errors.find((errs) => errs.length > 0 && !wrongKind(errs)) ?? issue.errors[0];
  const inner = branch?.[0];
  return inner ? unwrap({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

/**
 * Describe one issue of parsing `input` (the value that was parsed). A bare list of blocks (a
 * paste, say) is named `blocksName` in the words: "粘贴的内容第4段过长（…）".
 */
export function describeIssue(wrapped: Issue, input: unknown, blocksName = '正文'): IssueWords {
  const issue = unwrap(wrapped);
  const place = where(issue.path, input, blocksName);
  const params = issue.code === 'custom' ? (issue.params as { kind?: string; size?: number; maximum?: number } | undefined) : undefined;
  if (params?.kind === DRAFT_TOO_LONG && params.size !== undefined && params.maximum !== undefined) {
    return {
      where: place,
      text: place + LIMIT_WORDS.tooLong(params.size, params.maximum),
      action: '请删减',
      limit: true,
    };
  }
  if (params?.kind === SECTION_TOO_DEEP && params.maximum !== undefined) {
    return { where: place, text: place + LIMIT_WORDS.tooDeep(params.maximum), action: '请减少层级', limit: true };
  }
  if (issue.code === 'too_big') {
    const value = valueAt(input, issue.path);
    const max = Number(issue.maximum);
    if (typeof value === 'string') {
      return {
        where: place,
        text: place + LIMIT_WORDS.tooLong(value.length, max),
        action: '请缩短',
        limit: true,
      };
    }
    if (Array.isArray(value)) {
      const [noun, measure] = ownValue(LIST_UNITS, listKey(issue.path)) ?? ['的项目', '项'];
      return {
        where: place,
        text: `${place}${noun}过多（${formatCount(value.length)} ${measure}，上限 ${formatCount(max)} ${measure}）`,
        action: '请删减',
        limit: true,
      };
    }
  }
  return { where: place, text: `${place}格式不正确`, action: '请检查', limit: false };
}

/** The first issue as one sentence: "第三部分标题过长（2,315 字，上限 2,000 字），请缩短后自动保存将继续。" */
export function issueSentence(words: IssueWords, afterAction = ''): string {
  return `${words.text}，${words.action}${afterAction}。`;
}
