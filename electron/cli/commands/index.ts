/** The CLI's command table: one entry per command, one file per command. */
import type { Command } from '../command';
import { templatesCommand } from './templates';

export const COMMANDS: Command[] = [templatesCommand];
