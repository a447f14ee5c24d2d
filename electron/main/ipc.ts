// IPC for the API contract (GitHub Desktop's ipc-shared way): the handler map's type is derived from
// CuttingsApi, so a call added to the contract and not handled here fails to compile; every handler is wrapped
// in a sender check and argument validation, and errors cross as plain messages (never a stack).
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiArg, ApiCall, ApiResult, CuttingsApi } from '../shared/api';
import { API_CALLS, parseApiArg } from '../shared/api-schema';
import { apiChannel } from '../shared/bridge';
import { APP_HOST, APP_SCHEME } from './protocol';

export type ApiHandler<K extends ApiCall> = (arg: ApiArg<K>, event: IpcMainInvokeEvent) => Promise<ApiResult<K>>;
export type ApiHandlers = { [K in ApiCall]: ApiHandler<K> };

/** The part of an invoke event the sender check reads. */
export interface SenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * True only for a top frame (no parent: not an iframe) showing a page from our own app:// origin. A frame
 * that is gone (senderFrame null: navigated or destroyed since it sent) is refused too.
 */
export function isTrustedSender(event: SenderInfo): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The message the renderer sees for a failed call: the error's own message, nothing else. */
export function plainMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'the call failed';
}

export interface IpcOptions {
  /** where an unexpected error is written (the log); refused senders are reported here too */
  onError?: (call: ApiCall, error: unknown) => void;
}

/** Registers one contract call: sender check → argument validation → handler → plain-message errors. */
export function handleApiCall<K extends ApiCall>(call: K, handler: ApiHandler<K>, options: IpcOptions = {}): void {
  ipcMain.handle(apiChannel(call), async (event: IpcMainInvokeEvent, raw: unknown) => {
    if (!isTrustedSender(event as unknown as SenderInfo)) {
      const refusal = new Error(`${call}: refused (the call did not come from the Cuttings window)`);
      options.onError?.(call, refusal);
      throw refusal;
    }
    let arg: ApiArg<K>;
    try {
      arg = parseApiArg(call, raw) as ApiArg<K>;
    } catch (error) {
      throw new Error(plainMessage(error));
    }
    try {
      return await handler(arg, event);
    } catch (error) {
      options.onError?.(call, error);
      throw new Error(plainMessage(error));
    }
  });
}

/**
 * One handler per call of the contract (API_CALLS, whose schema map must cover every CuttingsApi key), each
 * forwarding to the API of the library open now, so File > Open Library… needs no re-registration.
 */
export function apiHandlers(getApi: () => CuttingsApi): ApiHandlers {
  const handlers: Partial<Record<ApiCall, (arg: unknown) => Promise<unknown>>> = {};
  for (const call of API_CALLS) {
    handlers[call] = (arg) => {
      const api = getApi();
      return (api[call] as (arg: unknown) => Promise<unknown>).call(api, arg);
    };
  }
  return handlers as unknown as ApiHandlers;
}

/** Registers every call of `handlers`; returns the channels registered. */
export function registerApiHandlers(handlers: ApiHandlers, options: IpcOptions = {}): string[] {
  const calls = Object.keys(handlers) as ApiCall[];
  for (const call of calls) register(call, handlers, options);
  return calls.map((call) => apiChannel(call));
}

function register<K extends ApiCall>(call: K, handlers: ApiHandlers, options: IpcOptions): void {
  handleApiCall(call, handlers[call] as ApiHandler<K>, options);
}

/** setupIpc(): the contract served to the window over IPC. */
export function setupIpc(getApi: () => CuttingsApi, options: IpcOptions = {}): string[] {
  return registerApiHandlers(apiHandlers(getApi), options);
}
