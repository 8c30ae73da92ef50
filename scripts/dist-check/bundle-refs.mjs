// What a shipped JavaScript bundle reaches for at run time, read from its syntax tree (TypeScript's
// parser): the modules it requires, and the paths it computes from where it lies (__dirname,
// __filename, process.resourcesPath). A path is checkable only when it is such a base joined with
// string literals; anything else is reported as unresolvable rather than guessed at.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

// Required, not imported: an ESM import of the 9 MB CommonJS file scans it for exports first.
const ts = createRequire(import.meta.url)('typescript');

const PATH_BASES = new Set(['__dirname', '__filename']);
/** A string literal longer than this that calls require() is taken for embedded code. */
const EMBEDDED_MIN = 10_000;

/** The base a node names (`__dirname`, `__filename`, `process.resourcesPath`), or null. */
function baseOf(node) {
  if (ts.isIdentifier(node) && PATH_BASES.has(node.text)) {
    const p = node.parent;
    // `x.__dirname` or `{ __dirname: … }` is a name, not the variable.
    if (p && ts.isPropertyAccessExpression(p) && p.name === node) return null;
    if (p && ts.isPropertyAssignment(p) && p.name === node) return null;
    return node.text;
  }
  if (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'process' &&
    node.name.text === 'resourcesPath'
  )
    return 'resourcesPath';
  return null;
}

const literal = (n) => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : null);

/**
 * @returns {{ requires: {spec: string, line: number}[], paths: {base: string, segments: string[], line: number}[],
 *   unresolved: {what: string, line: number, text: string}[] }}
 */
export function bundleRefs(code, fileName) {
  // The same bundle in each arch's package, the same worker inside three bundles: parse each once.
  const key = createHash('sha256').update(code).digest('hex');
  if (!cache.has(key)) cache.set(key, analyse(code, fileName));
  return cache.get(key);
}
const cache = new Map();

function analyse(code, fileName) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const line = (n) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const snippet = (n) => n.getText(sf).slice(0, 160);
  const out = { requires: [], paths: [], unresolved: [] };
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isImport) {
        const spec = node.arguments.length === 1 ? literal(node.arguments[0]) : null;
        if (spec === null) out.unresolved.push({ what: 'module loaded by a computed name', line: line(node), text: snippet(node) });
        else out.requires.push({ spec, line: line(node) });
      }
    }
    // Code carried as a string and run by eval (the import worker inside each bundle): its
    // requires and paths count as the bundle's own.
    if (ts.isStringLiteral(node) && node.text.length > EMBEDDED_MIN && /\brequire\(/.test(node.text)) {
      const inner = bundleRefs(node.text, `${fileName} (embedded code, line ${line(node)})`);
      for (const key of Object.keys(out)) out[key].push(...inner[key]);
    }
    const base = baseOf(node);
    if (base) {
      const call = node.parent;
      const joined =
        call &&
        ts.isCallExpression(call) &&
        call.arguments[0] === node &&
        ts.isPropertyAccessExpression(call.expression) &&
        ['join', 'resolve'].includes(call.expression.name.text) &&
        call.arguments.slice(1).every((a) => literal(a) !== null);
      if (joined) out.paths.push({ base, segments: call.arguments.slice(1).map(literal), line: line(node) });
      else out.unresolved.push({ what: `path computed from ${base}`, line: line(node), text: snippet(call ?? node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
