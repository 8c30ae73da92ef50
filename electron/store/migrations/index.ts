/** All migrations, in order. Add one file per version; never edit a released one. */
import { migration001 } from './001-initial';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
