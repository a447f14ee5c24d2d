// Forward-only migrations, in order. Never edit one that has shipped: add the next.
import { migration0001 } from './0001-initial';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
