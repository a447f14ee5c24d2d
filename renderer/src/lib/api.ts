// The only module that talks to the backend. In Electron it uses the preload bridge (window.cuttings);
// in browser mode (`cuttings serve`) it calls the loopback API with the token the server put in the page.
import type { ApiArg, ApiCall, ApiErrorBody, ApiResult, CuttingsApi } from '../../../electron/shared/api';
import type { CuttingsBridge, ShellBridge } from '../../../electron/shared/bridge';

declare global {
  interface Window {
    cuttings?: CuttingsBridge;
  }
}

export class ApiError extends Error {}

/** The message of a failed call, for the user (calls not built yet say so themselves). */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Electron wraps errors thrown in the main process: keep the message the API meant for people
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}

/** True when the call has not landed in this build yet (the UI shows the message and carries on). */
export function isNotBuilt(error: unknown): boolean {
  return /is not available in this build/.test(errorMessage(error));
}

function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="cuttings-token"]')?.content ?? '';
}

async function httpCall<K extends ApiCall>(call: K, arg: ApiArg<K>): Promise<ApiResult<K>> {
  const response = await fetch(`./api/${call}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Cuttings-Token': pageToken() },
    body: JSON.stringify(arg ?? {}),
  });
  const text = await response.text();
  let body: ApiResult<K> | ApiErrorBody;
  try {
    body = (text ? JSON.parse(text) : undefined) as ApiResult<K> | ApiErrorBody;
  } catch {
    throw new ApiError(`${call} failed (${response.status})`);
  }
  if (!response.ok) throw new ApiError((body as ApiErrorBody | undefined)?.error ?? `${call} failed (${response.status})`);
  return body as ApiResult<K>;
}

export function call<K extends ApiCall>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>> {
  const bridge = window.cuttings;
  if (bridge) return (bridge[name] as (a: ApiArg<K>) => Promise<ApiResult<K>>)(arg);
  return httpCall(name, arg);
}

/** Typed helpers, one per call, so components never spell a call name. */
export const api: CuttingsApi = {
  version: (arg) => call('version', arg),
  stats: (arg) => call('stats', arg),
  importFiles: (arg) => call('importFiles', arg),
  startImport: (arg) => call('startImport', arg),
  importProgress: (arg) => call('importProgress', arg),
  cancelImport: (arg) => call('cancelImport', arg),
  listImports: (arg) => call('listImports', arg),
  undoImport: (arg) => call('undoImport', arg),
  listClips: (arg) => call('listClips', arg),
  getClip: (arg) => call('getClip', arg),
  editClip: (arg) => call('editClip', arg),
  revertField: (arg) => call('revertField', arg),
  trashClips: (arg) => call('trashClips', arg),
  restoreClips: (arg) => call('restoreClips', arg),
  listTrash: (arg) => call('listTrash', arg),
  emptyTrash: (arg) => call('emptyTrash', arg),
  listSources: (arg) => call('listSources', arg),
  search: (arg) => call('search', arg),
  listSavedSearches: (arg) => call('listSavedSearches', arg),
  saveSearch: (arg) => call('saveSearch', arg),
  deleteSavedSearch: (arg) => call('deleteSavedSearch', arg),
  listTags: (arg) => call('listTags', arg),
  addTag: (arg) => call('addTag', arg),
  removeTag: (arg) => call('removeTag', arg),
  renameTag: (arg) => call('renameTag', arg),
  mergeTags: (arg) => call('mergeTags', arg),
  deleteTag: (arg) => call('deleteTag', arg),
  setTagColor: (arg) => call('setTagColor', arg),
  listTagRules: (arg) => call('listTagRules', arg),
  saveTagRule: (arg) => call('saveTagRule', arg),
  deleteTagRule: (arg) => call('deleteTagRule', arg),
  applyTagRules: (arg) => call('applyTagRules', arg),
  listSpeakers: (arg) => call('listSpeakers', arg),
  speakerTimeline: (arg) => call('speakerTimeline', arg),
  mergeSpeakers: (arg) => call('mergeSpeakers', arg),
  splitSpeaker: (arg) => call('splitSpeaker', arg),
  exportClips: (arg) => call('exportClips', arg),
  getSettings: (arg) => call('getSettings', arg),
  updateSettings: (arg) => call('updateSettings', arg),
};

/** Shell-only features; null in browser mode. */
export function shell(): ShellBridge | null {
  return window.cuttings ?? null;
}

/** Reads dropped files as base64 for browser mode, where the page cannot see paths. */
export async function filesToUpload(files: File[]): Promise<{ name: string; dataBase64: string }[]> {
  return Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      const CHUNK = 0x8000;
      for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
      return { name: file.name, dataBase64: btoa(binary) };
    }),
  );
}
