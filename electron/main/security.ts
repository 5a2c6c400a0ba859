import type { App, Session, Shell, WebContents } from 'electron';

/** Links the app may open in the user's browser: https only, no credentials in the address. */
export function isVettedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** The app loads only its own page (app://) and dev tools: anything else, remote or file://, is cancelled. */
export function isLocalAppUrl(url: string): boolean {
  return url.startsWith('app://planner/') || url.startsWith('devtools://');
}

/** Navigation, new windows and webviews are refused; vetted https links open in the browser. */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** No permission (camera, notifications, geolocation …) is ever granted; no remote request leaves. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isLocalAppUrl(details.url) }),
  );
}

/** Applies the web-contents hardening to every contents the app ever creates. */
export function hardenApp(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
}
