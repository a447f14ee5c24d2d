import type Database from 'better-sqlite3';

export interface Migration {
  /** becomes PRAGMA user_version once applied */
  version: number;
  name: string;
  /** SQL run in one transaction */
  up: string;
  /** optional data step run after `up`, in the same transaction (backfills that need code, not just SQL) */
  run?: (db: Database.Database) => void;
}
