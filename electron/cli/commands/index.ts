/** The CLI's command table: one entry per command, one file per command. */
import type { Command } from '../command';
import { templatesCommand } from './templates';
import { importCommand } from './import';
import { rolloverCommand } from './rollover';
import { outlineCommand } from './outline';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { fixCommand } from './fix';

export const COMMANDS: Command[] = [templatesCommand, importCommand, rolloverCommand, outlineCommand, checkCommand, fixCommand, exportCommand];
