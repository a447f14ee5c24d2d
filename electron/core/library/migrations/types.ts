export interface Migration {
  /** becomes PRAGMA user_version once applied */
  version: number;
  name: string;
  /** SQL run in one transaction */
  up: string;
}
