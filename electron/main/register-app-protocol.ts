import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME, resolveAppFile } from './app-protocol';

/** Privileges of app:// (call before the app is ready): a standard, secure origin for the page. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // codeCache: V8 keeps the compiled scripts between launches, so a start does not compile the
  // renderer's bundle again (custom schemes have no code cache unless asked).
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    stream: false,
    corsEnabled: false,
    codeCache: true,
  },
} as const;

/** Serves the built renderer folder on app://, and nothing else. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file.path), { headers: { 'content-type': file.type } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
