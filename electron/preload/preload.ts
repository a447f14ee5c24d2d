// The preload: what the sandboxed renderer may ask of the main process, exposed on `window.cuttings`.
// One named method per API call, each on its own fixed channel, plus the shell-only helpers. Nothing
// generic (no send(channel), no invoke(channel)), and every subscription hands back its unsubscribe.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ApiArg, ApiCall, ApiResult, ImportProgress } from '../shared/api';
import { apiChannel, IMPORT_PROGRESS_CHANNEL, LIBRARY_CHANNELS, MENU_CHANNEL, type CuttingsBridge, type MenuCommand } from '../shared/bridge';

/** Electron prefixes a handler's error: "Error invoking remote method 'ch': Error: msg". The renderer gets msg. */
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

export function remoteErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(REMOTE_ERROR_PREFIX, '');
}

/** Not exposed: each bridge method below calls it with its own, fixed call name. */
async function invoke<K extends ApiCall>(call: K, arg: ApiArg<K>): Promise<ApiResult<K>> {
  try {
    return (await ipcRenderer.invoke(apiChannel(call), arg)) as ApiResult<K>;
  } catch (error) {
    throw new Error(remoteErrorMessage(error));
  }
}

/** A shell action on one fixed channel (no argument crosses: main asks the user with its own dialogs). */
async function invokeShell<T>(channel: string): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel)) as T;
  } catch (error) {
    throw new Error(remoteErrorMessage(error));
  }
}

/** Listens on one fixed channel; the renderer's listener gets the payload only (never the IPC event). */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

export const bridge: CuttingsBridge = {
  version: (arg) => invoke('version', arg),
  stats: (arg) => invoke('stats', arg),
  importFiles: (arg) => invoke('importFiles', arg),
  startImport: (arg) => invoke('startImport', arg),
  importProgress: (arg) => invoke('importProgress', arg),
  cancelImport: (arg) => invoke('cancelImport', arg),
  listImports: (arg) => invoke('listImports', arg),
  undoImport: (arg) => invoke('undoImport', arg),
  listClips: (arg) => invoke('listClips', arg),
  getClip: (arg) => invoke('getClip', arg),
  editClip: (arg) => invoke('editClip', arg),
  revertField: (arg) => invoke('revertField', arg),
  trashClips: (arg) => invoke('trashClips', arg),
  restoreClips: (arg) => invoke('restoreClips', arg),
  listTrash: (arg) => invoke('listTrash', arg),
  emptyTrash: (arg) => invoke('emptyTrash', arg),
  listSources: (arg) => invoke('listSources', arg),
  search: (arg) => invoke('search', arg),
  listSavedSearches: (arg) => invoke('listSavedSearches', arg),
  saveSearch: (arg) => invoke('saveSearch', arg),
  deleteSavedSearch: (arg) => invoke('deleteSavedSearch', arg),
  listTags: (arg) => invoke('listTags', arg),
  addTag: (arg) => invoke('addTag', arg),
  removeTag: (arg) => invoke('removeTag', arg),
  renameTag: (arg) => invoke('renameTag', arg),
  mergeTags: (arg) => invoke('mergeTags', arg),
  deleteTag: (arg) => invoke('deleteTag', arg),
  setTagColor: (arg) => invoke('setTagColor', arg),
  listTagRules: (arg) => invoke('listTagRules', arg),
  saveTagRule: (arg) => invoke('saveTagRule', arg),
  deleteTagRule: (arg) => invoke('deleteTagRule', arg),
  applyTagRules: (arg) => invoke('applyTagRules', arg),
  listSpeakers: (arg) => invoke('listSpeakers', arg),
  speakerTimeline: (arg) => invoke('speakerTimeline', arg),
  mergeSpeakers: (arg) => invoke('mergeSpeakers', arg),
  splitSpeaker: (arg) => invoke('splitSpeaker', arg),
  exportClips: (arg) => invoke('exportClips', arg),
  getSettings: (arg) => invoke('getSettings', arg),
  updateSettings: (arg) => invoke('updateSettings', arg),

  pathsForFiles: (files) =>
    Array.from(files, (file) => {
      try {
        return webUtils.getPathForFile(file);
      } catch {
        return '';
      }
    }),
  onMenuCommand: (listener) => subscribe<MenuCommand>(MENU_CHANNEL, listener),
  onImportProgress: (listener) => subscribe<ImportProgress>(IMPORT_PROGRESS_CHANNEL, listener),
  showLibrary: () => invokeShell<void>(LIBRARY_CHANNELS.show),
  openAnotherLibrary: () => invokeShell<boolean>(LIBRARY_CHANNELS.open),
  moveLibrary: () => invokeShell<boolean>(LIBRARY_CHANNELS.move),
};

contextBridge.exposeInMainWorld('cuttings', bridge);
