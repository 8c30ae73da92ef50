/**
 * A tiny XML reader for the parts of a .docx we read (document.xml, numbering.xml, styles.xml).
 * Pure (no DOMParser, which Node lacks): elements with attributes and children, text decoded;
 * comments, processing instructions and DOCTYPE skipped. Not a validating parser: Word writes
 * well-formed XML, and anything odd is reported as a bad file by the caller.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

export class XmlError extends Error {}

/**
 * A file past one of the reader's limits: refused while reading, before the tree grows. The
 * limits are shared by all parts of one file (document, styles, numbering) through one budget.
 */
export class XmlLimitError extends Error {}

/**
 * What one file may hold. A real report's document.xml has some tens of thousands of nodes, a
 * dozen or two levels of nesting and a few hundred thousand characters of text; a 100-page report
 * full of tables stays well below a quarter of each. Past them the file is a flood, not a report.
 * Each node costs ~200 bytes of tree, so the node limit also bounds memory (~100 MB).
 */
export const XML_LIMITS = {
  /** Elements, attributes and text pieces together, over all parts of one file. */
  maxNodes: 500_000,
  /** Element nesting. Word's own documents rarely pass 40 (tables in tables in text boxes). */
  maxDepth: 256,
  /** Characters of text and attribute values together, over all parts of one file. */
  maxTextChars: 16_000_000,
} as const;

export interface XmlBudget {
  nodes: number;
  textChars: number;
  readonly maxDepth: number;
}

export function xmlBudget(limits: { maxNodes: number; maxDepth: number; maxTextChars: number } = XML_LIMITS): XmlBudget {
  return { nodes: limits.maxNodes, textChars: limits.maxTextChars, maxDepth: limits.maxDepth };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Character and predefined entity references decoded by one scan (a regex with a callback costs a
 * match object per reference, which a file of two million "&lt;" turns into seconds of GC).
 * Unknown or malformed references stay as written; no other entity is ever expanded.
 */
function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let last = 0;
  let semi = -1;
  for (; amp >= 0; amp = s.indexOf('&', amp + 1)) {
    // The next ";" is looked for again only once passed: "&&&&…;" stays one scan.
    if (semi <= amp) semi = s.indexOf(';', amp + 1);
    if (semi < 0) break;
    if (semi - amp > 12) continue;
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const hex = ref.charCodeAt(1) === 0x78 || ref.charCodeAt(1) === 0x58;
      const digits = ref.slice(hex ? 2 : 1);
      if (digits && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        const code = parseInt(digits, hex ? 16 : 10);
        if (code <= 0x10ffff) ch = String.fromCodePoint(code);
      }
    } else if (Object.hasOwn(ENTITIES, ref)) ch = ENTITIES[ref];
    if (ch === undefined) continue;
    out += s.slice(last, amp) + ch;
    last = semi + 1;
    amp = semi;
  }
  return last === 0 ? s : out + s.slice(last);
}

function spend(budget: XmlBudget, nodes: number, chars: number): void {
  budget.nodes -= nodes;
  budget.textChars -= chars;
  if (budget.nodes < 0 || budget.textChars < 0) throw new XmlLimitError('内容过多');
}

/**
 * Parse `xml` into a tree, spending `budget` as it goes: the first node past a limit stops the
 * read, so a flood costs no more than the limit. One pass, no recursion, no backtracking regex.
 */
