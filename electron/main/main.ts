// Electron's main process: the shell only. Each concern is one file with a setupX(); this file puts them in
// order. Everything the app does with clippings lives in electron/core and is reached through the API.
import { app, shell } from 'electron';
import { setupIpc } from './ipc';
import { APP_USER_MODEL_ID, ImportRelay } from './import';
import { LibraryHost, libraryPathFor } from './library';
import { moveLibraryToFolder, openAnotherLibrary, openStartupLibrary, showLibrary, type LibraryActionOptions } from './library-actions';
import { setupLibraryIpc } from './library-ipc';
import { logFilePath, setupLogging } from './logging';
import { setupMenu } from './menu';
import { chooseImportPaths } from './dialogs';
import { electronNativeBinding } from './native-binding';
import { electronPdfRenderer } from './pdf';
import { filesFromArgv, setupOpenFile, setupSingleInstance } from './open-files';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupSecurity } from './security';
import { SettingsStore } from './settings';
import { createMainWindow, focusMainWindow, getMainWindow, rendererDir } from './window';

const userData = app.getPath('userData');
const log = setupLogging(logFilePath(userData));
const settings = new SettingsStore(userData);

const nativeBinding = electronNativeBinding({ appPath: app.getAppPath(), abi: process.versions.modules, isPackaged: app.isPackaged });
const host = new LibraryHost({
  nativeBinding,
  onImportProgress: (progress) => relay.onProgress(progress),
  renderPdf: electronPdfRenderer(),
  onOpened: (file) => {
    // $CUTTINGS_LIBRARY (tests, a one-off run) overrides for this run only; it is not remembered
    if (!process.env.CUTTINGS_LIBRARY) settings.update({ lastLibrary: file });
    log.info(`library open: ${file}`);
  },
});

const relay = new ImportRelay({
  getWindow: getMainWindow,
  getApi: () => host.api,
  onError: (error) => log.error('import could not start', error),
});

registerAppScheme();
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

if (!setupSingleInstance({ onFiles: (files) => void relay.importPaths(files), focus: focusMainWindow })) {
  app.quit();
} else {
  setupOpenFile((files) => {
    focusMainWindow();
    void relay.importPaths(files);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('start-up failed', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  setupSecurity();
  setupAppProtocol(rendererDir(app.getAppPath()));

  const libraryFile = libraryPathFor({
    env: process.env,
    lastLibrary: settings.read().lastLibrary,
    documentsDir: app.getPath('documents'),
  });
  if (!(await openStartupLibrary(libraryFile, { host, getWindow: getMainWindow, onError: (m, e) => log.error(m, e) }))) {
    app.quit();
    return;
  }

  setupIpc(() => host.api, { onError: (call, error) => log.warn(`api call ${call} failed`, error) });
  // the same library actions for the menu and the Settings dialog; a switch reloads the window on the new one
  const switching: LibraryActionOptions = {
    host,
    getWindow: getMainWindow,
    nativeBinding,
    importing: () => relay.importing,
    onSwitched: () => {
      relay.markNotReady();
      getMainWindow()?.webContents.reload();
    },
    onError: (m, e) => log.error(m, e),
  };
  setupLibraryIpc({
    show: () => showLibrary(host),
    open: () => openAnotherLibrary(switching),
    move: () => moveLibraryToFolder(switching),
    onError: (action, error) => log.warn(`library action ${action} failed`, error),
  });
  setupMenu(
    {
      importFrom: (pick) =>
        void chooseImportPaths(getMainWindow(), pick)
          .then((paths) => relay.importPaths(paths))
          .catch((error: unknown) => log.error('the import dialog failed', error)),
      send: (command) => relay.sendCommand(command),
      showLibrary: () => showLibrary(host),
      openLibrary: () => void openAnotherLibrary(switching),
      showLogs: () => {
        log.info('logs opened from the Help menu');
        void shell.openPath(log.file);
      },
    },
    { platform: process.platform, isDev: !app.isPackaged },
  );

  openWindow();
  void relay.importPaths(filesFromArgv(process.argv, { cwd: process.cwd(), isPackaged: app.isPackaged }));

  app.on('activate', () => {
    if (!getMainWindow()) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    disposed = true;
    host.close().finally(() => app.quit());
  });
}

function openWindow(): void {
  const win = createMainWindow({
    appPath: app.getAppPath(),
    savedState: settings.read().window,
    saveState: (state) => settings.update({ window: state }),
  });
  win.webContents.on('did-start-loading', () => relay.markNotReady());
  win.webContents.on('did-finish-load', () => relay.markReady());
  win.on('closed', () => relay.markNotReady());
}
