/** All migrations, in order. Add one file per version; never edit a released one. */
import { migration001 } from './001-initial';
import { migration002 } from './002-storage';
import { migration003 } from './003-draft-origin-notes';
import { migration004 } from './004-proofread';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
