import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, ipcChannel } from '../../../shared/api';
import { dispatch } from '../handlers/dispatch';
import type { HandlerTable } from '../handlers/handler-table';

/** Whether a request comes from the app's own page, in its top frame (not an iframe or another page). */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/** Sender check for a page loaded from `pageUrl` (its query and hash may differ). */
export function ownPageSender(pageUrl: string): SenderCheck {
  const expected = new URL(pageUrl);
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    try {
      const url = new URL(frame.url);
      return (
        url.protocol === expected.protocol && url.host === expected.host && url.pathname === expected.pathname
      );
    } catch {
      return false;
    }
  };
}

/**
 * Registers one IPC handler per contract channel, each checking the sender before the input is even
 * parsed, then validating and dispatching through the shared handler table.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  table: HandlerTable,
  isTrusted: SenderCheck,
  onError: (error: unknown) => void,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannel(channel), async (event, input: unknown) => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: {
            code: 'invalid-input',
            message: 'Refused: the request did not come from the app’s own page.',
          },
        };
      }
      return dispatch(table, channel, input, onError);
    });
  }
}
