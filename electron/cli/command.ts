/** One CLI command: its name, a Chinese usage line, and what it does. */
import type { Handlers } from '../services/index';
import { ownValue } from '../../shared/own';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Current directory for resolving relative paths. */
  cwd: string;
}

export interface CliContext {
  io: CliIO;
  /** The same handler table the app and the web bridge use. Created lazily (opens SQLite). */
  handlers(): Handlers;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. Throw AppError for a clear Chinese message. */
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** Minimal flag parser: `-o x`, `--year 2025`, `--set a=b` (repeatable), `--web` (boolean). */
export function parseArgs(
  args: string[],
  spec: { strings?: string[]; booleans?: string[]; repeatable?: string[]; aliases?: Record<string, string> },
): { positional: string[]; flags: Record<string, string | boolean>; lists: Record<string, string[]> } {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const lists: Record<string, string[]> = {};
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    const alias = spec.aliases ? ownValue(spec.aliases, a) : undefined;
    if (alias) a = alias;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    let name = a.slice(2);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (spec.booleans?.includes(name)) {
      flags[name] = true;
    } else if (spec.strings?.includes(name) || spec.repeatable?.includes(name)) {
      value ??= args[++i];
      if (value === undefined) throw new UsageError(`参数 --${name} 缺少取值`);
      if (spec.repeatable?.includes(name)) (lists[name] ??= []).push(value);
      else flags[name] = value;
    } else {
      throw new UsageError(`未知参数：--${name}`);
    }
  }
  return { positional, flags, lists };
}

export class UsageError extends Error {}