export function parseXml(xml: string, budget: XmlBudget = xmlBudget()): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1]!;
      // Whitespace between elements is layout, except inside text-bearing elements.
      if (stack.length > 1 && (top.name.endsWith(':t') || !isBlank(xml, i, textEnd))) {
        spend(budget, 1, textEnd - i);
        top.children.push(decodeEntities(xml.slice(i, textEnd)));
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) i = skipTo(xml, '-->', lt);
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt);
        if (end < 0) throw new XmlError('CDATA 未结束');
        spend(budget, 1, end - lt);
        stack[stack.length - 1]!.children.push(xml.slice(lt + 9, end));
        i = end + 3;
      } else i = skipDeclaration(xml, lt);
      continue;
    }
    if (next === 0x3f /* ? */) {
      i = skipTo(xml, '?>', lt);
      continue;
    }
    const gt = findTagEnd(xml, lt);
    if (next === 0x2f /* / */) {
      const name = xml.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (!top || top.name !== name || stack.length === 0) throw new XmlError(`标签不匹配：${name}`);
      i = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const innerEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < innerEnd && !isSpaceCode(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    spend(budget, 1, 0);
    // No prototype: an attribute named __proto__ or constructor is just an attribute.
    const el: XmlElement = { name, attrs: Object.create(null) as Record<string, string>, children: [] };
    if (nameEnd < innerEnd) readAttributes(xml, nameEnd, innerEnd, el.attrs, budget);
    stack[stack.length - 1]!.children.push(el);
    if (!selfClosing) {
      stack.push(el);
      if (stack.length > budget.maxDepth) throw new XmlLimitError('层级过深');
    }
    i = gt + 1;
  }
  if (stack.length !== 1) throw new XmlError('文档结构未结束');
  return root;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(s.charCodeAt(k)) && !/\s/.test(s[k]!)) return false;
  return true;
}

/**
 * name="value" pairs in xml[from, to), by hand: the regex this replaces retried from every
 * character of a long name with no "=" (quadratic). Anything that is not a pair is skipped.
 */
function readAttributes(xml: string, from: number, to: number, attrs: Record<string, string>, budget: XmlBudget): void {
  // Each attribute has an "=": past the budget in "="s, refuse before building any of them.
  let equals = 0;
  for (let at = xml.indexOf('=', from); at >= 0 && at < to; at = xml.indexOf('=', at + 1)) equals++;
  if (equals > budget.nodes) throw new XmlLimitError('属性过多');
  let k = from;
  while (k < to) {
    while (k < to && isSpaceCode(xml.charCodeAt(k))) k++;
    const nameStart = k;
    while (k < to) {
      const c = xml.charCodeAt(k);
      if (isSpaceCode(c) || c === 0x3d /* = */ || c === 0x2f || c === 0x3e) break;
      k++;
    }
    const attrName = xml.slice(nameStart, k);
    while (k < to && isSpaceCode(xml.charCodeAt(k))) k++;
    if (xml.charCodeAt(k) !== 0x3d || !attrName) {
      k = Math.max(k, nameStart + 1);
      continue;
    }
    k++;
    while (k < to && isSpaceCode(xml.charCodeAt(k))) k++;
    const quote = xml.charCodeAt(k);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = xml.indexOf(String.fromCharCode(quote), k + 1);
    if (close < 0 || close >= to) throw new XmlError('属性未结束');
    spend(budget, 1, close - k);
    attrs[attrName] = decodeEntities(xml.slice(k + 1, close));
    k = close + 1;
  }
}

/** <!DOCTYPE …> with an internal subset [ … ] (entity declarations are skipped, never expanded). */
function skipDeclaration(xml: string, from: number): number {
  const gt = xml.indexOf('>', from);
  const bracket = xml.indexOf('[', from);
  if (bracket >= 0 && (gt < 0 || bracket < gt)) return skipTo(xml, '>', skipTo(xml, ']', bracket));
  if (gt < 0) throw new XmlError('标记未结束');
  return gt + 1;
}

function skipTo(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlError('标记未结束');
  return at + marker.length;
}

/** The `>` closing a tag, skipping `>` inside quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  throw new XmlError('标签未结束');
}

/** Child elements, optionally only those named `name`. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (!name || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Attribute `w:val` (or another) of the child named `name`. */
export function childVal(el: XmlElement | undefined, name: string, attr = 'w:val'): string | undefined {
  return child(el, name)?.attrs[attr];
}
