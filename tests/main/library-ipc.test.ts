import { electronMock } from '../setup/electron-mock';
import { describe, expect, it, vi } from 'vitest';
import { LIBRARY_CHANNELS } from '../../electron/shared/bridge';
import { setupLibraryIpc } from '../../electron/main/library-ipc';

const { electron, FakeFrame } = electronMock;

function eventFrom(url: string) {
  const frame = new FakeFrame(url);
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

function invoke(channel: string, event: unknown) {
  const handler = electron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  return handler(event) as Promise<unknown>;
}

function actions() {
  return { show: vi.fn(), open: vi.fn(async () => true), move: vi.fn(async () => false), onError: vi.fn() };
}

describe("the Settings dialog's library actions over IPC", () => {
  it('registers one handler per action, each running its own action for the app window', async () => {
    const run = actions();
    expect(setupLibraryIpc(run).sort()).toEqual(Object.values(LIBRARY_CHANNELS).sort());
    const app = eventFrom('app://cuttings/index.html');
    await expect(invoke(LIBRARY_CHANNELS.open, app)).resolves.toBe(true);
    await expect(invoke(LIBRARY_CHANNELS.move, app)).resolves.toBe(false);
    await invoke(LIBRARY_CHANNELS.show, app);
    expect(run.open).toHaveBeenCalledTimes(1);
    expect(run.move).toHaveBeenCalledTimes(1);
    expect(run.show).toHaveBeenCalledTimes(1);
  });

  it('refuses a page that is not the app, without running the action', async () => {
    const run = actions();
    setupLibraryIpc(run);
    await expect(invoke(LIBRARY_CHANNELS.move, eventFrom('https://example.com/'))).rejects.toThrow(/refused/);
    expect(run.move).not.toHaveBeenCalled();
    expect(run.onError).toHaveBeenCalledWith('move', expect.any(Error));
  });

  it('passes a failed action on as its plain message', async () => {
    const run = actions();
    run.move.mockRejectedValueOnce(new Error('the disk is full'));
    setupLibraryIpc(run);
    await expect(invoke(LIBRARY_CHANNELS.move, eventFrom('app://cuttings/index.html'))).rejects.toThrow(/^the disk is full$/);
    expect(run.onError).toHaveBeenCalledWith('move', expect.any(Error));
  });
});
