// What a shipped JavaScript bundle reaches for at run time: the modules it requires, and the paths
// it computes from where it lies (__dirname, __filename, process.resourcesPath).
//
// Read from the text, on purpose not from a syntax tree: every occurrence counts, in code and in
// code carried as a string (the import worker inside each bundle runs by eval). Each occurrence
// must be one of two exact forms — `require("x")` / `import("x")` with a string literal, or
// `<path>.join|resolve(<base>, "literal", …)` (also as esbuild writes it, `(0, p.join)(…)`) — and is then checked; any other occurrence is
// reported as something the check cannot follow, never guessed at. (A parser took 30 s a run on
// the 6 MB of bundles on a busy machine; this takes well under one.)

/** A string literal in any of JavaScript's three quotes, escapes included (no substitutions). */
const STRING = String.raw`(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\x60(?:[^\x60\\$]|\\.)*\x60)`;
const LOAD = new RegExp(String.raw`\b(?:require|import)\s*\(\s*(${STRING})\s*\)`, 'g');
const ANY_LOAD = /\b(?:require|import)\s*\(/g;
const PATH = new RegExp(
  String.raw`\.(?:join|resolve)\)?\(\s*(__dirname|__filename|process\.resourcesPath)((?:\s*,\s*${STRING})*)\s*\)`,
  'g',
);
const ANY_BASE = /\b(?:__dirname|__filename)\b|\bprocess\.resourcesPath\b/g;

/** The value of a string literal as written in the source (its escapes undone). */
function unquote(literal) {
  const body = literal.slice(1, -1);
  return literal[0] === '"' ? JSON.parse(literal) : JSON.parse(`"${body.replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/"/g, '\\"')}"`);
}

/**
 * @returns {{ requires: {spec: string, line: number}[], paths: {base: string, segments: string[], line: number}[],
 *   unresolved: {what: string, line: number, text: string}[] }}
 */
export function bundleRefs(code) {
  // Line numbers, for the report: offsets of each line start.
  const starts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
  const line = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const around = (offset) => code.slice(offset, offset + 100).split('\n')[0];
  const out = { requires: [], paths: [], unresolved: [] };

  const loads = new Set();
  for (const m of code.matchAll(LOAD)) {
    loads.add(m.index);
    out.requires.push({ spec: unquote(m[1]), line: line(m.index) });
  }
  for (const m of code.matchAll(ANY_LOAD))
    if (!loads.has(m.index))
      out.unresolved.push({ what: 'a module loaded by a computed name', line: line(m.index), text: around(m.index) });

  const bases = new Set();
  for (const m of code.matchAll(PATH)) {
    const at = m.index + m[0].indexOf(m[1]);
    bases.add(at);
    const segments = [...m[2].matchAll(new RegExp(STRING, 'g'))].map((s) => unquote(s[0]));
    out.paths.push({ base: m[1] === 'process.resourcesPath' ? 'resourcesPath' : m[1], segments, line: line(at) });
  }
  for (const m of code.matchAll(ANY_BASE))
    if (!bases.has(m.index))
      out.unresolved.push({ what: `a path computed from ${m[0]}`, line: line(m.index), text: around(Math.max(0, m.index - 40)) });
  return out;
}
