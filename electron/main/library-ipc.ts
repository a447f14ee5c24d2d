// The Settings dialog's library actions (show, open another, move) over IPC: fixed channels, no arguments
// (main asks the user with its own dialogs), and the same sender check as the API calls.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { LIBRARY_CHANNELS } from '../shared/bridge';
import { isTrustedSender, plainMessage, type SenderInfo } from './ipc';

export interface LibraryIpcActions {
  show(): void;
  open(): Promise<boolean>;
  move(): Promise<boolean>;
  onError?: (action: string, error: unknown) => void;
}

/** Registers one handler per LIBRARY_CHANNELS entry; returns the channels registered. */
export function setupLibraryIpc(actions: LibraryIpcActions): string[] {
  for (const [name, channel] of Object.entries(LIBRARY_CHANNELS) as [keyof typeof LIBRARY_CHANNELS, string][]) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent) => {
      if (!isTrustedSender(event as unknown as SenderInfo)) {
        const refusal = new Error(`${name} library: refused (the call did not come from the Cuttings window)`);
        actions.onError?.(name, refusal);
        throw refusal;
      }
      try {
        return await actions[name]();
      } catch (error) {
        actions.onError?.(name, error);
        throw new Error(plainMessage(error));
      }
    });
  }
  return Object.values(LIBRARY_CHANNELS);
}
