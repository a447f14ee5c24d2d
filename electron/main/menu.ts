// The application menu. Standard items use roles (so they are native and localised); the app's own items
// either act in main (import, show/open library, logs) or send a MenuCommand to the window.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';
import type { ImportPick } from './dialogs';

export interface MenuActions {
  /** choose files/folders, then import them (main starts the import; the window shows its panel) */
  importFrom(pick: ImportPick): void;
  /** send a command to the window */
  send(command: MenuCommand): void;
  showLibrary(): void;
  openLibrary(): void;
  showLogs(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName?: string;
}

export const ACCELERATORS = {
  import: 'CmdOrCtrl+O',
  importFolder: 'CmdOrCtrl+Shift+O',
  export: 'CmdOrCtrl+E',
  find: 'CmdOrCtrl+F',
  openLibrary: 'CmdOrCtrl+Shift+L',
  settings: 'CmdOrCtrl+,',
  shortcuts: 'CmdOrCtrl+/',
} as const;

export function menuTemplate(actions: MenuActions, { platform, isDev, appName = 'Cuttings' }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    label: mac ? 'Settings…' : 'Settings',
    accelerator: ACCELERATORS.settings,
    click: () => actions.send('settings'),
  };

  const importItems: MenuItemConstructorOptions[] = mac
    ? [{ label: 'Import…', accelerator: ACCELERATORS.import, click: () => actions.importFrom('files-and-folders') }]
    : [
        { label: 'Import…', accelerator: ACCELERATORS.import, click: () => actions.importFrom('files') },
        { label: 'Import Folder…', accelerator: ACCELERATORS.importFolder, click: () => actions.importFrom('folder') },
      ];

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            settingsItem,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      ...importItems,
      { label: 'Export…', accelerator: ACCELERATORS.export, click: () => actions.send('export') },
      { type: 'separator' },
      { label: mac ? 'Show Library in Finder' : 'Show Library in Folder', click: () => actions.showLibrary() },
      { label: 'Open Library…', accelerator: ACCELERATORS.openLibrary, click: () => actions.openLibrary() },
      ...(mac ? [] : [{ type: 'separator' } as const, settingsItem]),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find…', accelerator: ACCELERATORS.find, click: () => actions.send('find') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = { role: 'windowMenu' };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: ACCELERATORS.shortcuts, click: () => actions.send('shortcuts') },
      { type: 'separator' },
      { label: 'Show Logs', click: () => actions.showLogs() },
    ],
  };

  return [...appMenu, file, edit, view, window, help];
}

/** setupMenu(): installs the application menu. */
export function setupMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, options)));
}
