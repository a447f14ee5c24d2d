import { electronMock } from '../setup/electron-mock';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ACCELERATORS, menuTemplate, setupMenu, type MenuActions } from '../../electron/main/menu';
import { importDialogOptions } from '../../electron/main/dialogs';

function actions(): MenuActions {
  return { importFrom: vi.fn(), send: vi.fn(), showLibrary: vi.fn(), openLibrary: vi.fn(), showLogs: vi.fn() };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help (plus the app menu on macOS)', () => {
    expect(menuTemplate(actions(), { platform: 'linux', isDev: false }).map((m) => m.label ?? m.role)).toEqual([
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(menuTemplate(actions(), { platform: 'darwin', isDev: false })[0]!.label).toBe('Cuttings');
  });

  it('binds the accelerators: CmdOrCtrl+O imports, CmdOrCtrl+F finds', () => {
    const a = actions();
    const template = menuTemplate(a, { platform: 'win32', isDev: false });
    const importItem = byLabel(template, 'Import…');
    expect(importItem.accelerator).toBe('CmdOrCtrl+O');
    click(importItem);
    expect(a.importFrom).toHaveBeenCalledWith('files');
    click(byLabel(template, 'Import Folder…'));
    expect(a.importFrom).toHaveBeenCalledWith('folder');
    const find = byLabel(template, 'Find…');
    expect(find.accelerator).toBe(ACCELERATORS.find);
    click(find);
    expect(a.send).toHaveBeenCalledWith('find');
  });

  it('imports files and folders from one item on macOS', () => {
    const a = actions();
    click(byLabel(menuTemplate(a, { platform: 'darwin', isDev: false }), 'Import…'));
    expect(a.importFrom).toHaveBeenCalledWith('files-and-folders');
    expect(importDialogOptions('files-and-folders').properties).toEqual(['openFile', 'openDirectory', 'multiSelections']);
    expect(importDialogOptions('files').properties).not.toContain('openDirectory');
  });

  it('sends export, shortcuts and settings to the window; library and logs act in main', () => {
    const a = actions();
    const template = menuTemplate(a, { platform: 'linux', isDev: false });
    click(byLabel(template, 'Export…'));
    click(byLabel(template, 'Keyboard Shortcuts'));
    click(byLabel(template, 'Settings'));
    expect(vi.mocked(a.send).mock.calls.map(([command]) => command)).toEqual(['export', 'shortcuts', 'settings']);
    click(byLabel(template, 'Show Library in Folder'));
    click(byLabel(template, 'Open Library…'));
    click(byLabel(template, 'Show Logs'));
    expect(a.showLibrary).toHaveBeenCalled();
    expect(a.openLibrary).toHaveBeenCalled();
    expect(a.showLogs).toHaveBeenCalled();
  });

  it('uses roles for the standard items; reload and dev tools only in development', () => {
    const roles = (isDev: boolean) => items(menuTemplate(actions(), { platform: 'linux', isDev })).map((i) => i.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'undo', 'zoomIn', 'togglefullscreen', 'quit']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has no accelerator twice', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const keys = items(menuTemplate(actions(), { platform, isDev: true }))
        .map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('is installed as the application menu', () => {
    setupMenu(actions(), { platform: 'linux', isDev: false });
    expect(electronMock.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electronMock.electron.Menu.applicationMenu?.template).toHaveLength(5);
  });
});
