/**
 * `gongwen <command> …`: the same handlers, headless, for administrators, batch work and tests.
 * Exit codes: 0 ok, 1 the command ran and found a problem (e.g. check errors), 2 bad usage or a
 * refused input (message on stderr in Chinese).
 */
import path from 'node:path';
import { enableCompileCache } from 'node:module';
import { COMMANDS } from './commands/index';
import { isUsageError, type CliContext, type CliIO } from './command';
import { toErrorPayload } from '../../shared/errors';
import { defaultDataDir } from '../paths';
import { CLI } from './messages';

function usage(io: CliIO): void {
  io.out(CLI.usage);
  for (const c of COMMANDS) io.out(`  ${c.usage.padEnd(60)} ${c.summary}\n`);
  io.out(CLI.commonFlags);
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const dataDirAt = argv.indexOf('--data-dir');
  let dataDir = defaultDataDir();
  if (dataDirAt >= 0) {
    dataDir = path.resolve(io.cwd, argv[dataDirAt + 1] ?? '.');
    argv = [...argv.slice(0, dataDirAt), ...argv.slice(dataDirAt + 2)];
  }
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(CLI.unknownCommand(name));
    usage(io);
    return 2;
  }
  const ctx: CliContext = { io, dataDir };
  try {
    // Only now is the command's own code loaded: --help and a mistyped command load nothing more.
    const code = await command.load();
    return await code.run(rest, ctx);
  } catch (err) {
    if (isUsageError(err)) {
      io.err(CLI.usageError(err.message, command.usage));
      return 2;
    }
    const p = toErrorPayload(err);
    io.err(CLI.error(p.message));
    // The engine's own words only on request (GONGWEN_DEBUG=1), for whoever reports the bug.
    if (p.code === 'INTERNAL' && process.env.GONGWEN_DEBUG) io.err(`${(err as Error)?.stack ?? String(err)}\n`);
    return 2;
  }
}

// Run directly (the installed app's launchers run this file with the app's executable as Node):
// keep compiled command bundles on disk between runs, as bin/gongwen.cjs does.
if (require.main === module) {
  enableCompileCache?.();
  const io: CliIO = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: process.cwd() };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
