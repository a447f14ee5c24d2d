import { electronMock } from '../setup/electron-mock';
import { describe, expect, it, vi } from 'vitest';
import type { CuttingsApi } from '../../electron/shared/api';
import { API_CALLS } from '../../electron/shared/api-schema';
import { apiChannel } from '../../electron/shared/bridge';
import { handleApiCall, isTrustedSender, plainMessage, setupIpc } from '../../electron/main/ipc';

const { ipcMain, FakeFrameClass } = { ipcMain: electronMock.electron.ipcMain, FakeFrameClass: electronMock.FakeFrame };

/** an invoke event from a frame at `url`; `top` false makes it a subframe of the page */
function eventFrom(url: string, top = true) {
  const main = new FakeFrameClass('app://cuttings/index.html');
  if (top) {
    main.url = url;
    return { senderFrame: main, sender: { mainFrame: main } };
  }
  const child = new FakeFrameClass(url);
  child.parent = main;
  return { senderFrame: child, sender: { mainFrame: main } };
}

/** a fake API whose every call resolves to its own name and argument */
function echoApi(): CuttingsApi {
  const calls: Record<string, unknown> = {};
  return new Proxy(calls as unknown as CuttingsApi, {
    get: (_target, call: string) => (calls[call] ??= vi.fn(async (arg: unknown) => ({ call, arg }))),
    set: (_target, call: string, value) => {
      calls[call] = value;
      return true;
    },
  });
}

function invoke(call: string, event: unknown, arg: unknown) {
  const handler = ipcMain.handlers.get(apiChannel(call));
  if (!handler) throw new Error(`no handler for ${call}`);
  return handler(event, arg) as Promise<unknown>;
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract call, on the call’s own channel', () => {
    const channels = setupIpc(echoApi);
    const expected = API_CALLS.map((call) => apiChannel(call)).sort();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected);
    expect([...channels].sort()).toEqual(expected);
    expect(ipcMain.handle).toHaveBeenCalledTimes(API_CALLS.length);
  });

  it('forwards a valid call from the app window to the API open now', async () => {
    let api = echoApi();
    setupIpc(() => api);
    await expect(invoke('getClip', eventFrom('app://cuttings/index.html'), { id: 3 })).resolves.toEqual({
      call: 'getClip',
      arg: { id: 3 },
    });
    const other = echoApi();
    api = other;
    await invoke('version', eventFrom('app://cuttings/index.html#/clips'), {});
    expect(other.version).toHaveBeenCalledWith({});
  });

  it.each([
    ['another origin', 'https://evil.example/index.html', true],
    ['a file: page', 'file:///tmp/index.html', true],
    ['another app:// host', 'app://other/index.html', true],
    ['a subframe of the app', 'app://cuttings/frame.html', false],
  ])('refuses a call from %s', async (_label, url, top) => {
    const api = echoApi();
    const onError = vi.fn();
    setupIpc(() => api, { onError });
    await expect(invoke('listClips', eventFrom(url, top), {})).rejects.toThrow(/refused/);
    expect(api.listClips).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    setupIpc(echoApi);
    await expect(invoke('version', { senderFrame: null, sender: { mainFrame: null } }, {})).rejects.toThrow(/refused/);
  });

  it('refuses invalid arguments before the API sees them, with a readable message', async () => {
    const api = echoApi();
    setupIpc(() => api);
    const app = eventFrom('app://cuttings/index.html');
    await expect(invoke('getClip', app, { id: -1 })).rejects.toThrow(/^getClip: id: /);
    await expect(invoke('getClip', app, { id: 1, extra: true })).rejects.toThrow(/getClip/);
    await expect(invoke('startImport', app, { paths: 'not a list' })).rejects.toThrow(/startImport: paths/);
    expect(api.getClip).not.toHaveBeenCalled();
    expect(api.startImport).not.toHaveBeenCalled();
  });

  it('turns API failures into plain messages (no stack crosses)', async () => {
    const api = echoApi();
    (api as { getClip: unknown }).getClip = vi.fn(async () => {
      throw new TypeError('no clip with id 9');
    });
    setupIpc(() => api);
    const failure = await invoke('getClip', eventFrom('app://cuttings/index.html'), { id: 9 }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('no clip with id 9');
    expect((failure as Error).name).toBe('Error');
  });

  it('types each handler from the contract (a typed helper for a single call)', async () => {
    handleApiCall('version', async (arg) => {
      expect(arg).toEqual({});
      return { app: '1', schema: 1, library: ':memory:' };
    });
    await expect(invoke('version', eventFrom('app://cuttings/'), undefined)).resolves.toMatchObject({ app: '1' });
  });
});

describe('isTrustedSender / plainMessage', () => {
  it('accepts only the top frame of app://cuttings', () => {
    expect(isTrustedSender(eventFrom('app://cuttings/index.html'))).toBe(true);
    expect(isTrustedSender(eventFrom('app://cuttings.evil/index.html'))).toBe(false);
    expect(isTrustedSender(eventFrom('not a url'))).toBe(false);
    expect(isTrustedSender(eventFrom('app://cuttings/index.html', false))).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('keeps a message and drops everything else', () => {
    expect(plainMessage(new Error('bad'))).toBe('bad');
    expect(plainMessage('text')).toBe('text');
    expect(plainMessage({ stack: 'x' })).toBe('the call failed');
  });
});
