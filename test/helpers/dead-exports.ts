/**
 * Exports nobody imports: a name a module exports that no other module of the repository (app,
 * tests, benchmarks, scripts) imports, directly or through a re-export. Read with regexes over the
 * import statements, erring towards "used": a namespace import (`import * as x`), `export *` and
 * a dynamic `import()` count as using every name of the module.
 */
import { resolve } from './import-graph';

const DECLARED = /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|interface|type|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/gm;
const LISTED = /^export\s+(?:type\s+)?\{([^}]*)\}(?!\s*from)/gm;
const REEXPORT = /^export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/gm;
const STAR = /^export\s+\*\s+(?:as\s+\w+\s+)?from\s*['"]([^'"]+)['"]/gm;
const IMPORT = /^[ \t]*import\s+(?:type\s+)?([^'";]*?)\s+from\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const names = (list: string) =>
  list
    .split(',')
    .map((s) => s.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((s) => {
      const [from, as] = s.split(/\s+as\s+/);
      return { from: from!.trim(), as: (as ?? from)!.trim() };
    });

export function deadExports(sources: ReadonlyMap<string, string>): string[] {
  const files = new Set(sources.keys());
  const exported = new Map<string, Set<string>>();
  const used = new Map<string, Set<string>>();
  const everything = new Set<string>();
  /** module → [its re-export source, name there, name here] */
  const forwards: [string, string, string, string][] = [];
  const use = (file: string | undefined, name: string) => {
    if (!file) return;
    if (!used.has(file)) used.set(file, new Set());
    used.get(file)!.add(name);
  };
  for (const [file, text] of sources) {
    const own = new Set<string>();
    for (const m of text.matchAll(DECLARED)) own.add(m[1]!);
    for (const m of text.matchAll(LISTED)) for (const n of names(m[1]!)) own.add(n.as);
    if (/^export\s+default\b/m.test(text)) own.add('default');
    for (const m of text.matchAll(REEXPORT)) {
      const target = resolve(file, m[2]!, files);
      for (const n of names(m[1]!)) {
        own.add(n.as);
        if (target) forwards.push([file, target, n.from, n.as]);
      }
    }
    for (const m of text.matchAll(STAR)) everything.add(resolve(file, m[1]!, files) ?? '');
    exported.set(file, own);
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(file, m[2]!, files);
      const clause = m[1]!;
      if (/\*\s+as\s+/.test(clause)) everything.add(target ?? '');
      const braces = /\{([^}]*)\}/.exec(clause);
      if (braces) for (const n of names(braces[1]!)) use(target, n.from);
      if (/^\s*(?:type\s+)?[A-Za-z_$][\w$]*\s*(?:,|$)/.test(clause)) use(target, 'default');
    }
    for (const m of text.matchAll(DYNAMIC)) everything.add(resolve(file, m[1]!, files) ?? '');
  }
  // A name used through a re-export is used at its source (repeat: chains of re-exports).
  for (let changed = true; changed; ) {
    changed = false;
    for (const [file, target, from, as] of forwards) {
      const usedHere = used.get(file)?.has(as) || everything.has(file);
      if (usedHere && !used.get(target)?.has(from)) {
        use(target, from);
        changed = true;
      }
    }
  }
  const dead: string[] = [];
  for (const [file, own] of exported) {
    if (everything.has(file)) continue;
    for (const name of own) if (!used.get(file)?.has(name)) dead.push(`${file}: ${name}`);
  }
  return dead.sort();
}
