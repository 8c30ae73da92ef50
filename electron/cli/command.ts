/**
 * What a CLI command is: its line in the help (the table in commands/index.ts) and its code (one
 * file per command, loaded only when that command runs).
 */
import { ownValue } from '../../shared/own';
import { CLI } from './messages';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Current directory for resolving relative paths. */
  cwd: string;
}

export interface CliContext {
  io: CliIO;
  /** The data folder (`--data-dir`, else the user's); commands on stored drafts open it through cli/handlers.ts. */
  dataDir: string;
}

/** A command's code (commands/<name>.ts). */
export interface CommandCode {
  /** Returns the process exit code. Throw AppError for a clear Chinese message, UsageError for bad usage. */
  run(args: string[], ctx: CliContext): Promise<number>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** The command's module, loaded on demand so that a command loads only what it needs. */
  load(): Promise<CommandCode>;
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
      if (value === undefined) throw new UsageError(CLI.missingValue(name));
      if (spec.repeatable?.includes(name)) (lists[name] ??= []).push(value);
      else flags[name] = value;
    } else {
      throw new UsageError(CLI.unknownFlag(name));
    }
  }
  return { positional, flags, lists };
}

/**
 * Bad usage: the message and the command's usage line go to stderr, exit code 2. Recognised by
 * name, not by class: each command is bundled on its own (scripts/build-main.mjs), with its own
 * copy of this class.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function isUsageError(err: unknown): err is UsageError {
  return err instanceof Error && err.name === 'UsageError';
}
