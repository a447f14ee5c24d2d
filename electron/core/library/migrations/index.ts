// Forward-only migrations, in order. Never edit one that has shipped: add the next.
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-library';
import { migration0003 } from './0003-speakers';
import { migration0004 } from './0004-quote-search-text';
import { migration0005 } from './0005-listing-speed';
import { migration0006 } from './0006-group-keys';
import { migration0007 } from './0007-title-search';
import { migration0008 } from './0008-deferred-search-rows';
import { migration0009 } from './0009-less-per-clip';
import { migration0010 } from './0010-lead-search';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008,
  migration0009, migration0010];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
