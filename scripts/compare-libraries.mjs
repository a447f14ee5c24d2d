// node scripts/compare-libraries.mjs A.db B.db: whether two libraries hold the same data (e.g. the same files imported
// by two versions of the importer), table by table, as a hash of each table's rows in order. Exits 1 if any differ.
// Ignored: clips.imported_at, imports.started_at and finished_at (times of the import). The FTS5 tables that hold
// segments (*_data, *_idx) follow the transactions' sizes, and the contentless indexes' docsize `origin` is a
// segment counter: instead, each full-text index is compared through fts5vocab 'instance' (every term, document,
// column and offset).
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const Database = createRequire(import.meta.url)('better-sqlite3');
const IGNORED = {
  clips: ['imported_at'],
  imports: ['started_at', 'finished_at'],
  clip_title_search_docsize: ['origin'],
  clip_lead_search_docsize: ['origin'],
};
const FTS_SEGMENTS = /_search(_\w+)?_(data|idx)$/;

function digest(file) {
  const db = new Database(file, { fileMustExist: true });
  const out = {};
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").pluck().all();
  for (const table of tables.filter((t) => !FTS_SEGMENTS.test(t))) {
    const columns = db.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck().all(table).filter((c) => !(IGNORED[table] ?? []).includes(c));
    const order = columns.map((_, i) => i + 1).join(', ');
    out[table] = hashRows(db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY ${order}`));
  }
  const indexes = db.prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING fts5(%' ORDER BY name").pluck().all();
  for (const index of indexes) {
    db.exec(`CREATE VIRTUAL TABLE temp."vocab_${index}" USING fts5vocab(main, "${index}", 'instance')`);
    out[`${index} (fts5vocab instance)`] = hashRows(db.prepare(`SELECT term, doc, col, offset FROM temp."vocab_${index}" ORDER BY term, doc, col, offset`));
  }
  db.close();
  return out;
}

function hashRows(statement) {
  const hash = crypto.createHash('sha256');
  let rows = 0;
  for (const row of statement.raw().iterate()) {
    hash.update(JSON.stringify(row, (_key, value) => (Buffer.isBuffer(value) ? value.toString('hex') : value)));
    rows++;
  }
  return `${rows} rows ${hash.digest('hex').slice(0, 16)}`;
}

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) {
  console.error('usage: node scripts/compare-libraries.mjs A.db B.db');
  process.exit(2);
}
const a = digest(fileA);
const b = digest(fileB);
let differ = 0;
for (const table of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
  const same = a[table] === b[table];
  if (!same) differ++;
  console.log(same ? 'same  ' : 'DIFFER', table.padEnd(40), a[table] ?? '(none)', same ? '' : `vs ${b[table] ?? '(none)'}`);
}
console.log(`${differ === 0 ? 'all' : differ} ${differ === 0 ? 'tables the same' : 'tables differ'}`);
process.exitCode = differ ? 1 : 0;
