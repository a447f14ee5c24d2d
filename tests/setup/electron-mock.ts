// The one `vi.mock('electron')` for the shell's tests (electron/fiddle's way): small hand-written fakes that
// record what the code under test registered, so a test can fire an event or call a handler itself.
// Import it first in a test file (`import '../setup/electron-mock'`) or list it in vitest's setupFiles.
import { beforeEach, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = (...args: any[]) => unknown;

  /** a minimal EventEmitter: on/once/off/emit and a peek at the listeners */
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      const wrapper: Listener = (...args) => {
        this.off(name, wrapper);
        return listener(...args);
      };
      return this.on(name, wrapper);
    }
    off(name: string, listener: Listener): this {
      this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== listener));
      return this;
    }
    removeListener(name: string, listener: Listener): this {
      return this.off(name, listener);
    }
    addListener(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]): boolean {
      const current = [...(this.listeners.get(name) ?? [])];
      for (const listener of current) listener(...args);
      return current.length > 0;
    }
    listenerCount(name: string): number {
      return this.listeners.get(name)?.length ?? 0;
    }
  }

  const state = {
    paths: {} as Record<string, string>,
    isPackaged: false,
    singleInstanceLock: true,
    displays: [] as { id: number; workArea: { x: number; y: number; width: number; height: number } }[],
  };

  class FakeFrame {
    parent: FakeFrame | null = null;
    constructor(public url: string) {}
  }

  class FakeWebContents extends Emitter {
    static nextId = 1;
    id = FakeWebContents.nextId++;
    mainFrame = new FakeFrame('app://cuttings/index.html');
    windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
    sent: { channel: string; args: unknown[] }[] = [];
    loading = false;
    destroyed = false;
    send = vi.fn((channel: string, ...args: unknown[]) => {
      this.sent.push({ channel, args });
    });
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
      this.windowOpenHandler = handler;
    }
    reload = vi.fn();
    openDevTools = vi.fn();
    isLoading(): boolean {
      return this.loading;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    getURL(): string {
      return this.mainFrame.url;
    }
  }

  class BrowserWindow extends Emitter {
    static instances: BrowserWindow[] = [];
    static getAllWindows(): BrowserWindow[] {
      return BrowserWindow.instances.filter((w) => !w.destroyed);
    }
    static getFocusedWindow(): BrowserWindow | null {
      return BrowserWindow.instances.find((w) => w.focused && !w.destroyed) ?? null;
    }
    options: Record<string, any>;
    webContents = new FakeWebContents();
    bounds: { x: number; y: number; width: number; height: number };
    maximized = false;
    minimized = false;
    focused = false;
    visible = false;
    destroyed = false;
    loadedUrl: string | null = null;
    progress: { value: number; options?: unknown }[] = [];
    constructor(options: Record<string, any> = {}) {
      super();
      this.options = options;
      this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
      BrowserWindow.instances.push(this);
    }
    loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url;
    });
    show = vi.fn(() => {
      this.visible = true;
    });
    focus = vi.fn(() => {
      this.focused = true;
    });
    restore = vi.fn(() => {
      this.minimized = false;
    });
    maximize = vi.fn(() => {
      this.maximized = true;
    });
    close = vi.fn(() => {
      this.emit('close', { preventDefault() {} });
      this.destroyed = true;
      this.emit('closed');
    });
    setProgressBar = vi.fn((value: number, options?: unknown) => {
      this.progress.push({ value, options });
    });
    isMinimized(): boolean {
      return this.minimized;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isFocused(): boolean {
      return this.focused;
    }
    isVisible(): boolean {
      return this.visible;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    getBounds() {
      return { ...this.bounds };
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
      this.bounds = { ...this.bounds, ...bounds };
    }
  }

  class App extends Emitter {
    name = 'Cuttings';
    getPath = vi.fn((name: string) => state.paths[name] ?? `/tmp/cuttings-electron-mock/${name}`);
    getAppPath = vi.fn(() => state.paths.appPath ?? '/tmp/cuttings-electron-mock/app');
    getVersion = vi.fn(() => '0.1.0');
    get isPackaged(): boolean {
      return state.isPackaged;
    }
    whenReady = vi.fn(() => Promise.resolve());
    isReady = vi.fn(() => true);
    quit = vi.fn();
    exit = vi.fn();
    focus = vi.fn();
    requestSingleInstanceLock = vi.fn(() => state.singleInstanceLock);
    setAppUserModelId = vi.fn();
    addRecentDocument = vi.fn();
  }

  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handlers,
    handle: vi.fn((channel: string, handler: Listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  };

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = {
    handlers: protocolHandlers,
    privileged: [] as unknown[],
    registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
      protocol.privileged.push(...schemes);
    }),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      protocolHandlers.set(scheme, handler);
    }),
  };

  const defaultSession = {
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    setPermissionRequestHandler: vi.fn((handler: Listener | null) => {
      defaultSession.permissionRequestHandler = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: Listener | null) => {
      defaultSession.permissionCheckHandler = handler;
    }),
  };

  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
    showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
    showErrorBox: vi.fn(),
  };

  const shell = {
    openExternal: vi.fn(async (_url: string) => {}),
    openPath: vi.fn(async (_path: string) => ''),
    showItemInFolder: vi.fn(),
  };

  const Menu = {
    applicationMenu: null as { template: unknown[] } | null,
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
      Menu.applicationMenu = menu;
    }),
  };

  const exposed: Record<string, unknown> = {};
  const contextBridge = {
    exposed,
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed[key] = api;
    }),
  };

  class IpcRenderer extends Emitter {
    invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
    send = vi.fn();
  }

  const webUtils = { getPathForFile: vi.fn((file: { name: string }) => `/dropped/${file.name}`) };

  class Notification extends Emitter {
    static shown: Notification[] = [];
    static isSupported = vi.fn(() => true);
    constructor(public options: { title?: string; body?: string }) {
      super();
    }
    show = vi.fn(() => {
      Notification.shown.push(this);
    });
  }

  const screen = {
    getAllDisplays: vi.fn(() => state.displays),
    getPrimaryDisplay: vi.fn(() => state.displays[0]),
  };

  const net = { fetch: vi.fn() };

  const electron = {
    app: new App(),
    BrowserWindow,
    ipcMain,
    ipcRenderer: new IpcRenderer(),
    protocol,
    session: { defaultSession },
    dialog,
    shell,
    Menu,
    contextBridge,
    webUtils,
    Notification,
    screen,
    net,
  };

  function reset(): void {
    state.paths = {};
    state.isPackaged = false;
    state.singleInstanceLock = true;
    state.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
    electron.app.listeners.clear();
    electron.ipcRenderer.listeners.clear();
    BrowserWindow.instances = [];
    Notification.shown = [];
    handlers.clear();
    protocolHandlers.clear();
    protocol.privileged = [];
    defaultSession.permissionRequestHandler = null;
    defaultSession.permissionCheckHandler = null;
    Menu.applicationMenu = null;
    for (const key of Object.keys(exposed)) delete exposed[key];
    vi.clearAllMocks();
    FakeWebContents.nextId = 1;
  }
  reset();

  return { electron, state, reset, FakeFrame };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

beforeEach(() => {
  fake.reset();
});

/** The fakes, for tests: fire events, call registered handlers, look at what was recorded. */
export const electronMock = fake;
export type FakeBrowserWindow = InstanceType<typeof fake.electron.BrowserWindow>;
