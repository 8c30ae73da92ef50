/**
 * The import graph of the source folders, read with a regex rather than a compiler: every
 * `import … from`, `export … from`, bare `import '…'` and `import('…')` counts, type-only ones
 * included, because a cycle of types still ties two modules into one unit that cannot be read,
 * moved or tested apart. Only relative specifiers are followed (packages cannot point back).
 */
import fs from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(ts|tsx|mts|cts|mjs)$/;
const SPECIFIERS = [
  // import x from '…'; import type { X } from '…'; export { x } from '…'; export * from '…' (may span lines)
  /^[ \t]*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  // import '…' (side effects only)
  /^[ \t]*import\s*['"]([^'"]+)['"]/gm,
  // import('…') — lazy loading and `typeof import('…')` both tie the two modules together
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Relative specifiers of one file's source, in order of appearance per kind. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const pattern of SPECIFIERS) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found.filter((s) => s.startsWith('.'));
}

/** The file a relative specifier names, among `files` (posix paths), or undefined. */
export function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = path.posix.join(path.posix.dirname(from), specifier);
  const stem = base.replace(/\.(js|mjs|cjs|jsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}/index.ts`, `${stem}/index.tsx`];
  return candidates.find((c) => files.has(c));
}

/** file → the files it imports, for every file of `sources` (posix path → text). */
export function importGraph(sources: ReadonlyMap<string, string>): Map<string, string[]> {
  const files = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const targets = specifiers(text)
      .map((s) => resolve(file, s, files))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every cycle, one per strongly connected component of more than one file (or a file importing
 * itself), shown as a path `a → b → … → a` so the message names the edge to cut.
 */
export function findCycles(graph: ReadonlyMap<string, string[]>): string[][] {
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && (graph.get(member) ?? []).includes(member);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((c) => cyclePath(graph, new Set(c)));
}

/** A shortest closed walk inside one component, from its first file in sorted order. */
function cyclePath(graph: ReadonlyMap<string, string[]>, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const walk = [node];
        while (walk[0] !== start) walk.unshift(cameFrom.get(walk[0]!)!);
        return [...walk, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** Source files under `dirs` (relative to `root`), keyed by posix path relative to `root`. */
export function readSources(root: string, dirs: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(rel);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        sources.set(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return sources;
}
