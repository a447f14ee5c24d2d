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

function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="cuttings-token"]')?.content ?? '';
}

async function httpCall<K extends ApiCall>(call: K, arg: ApiArg<K>): Promise<ApiResult<K>> {
  const response = await fetch(`./api/${call}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Cuttings-Token': pageToken() },
    body: JSON.stringify(arg ?? {}),
  });
  const body = (await response.json()) as ApiResult<K> | ApiErrorBody;
  if (!response.ok) throw new ApiError((body as ApiErrorBody).error ?? `${call} failed (${response.status})`);
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
  importFiles: (arg) => call('importFiles', arg),
  startImport: (arg) => call('startImport', arg),
  importProgress: (arg) => call('importProgress', arg),
  cancelImport: (arg) => call('cancelImport', arg),
  listClips: (arg) => call('listClips', arg),
  getClip: (arg) => call('getClip', arg),
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
