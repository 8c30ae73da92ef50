/**
 * Clerk-facing Chinese written inline in code: every string or template literal holding a Chinese
 * sentence (Han characters with sentence punctuation, or a Han phrase of some length) in a file
 * that is not a message file. Read with the TypeScript parser, so comments never count and a
 * template's pieces are read as the one sentence they make.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface InlineSentence {
  file: string;
  line: number;
  text: string;
}

const HAN = /\p{Script=Han}/u;
/** A sentence: Han characters and a sentence mark, or four Han characters in all. */
const MARK = /[。！？；：，、（）“”]/u;
const HAN_ALL = /\p{Script=Han}/gu;
const isSentence = (t: string) => (HAN.test(t) && MARK.test(t)) || (t.match(HAN_ALL)?.length ?? 0) >= 4;

/** Where Chinese text belongs: message files (messages.ts, or any file in a messages/ folder). */
export function isMessageFile(file: string): boolean {
  return /(^|\/)messages(\.tsx?|\/)/.test(file) || /(^|\/)[\w-]+-messages\.tsx?$/.test(file);
}

function literalText(node: ts.Node, source: ts.SourceFile): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `\${…}${s.literal.text}`).join('');
  if (ts.isJsxText(node)) return node.getText(source).trim() || null;
  return null;
}

export function inlineSentences(root: string, file: string): InlineSentence[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  // Most files hold Chinese only in comments: parse only those with some outside them (a rough
  // cut that errs towards parsing).
  if (!HAN.test(text.replace(/\/\*[^]*?\*\/|(?<![:'"`])\/\/.*$/gm, ''))) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: InlineSentence[] = [];
  const visit = (node: ts.Node) => {
    const t = literalText(node, source);
    if (t !== null && isSentence(t)) {
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: t });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Source files (posix, relative to root) under `dirs`, tests excluded. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(rel);
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}
