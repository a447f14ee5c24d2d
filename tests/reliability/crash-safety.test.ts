// An import killed with SIGKILL at random moments never leaves half a clip, and running it again
// finishes with every file present exactly once.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { processText } from '../../electron/text';
import { writeCorpus } from '../helpers/corpus';
import { cuttings } from '../helpers/cli';
import { REPO_ROOT, tempDir } from '../helpers/temp';

const FILES = 2000;
const KILLS = 4;

function clipCount(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM clips').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** Starts an import, waits until it has stored at least `atLeast` more clips, then kills it. */
async function importAndKill(folder: string, library: string, atLeast: number): Promise<number> {
  const before = clipCount(library);
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/cuttings.js'), 'import', folder, '--json', '--library', library], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null && clipCount(library) < before + atLeast) {
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  await exited;
  return clipCount(library);
}

function checkLibrary(file: string): void {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.prepare("INSERT INTO clip_search(clip_search) VALUES ('integrity-check')").run();
    const clips = db.prepare('SELECT id, original, title, body FROM clips').all() as { id: number; original: string; title: string; body: string }[];
    const searchRows = db.prepare('SELECT count(*) FROM clip_search').pluck().get();
    expect(searchRows).toBe(clips.length);
    const quotes = db.prepare('SELECT count(*) FROM quotes WHERE clip_id = ?').pluck();
    const tags = db.prepare('SELECT count(*) FROM clip_tags WHERE clip_id = ? AND auto = 1').pluck();
    // A complete clip has exactly what the text engine finds in its original: no half-written rows.
    for (const clip of clips.filter((_, i) => i % 25 === 0)) {
      const [expected] = processText(clip.original).articles;
      expect(clip.title).toBe(expected!.title);
      expect(clip.body).toBe(expected!.body);
      expect(quotes.get(clip.id)).toBe(expected!.quotes.length);
      expect(tags.get(clip.id)).toBe(new Set(expected!.tags.map((t) => t.name.toLowerCase())).size);
    }
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during a ${FILES}-file import`, { timeout: 600_000 }, async () => {
    const dir = tempDir('cuttings-crash-');
    const folder = path.join(dir, 'clips');
    writeCorpus(folder, FILES);
    const library = path.join(dir, 'library.sqlite');

    let stored = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      // a random moment: after between 1 and 150 more clips
      stored = await importAndKill(folder, library, 1 + Math.floor(Math.random() * 150));
      checkLibrary(library);
    }
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(FILES);

    const finish = cuttings(['import', folder, '--json', '--library', library]);
    expect(finish.stderr).toBe('');
    const summary = JSON.parse(finish.stdout.trim().split('\n').at(-1)!);
    expect(summary.imported + stored).toBe(FILES);
    checkLibrary(library);
    const db = new Database(library, { readonly: true });
    expect(db.prepare('SELECT count(*), count(DISTINCT file_path) FROM clips').raw().get()).toEqual([FILES, FILES]);
    db.close();
  });
});
