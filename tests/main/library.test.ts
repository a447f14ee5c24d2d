import { electronMock } from '../setup/electron-mock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryHost, defaultLibraryFile, libraryPathFor } from '../../electron/main/library';
import { moveLibraryToFolder, openAnotherLibrary, openStartupLibrary, showLibrary } from '../../electron/main/library-actions';
import { backupDir, backupName } from '../../electron/core/backup';

const { electron } = electronMock;
let dir: string;
let host: LibraryHost;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-library-'));
});

afterEach(async () => {
  await host?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('which library', () => {
  it('is $CUTTINGS_LIBRARY, else the last one opened, else Documents/Cuttings/Cuttings Library.sqlite', () => {
    const documentsDir = path.resolve('/home/ana/Documents');
    expect(libraryPathFor({ documentsDir })).toBe(path.join(documentsDir, 'Cuttings', 'Cuttings Library.sqlite'));
    expect(libraryPathFor({ documentsDir, lastLibrary: '/data/press.sqlite' })).toBe('/data/press.sqlite');
    expect(libraryPathFor({ documentsDir, lastLibrary: '/data/press.sqlite', env: { CUTTINGS_LIBRARY: '/tmp/t.sqlite' } })).toBe(
      path.resolve('/tmp/t.sqlite'),
    );
    expect(defaultLibraryFile(documentsDir)).toBe(libraryPathFor({ documentsDir }));
  });
});

describe('LibraryHost', () => {
  it('opens a library (creating it), serves its API, and remembers it', async () => {
    const onOpened = vi.fn();
    host = new LibraryHost({ onOpened });
    expect(() => host.api).toThrow(/no library is open/);
    const file = path.join(dir, 'new', 'Cuttings Library.sqlite');
    await host.open(file);
    expect(fs.existsSync(file)).toBe(true);
    await expect(host.api.version({})).resolves.toMatchObject({ library: file });
    expect(onOpened).toHaveBeenCalledWith(file);
  });

  it('switches to another library and closes the first', async () => {
    host = new LibraryHost();
    const first = await host.open(path.join(dir, 'a.sqlite'));
    await host.open(path.join(dir, 'b.sqlite'));
    expect(first.db.open).toBe(false);
    await expect(host.api.version({})).resolves.toMatchObject({ library: path.join(dir, 'b.sqlite') });
  });

  it('keeps the open library when another cannot be opened', async () => {
    host = new LibraryHost();
    await host.open(path.join(dir, 'a.sqlite'));
    const broken = path.join(dir, 'broken.sqlite');
    fs.writeFileSync(broken, 'this is not a database, just text '.repeat(200));
    await expect(host.open(broken)).rejects.toThrow();
    await expect(host.api.version({})).resolves.toMatchObject({ library: path.join(dir, 'a.sqlite') });
  });
});

describe('library actions', () => {
  it('Open Library… opens the chosen file and reloads the window', async () => {
    host = new LibraryHost();
    await host.open(path.join(dir, 'a.sqlite'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(dir, 'b.sqlite')] });
    const onSwitched = vi.fn();
    await expect(openAnotherLibrary({ host, getWindow: () => null, onSwitched })).resolves.toBe(true);
    expect(onSwitched).toHaveBeenCalled();
    expect(host.library?.file).toBe(path.join(dir, 'b.sqlite'));
  });

  it('Open Library… cancelled or failing leaves everything as it was', async () => {
    host = new LibraryHost();
    await host.open(path.join(dir, 'a.sqlite'));
    const onSwitched = vi.fn();
    await expect(openAnotherLibrary({ host, getWindow: () => null, onSwitched })).resolves.toBe(false);
    const broken = path.join(dir, 'broken.sqlite');
    fs.writeFileSync(broken, 'not sqlite '.repeat(500));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [broken] });
    await expect(openAnotherLibrary({ host, getWindow: () => null, onSwitched })).resolves.toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalled();
    expect(onSwitched).not.toHaveBeenCalled();
    expect(host.library?.file).toBe(path.join(dir, 'a.sqlite'));
  });

  it('at start-up, a library that cannot be opened offers another one, or quitting', async () => {
    host = new LibraryHost();
    const broken = path.join(dir, 'broken.sqlite');
    fs.writeFileSync(broken, 'not sqlite '.repeat(500));
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(dir, 'ok.sqlite')] });
    await expect(openStartupLibrary(broken, { host, getWindow: () => null })).resolves.toBe(true);
    expect(host.library?.file).toBe(path.join(dir, 'ok.sqlite'));

    const other = new LibraryHost();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(openStartupLibrary(broken, { host: other, getWindow: () => null })).resolves.toBe(false);
  });

  it('at start-up, a damaged library with a backup offers the newest backup and keeps the damaged file', async () => {
    const file = path.join(dir, 'main.sqlite');
    const first = new LibraryHost();
    await first.open(file);
    first.library!.db.prepare("INSERT INTO tags (name, kind) VALUES ('Kept in the backup', 'topic')").run();
    fs.mkdirSync(backupDir(file), { recursive: true });
    first.library!.db.exec(`VACUUM INTO '${path.join(backupDir(file), backupName(file, 'daily', new Date('2026-01-01T00:00:00Z'))).replace(/'/g, "''")}'`);
    await first.close();
    fs.writeFileSync(file, 'damaged '.repeat(1000));

    host = new LibraryHost();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await expect(openStartupLibrary(file, { host, getWindow: () => null })).resolves.toBe(true);
    const asked = electron.dialog.showMessageBox.mock.calls.at(-1)![0] as { buttons: string[]; detail: string };
    expect(asked.buttons).toEqual(['Restore Newest Backup', 'Open Another Library…', 'Quit']);
    expect(asked.detail).toMatch(/newest backup is main 2026-01-01T00-00-00Z daily\.sqlite/);
    expect(host.library?.file).toBe(file);
    expect(host.library!.db.prepare('SELECT name FROM tags').pluck().all()).toEqual(['Kept in the backup']);
    const damaged = fs.readdirSync(dir).filter((n) => n.startsWith('main.sqlite.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, damaged[0]!), 'utf8')).toMatch(/^damaged /);
  });

  it('Show Library selects the library file', async () => {
    host = new LibraryHost();
    await host.open(path.join(dir, 'a.sqlite'));
    showLibrary(host);
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(path.join(dir, 'a.sqlite'));
  });

  it('Move library… moves the file to the chosen folder, switches to it, and reloads the window', async () => {
    const onSwitched = vi.fn();
    host = new LibraryHost();
    const file = path.join(dir, 'old', 'press.sqlite');
    await host.open(file);
    host.library!.db.prepare("INSERT INTO tags (name, kind) VALUES ('Moved along', 'topic')").run();
    const folder = path.join(dir, 'new');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    await expect(moveLibraryToFolder({ host, getWindow: () => null, onSwitched })).resolves.toBe(true);
    const moved = path.join(folder, 'press.sqlite');
    expect(host.library?.file).toBe(moved);
    expect(host.library!.db.prepare('SELECT name FROM tags').pluck().all()).toEqual(['Moved along']);
    expect(fs.existsSync(file)).toBe(false);
    expect(onSwitched).toHaveBeenCalledTimes(1);
    const asked = electron.dialog.showOpenDialog.mock.calls.at(-1)![0] as { properties: string[] };
    expect(asked.properties).toContain('openDirectory');
  });

  it('Move library… into a folder that has a file of that name says so and keeps the library where it is', async () => {
    const onSwitched = vi.fn();
    const onError = vi.fn();
    host = new LibraryHost();
    const file = path.join(dir, 'press.sqlite');
    await host.open(file);
    const folder = path.join(dir, 'taken');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'press.sqlite'), 'not ours');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    await expect(moveLibraryToFolder({ host, getWindow: () => null, onSwitched, onError })).resolves.toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('The library could not be moved', expect.stringMatching(/already exists/));
    expect(onError).toHaveBeenCalled();
    expect(host.library?.file).toBe(file);
    expect(host.library!.db.open).toBe(true);
    expect(fs.readFileSync(path.join(folder, 'press.sqlite'), 'utf8')).toBe('not ours');
    expect(onSwitched).not.toHaveBeenCalled();

    // while an import runs, the move waits for it (no folder is asked for)
    electron.dialog.showOpenDialog.mockClear();
    await expect(moveLibraryToFolder({ host, getWindow: () => null, onSwitched, importing: () => true })).resolves.toBe(false);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(electron.dialog.showErrorBox).toHaveBeenLastCalledWith('The library could not be moved', expect.stringMatching(/import is still running/));

    // cancelling the folder dialog does nothing
    await expect(moveLibraryToFolder({ host, getWindow: () => null, onSwitched })).resolves.toBe(false);
    expect(host.library?.file).toBe(file);
  });
});
