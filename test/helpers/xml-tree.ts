/**
 * A minimal XML tree for the WordprocessingML parts the `docx` package writes (styles, settings),
 * so the exporter can add what that package cannot express, and the tests can read a file back the
 * way Word resolves it. Text and attribute values are kept in their escaped form, so a part that
 * is parsed and written again is unchanged except where it was edited. No DTDs, no entities
 * beyond XML's five, no namespaces resolution (names keep their prefix, e.g. "w:pPr").
 */

export interface XmlElement {
  name: string;
  /** [name, escaped value] in document order. */
  attrs: [string, string][];
  children: XmlNode[];
}
/** An element, or a run of character data (escaped, as in the source). */
type XmlNode = XmlElement | string;

interface XmlDocument {
  /** Everything before the root element (declaration, comments), verbatim. */
  prolog: string;
  root: XmlElement;
}

/** Parsing limits: these parts are a few hundred KB; anything far larger or deeper is not ours. */
const MAX_CHARS = 64 * 1024 * 1024;
const MAX_DEPTH = 256;

export class XmlError extends Error {}

const NAME = /[^\s/>=]+/y;
const ATTR = /\s*([^\s/>=]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

export function parseXml(text: string): XmlDocument {
  if (text.length > MAX_CHARS) throw new XmlError('XML part too large');
  const start = firstElement(text);
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = start;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    if (end > i && stack.length) stack[stack.length - 1]!.children.push(text.slice(i, end));
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0) throw new XmlError('unterminated comment');
      i = close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) throw new XmlError('unterminated CDATA');
      if (stack.length) stack[stack.length - 1]!.children.push(text.slice(lt, close + 3));
      i = close + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) throw new XmlError('unterminated processing instruction');
      i = close + 2;
      continue;
    }
    if (text[lt + 1] === '/') {
      const close = text.indexOf('>', lt);
      if (close < 0) throw new XmlError('unterminated end tag');
      const name = text.slice(lt + 2, close).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`mismatched end tag </${name}>`);
      i = close + 1;
      if (!stack.length) break;
      continue;
    }
    NAME.lastIndex = lt + 1;
    const m = NAME.exec(text);
    if (!m) throw new XmlError('bad start tag');
    const el: XmlElement = { name: m[0], attrs: [], children: [] };
    let j = NAME.lastIndex;
    for (;;) {
      ATTR.lastIndex = j;
      const a = ATTR.exec(text);
      if (!a) break;
      el.attrs.push([a[1]!, a[3] ?? a[4] ?? '']);
      j = ATTR.lastIndex;
    }
    while (/\s/.test(text[j] ?? '')) j++;
    const selfClosing = text[j] === '/';
    if (selfClosing) j++;
    if (text[j] !== '>') throw new XmlError(`bad start tag <${el.name}>`);
    i = j + 1;
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new XmlError('more than one root element');
    else root = el;
    if (!selfClosing) {
      if (stack.length >= MAX_DEPTH) throw new XmlError('XML nested too deeply');
      stack.push(el);
    } else if (!stack.length) break;
  }
  if (!root || stack.length) throw new XmlError('unterminated XML');
  if (!/^(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*$/.test(text.slice(i))) throw new XmlError('content after the root element');
  return { prolog: text.slice(0, start), root };
}

/** Offset of the root element's start tag (after the declaration and comments). */
function firstElement(text: string): number {
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) throw new XmlError('no root element');
    if (text.startsWith('<?', lt)) i = text.indexOf('?>', lt) + 2;
    else if (text.startsWith('<!--', lt)) i = text.indexOf('-->', lt) + 3;
    else if (text.startsWith('<!', lt)) throw new XmlError('DTDs are not accepted');
    else return lt;
    if (i < 2) throw new XmlError('unterminated prolog');
  }
}

export function serializeXml(doc: XmlDocument): string {
  return doc.prolog + serializeElement(doc.root);
}

function serializeElement(el: XmlElement): string {
  const attrs = el.attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
  if (!el.children.length) return `<${el.name}${attrs}/>`;
  return `<${el.name}${attrs}>${el.children.map((c) => (typeof c === 'string' ? c : serializeElement(c))).join('')}</${el.name}>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** An element with attributes given unescaped. */
export function element(name: string, attrs: Readonly<Record<string, string>> = {}, children: XmlNode[] = []): XmlElement {
  return { name, attrs: Object.entries(attrs).map(([k, v]) => [k, escapeXml(v)]), children };
}

/** The attribute's unescaped value, or undefined. */
export function attr(el: XmlElement, name: string): string | undefined {
  const a = el.attrs.find(([k]) => k === name);
  return a ? unescapeXml(a[1]) : undefined;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every descendant element named `name`, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/**
 * Put `el` among `parent`'s children in schema order: it replaces a child of the same name, or goes
 * before the first child that comes later in `order` (children not in `order` are left in place).
 * WordprocessingML content models are sequences: Word refuses a file whose elements are out of order.
 */
export function setChild(parent: XmlElement, el: XmlElement, order: readonly string[]): void {
  const at = parent.children.findIndex((c) => typeof c !== 'string' && c.name === el.name);
  if (at >= 0) {
    parent.children[at] = el;
    return;
  }
  const rank = order.indexOf(el.name);
  if (rank < 0) throw new XmlError(`${el.name} has no place in <${parent.name}>`);
  const before = parent.children.findIndex((c) => typeof c !== 'string' && order.indexOf(c.name) > rank);
  if (before < 0) parent.children.push(el);
  else parent.children.splice(before, 0, el);
}

/** The child named `name`, created empty in schema order when missing. */
export function ensureChild(parent: XmlElement, name: string, order: readonly string[]): XmlElement {
  const found = child(parent, name);
  if (found) return found;
  const el = element(name);
  setChild(parent, el, order);
  return el;
}

/**
 * A part's meaning as one string, for comparing two writers: what the XML says, without how it
 * was spelled — attribute order, quoting and escapes (`&#x7B49;` is 等), the declaration, and
 * whitespace between elements (none of these parts has mixed content outside w:t, w:instrText and
 * the title, which keep theirs). Written back escaped one way, attributes sorted.
 */
export function canonicalXml(text: string): string {
  const keepsSpace = new Set(['w:t', 'w:instrText', 'dc:title', 'dc:creator']);
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const walk = (el: XmlElement): string => {
    const attrs = el.attrs
      .map(([k, v]) => ` ${k}="${esc(unescapeXml(v))}"`)
      .sort()
      .join('');
    let inner = '';
    for (const c of el.children) {
      if (typeof c !== 'string') inner += walk(c);
      else {
        const t = unescapeXml(c);
        if (keepsSpace.has(el.name) || t.trim()) inner += esc(t);
      }
    }
    return `<${el.name}${attrs}>${inner}</${el.name}>`;
  };
  return walk(parseXml(text).root);
}
