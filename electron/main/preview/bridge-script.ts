import { CHANNELS } from '../../../shared/api';

export const TOKEN_HEADER = 'x-planner-token';

/**
 * The script that gives the page its `window.planner` in the preview: one function per channel, like
 * the Electron preload, each POSTing to /api/<channel> with the session token. The token comes from the
 * page's address (printed by the server) and is kept in sessionStorage so a reload keeps working;
 * it is then removed from the visible address.
 */
export function bridgeScript(): string {
  return `(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem('planner-token', fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }
  const token = sessionStorage.getItem('planner-token') || '';
  const call = (channel) => async (input) => {
    try {
      const response = await fetch('./api/' + channel, {
        method: 'POST',
        headers: { 'content-type': 'application/json', '${TOKEN_HEADER}': token },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'io', message: 'The app could not be reached: ' + String(error) } };
    }
  };
  const api = {};
  for (const channel of ${JSON.stringify(CHANNELS)}) api[channel] = call(channel);
  Object.defineProperty(window, 'planner', { value: Object.freeze(api), writable: false, configurable: false });
  // The preview has no native menu and no file association: these events never fire here.
  const never = () => () => undefined;
  const events = { onOpenFiles: never, onMenuCommand: never };
  Object.defineProperty(window, 'plannerEvents', { value: Object.freeze(events), writable: false, configurable: false });
})();
`;
}
