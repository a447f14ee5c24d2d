// main.ts end to end against the fake electron: the setups run in order, a library is opened in Documents,
// the window loads app://, every API call is served, and files from a second launch are imported.
import { electronMock } from '../setup/electron-mock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CALLS } from '../../electron/shared/api-schema';
import { apiChannel, LIBRARY_CHANNELS, MENU_CHANNEL } from '../../electron/shared/bridge';

const { electron, state } = electronMock;
let dir: string;
const argv = process.argv;
const listeners = { exception: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-main-'));
  state.paths = { userData: path.join(dir, 'userData'), documents: path.join(dir, 'Documents'), appPath: path.join(dir, 'app') };
  process.argv = ['/x/electron', '.'];
  vi.stubEnv('CUTTINGS_LIBRARY', '');
  vi.resetModules();
});

afterEach(async () => {
  process.argv = argv;
  vi.unstubAllEnvs();
  // let before-quit close the library, then drop the process listeners main added
  for (const listener of electron.app.listeners.get('before-quit') ?? []) listener({ preventDefault() {} });
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const l of process.listeners('uncaughtException')) if (!listeners.exception.includes(l)) process.off('uncaughtException', l);
  for (const l of process.listeners('unhandledRejection')) if (!listeners.rejection.includes(l)) process.off('unhandledRejection', l);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startMain() {
  await import('../../electron/main/main');
  await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
  return electron.BrowserWindow.instances[0]!;
}

describe('main.ts', { timeout: 30_000 }, () => {
  it('starts the shell: scheme, security, protocol, library, IPC, menu, window', async () => {
    const win = await startMain();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.protocol.handlers.has('app')).toBe(true);
    expect(electron.session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...API_CALLS.map((call) => apiChannel(call)), ...Object.values(LIBRARY_CHANNELS)].sort());
    expect(win.loadedUrl).toBe('app://cuttings/index.html');
    expect(win.options.webPreferences.preload).toBe(path.join(dir, 'app', 'dist', 'preload', 'preload.cjs'));

    const library = path.join(dir, 'Documents', 'Cuttings', 'Cuttings Library.sqlite');
    expect(fs.existsSync(library)).toBe(true);
    const settings = JSON.parse(fs.readFileSync(path.join(dir, 'userData', 'settings.json'), 'utf8'));
    expect(settings.lastLibrary).toBe(library);

    const frame = win.webContents.mainFrame;
    const version = electron.ipcMain.handlers.get(apiChannel('version'))!;
    await expect(version({ senderFrame: frame, sender: win.webContents }, {})).resolves.toMatchObject({ library });
  });

  it('quits at once when another Cuttings holds the lock', async () => {
    state.singleInstanceLock = false;
    await import('../../electron/main/main');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('imports the files of a second launch once the window has loaded', async () => {
    const win = await startMain();
    const clip = path.join(dir, 'story.txt');
    fs.writeFileSync(clip, 'Headline\n\nA body of text for the import.\n');
    electron.app.emit('second-instance', {}, ['/x/electron', '.', clip], dir, {});
    expect(win.webContents.sent.filter((m) => m.channel === MENU_CHANNEL)).toEqual([]);
    win.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(win.webContents.sent).toContainEqual({ channel: MENU_CHANNEL, args: ['import'] }));
    expect(win.focus).toHaveBeenCalled();
  });

  it('opens the logs from Help > Show Logs', async () => {
    await startMain();
    const template = electron.Menu.applicationMenu!.template as { label?: string; role?: string; submenu?: { label?: string; click?: () => void }[] }[];
    const help = template.find((m) => m.role === 'help')!;
    help.submenu!.find((i) => i.label === 'Show Logs')!.click!();
    expect(electron.shell.openPath).toHaveBeenCalledWith(path.join(dir, 'userData', 'logs', 'cuttings.log'));
    expect(fs.existsSync(path.join(dir, 'userData', 'logs', 'cuttings.log'))).toBe(true);
  });

  type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
  function menuItem(label: string): Item {
    const walk = (items: Item[]): Item | undefined =>
      items.map((i) => (i.label === label ? i : walk(i.submenu ?? []))).find(Boolean);
    const found = walk(electron.Menu.applicationMenu!.template as Item[]);
    if (!found) throw new Error(`no menu item ${label}`);
    return found;
  }

  it('File > Import… picks files, shows the import panel and imports them in the background', async () => {
    const win = await startMain();
    win.webContents.emit('did-finish-load');
    const clip = path.join(dir, 'picked.txt');
    fs.writeFileSync(clip, 'Picked headline\n\nSome body text.\n');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [clip] });
    menuItem('Import…').click!();
    await vi.waitFor(() => expect(win.webContents.sent).toContainEqual({ channel: MENU_CHANNEL, args: ['import'] }));
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({ buttonLabel: 'Import' }));
  });

  it('File > Open Library… reopens on the chosen file, remembers it and reloads the window', async () => {
    const win = await startMain();
    const other = path.join(dir, 'Elsewhere', 'Other.sqlite');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    menuItem('Open Library…').click!();
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    const settings = JSON.parse(fs.readFileSync(path.join(dir, 'userData', 'settings.json'), 'utf8'));
    expect(settings.lastLibrary).toBe(other);
    const version = electron.ipcMain.handlers.get(apiChannel('version'))!;
    await expect(version({ senderFrame: win.webContents.mainFrame, sender: win.webContents }, {})).resolves.toMatchObject({ library: other });
  });

  it('Settings > Move library… moves the library to the chosen folder, remembers it and reloads the window', async () => {
    const win = await startMain();
    const old = path.join(dir, 'Documents', 'Cuttings', 'Cuttings Library.sqlite');
    const folder = path.join(dir, 'Moved');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const move = electron.ipcMain.handlers.get(LIBRARY_CHANNELS.move)!;
    await expect(move({ senderFrame: win.webContents.mainFrame, sender: win.webContents })).resolves.toBe(true);
    expect(win.webContents.reload).toHaveBeenCalled();
    const moved = path.join(folder, 'Cuttings Library.sqlite');
    const settings = JSON.parse(fs.readFileSync(path.join(dir, 'userData', 'settings.json'), 'utf8'));
    expect(settings.lastLibrary).toBe(moved);
    expect(fs.existsSync(old)).toBe(false);
    const version = electron.ipcMain.handlers.get(apiChannel('version'))!;
    await expect(version({ senderFrame: win.webContents.mainFrame, sender: win.webContents }, {})).resolves.toMatchObject({ library: moved });
  });

  it('remembers the window where it was left', async () => {
    const win = await startMain();
    win.setBounds({ x: 40, y: 30, width: 1000, height: 700 });
    win.close();
    const settings = JSON.parse(fs.readFileSync(path.join(dir, 'userData', 'settings.json'), 'utf8'));
    expect(settings.window).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: false });
  });
});
