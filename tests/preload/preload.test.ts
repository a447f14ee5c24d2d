import { electronMock } from '../setup/electron-mock';
import { describe, expect, it, vi } from 'vitest';
import { API_CALLS } from '../../electron/shared/api-schema';
import { apiChannel, IMPORT_PROGRESS_CHANNEL, LIBRARY_CHANNELS, MENU_CHANNEL } from '../../electron/shared/bridge';
import { bridge, remoteErrorMessage } from '../../electron/preload/preload';

const { electron } = electronMock;
// recorded while the preload was evaluated (the mock is reset before each test)
const exposedAtLoad = { ...electron.contextBridge.exposed };
const SHELL_METHODS = ['moveLibrary', 'onImportProgress', 'onMenuCommand', 'openAnotherLibrary', 'pathsForFiles', 'showLibrary'];

describe('the preload bridge', () => {
  it('is exposed as window.cuttings', () => {
    expect(Object.keys(exposedAtLoad)).toEqual(['cuttings']);
    expect(exposedAtLoad.cuttings).toBe(bridge);
  });

  it('has exactly one method per API call plus the shell methods, all functions', () => {
    const keys = Object.keys(bridge);
    const apiKeys = keys.filter((key) => !SHELL_METHODS.includes(key));
    expect(apiKeys.sort()).toEqual([...API_CALLS].sort());
    expect(keys.filter((key) => SHELL_METHODS.includes(key)).sort()).toEqual(SHELL_METHODS);
    expect(keys.length).toBe(API_CALLS.length + SHELL_METHODS.length);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends the Settings library actions on their own fixed channels, with no argument, and unwraps errors', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce(true).mockResolvedValueOnce(false).mockResolvedValueOnce(undefined);
    await expect(bridge.moveLibrary()).resolves.toBe(true);
    await expect(bridge.openAnotherLibrary()).resolves.toBe(false);
    await expect(bridge.showLibrary()).resolves.toBeUndefined();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[LIBRARY_CHANNELS.move], [LIBRARY_CHANNELS.open], [LIBRARY_CHANNELS.show]]);
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error(`Error invoking remote method '${LIBRARY_CHANNELS.move}': Error: disk full`));
    await expect(bridge.moveLibrary()).rejects.toThrow(/^disk full$/);
  });

  it('exposes nothing generic', () => {
    for (const name of ['send', 'invoke', 'on', 'ipcRenderer', 'require']) expect(bridge).not.toHaveProperty(name);
  });

  it.each(API_CALLS)('%s invokes its own channel with the argument as given', async (call) => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: call });
    const arg = { probe: call };
    await expect((bridge[call] as (arg: unknown) => Promise<unknown>)(arg)).resolves.toEqual({ ok: call });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(apiChannel(call), arg);
  });

  it('passes on a failed call as the handler’s plain message', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(
      new Error("Error invoking remote method 'cuttings:api:getClip': Error: getClip: id: Too small"),
    );
    await expect(bridge.getClip({ id: 0 })).rejects.toThrow(/^getClip: id: Too small$/);
    expect(remoteErrorMessage(new Error('plain'))).toBe('plain');
  });

  it('delivers menu commands and import progress, without the IPC event, until unsubscribed', () => {
    const commands = vi.fn();
    const progress = vi.fn();
    const stopCommands = bridge.onMenuCommand(commands);
    const stopProgress = bridge.onImportProgress(progress);
    const event = { sender: 'secret' };
    electron.ipcRenderer.emit(MENU_CHANNEL, event, 'find');
    electron.ipcRenderer.emit(IMPORT_PROGRESS_CHANNEL, event, { jobId: 'j', state: 'running' });
    expect(commands).toHaveBeenCalledWith('find');
    expect(commands.mock.calls[0]).toHaveLength(1);
    expect(progress).toHaveBeenCalledWith({ jobId: 'j', state: 'running' });

    stopCommands();
    stopProgress();
    expect(electron.ipcRenderer.listenerCount(MENU_CHANNEL)).toBe(0);
    expect(electron.ipcRenderer.listenerCount(IMPORT_PROGRESS_CHANNEL)).toBe(0);
    electron.ipcRenderer.emit(MENU_CHANNEL, event, 'export');
    expect(commands).toHaveBeenCalledTimes(1);
  });

  it('unsubscribes only its own listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.onMenuCommand(first);
    bridge.onMenuCommand(second);
    stopFirst();
    electron.ipcRenderer.emit(MENU_CHANNEL, {}, 'import');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('import');
  });

  it('finds the real paths of dropped files, with "" for a file that has none', () => {
    electron.webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new Error('not a File');
    });
    const files = [{ name: 'a.txt' }, { name: 'b.html' }] as unknown as File[];
    expect(bridge.pathsForFiles(files)).toEqual(['', '/dropped/b.html']);
  });
});
