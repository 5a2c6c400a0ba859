import type { ApiResult } from '../../shared/api/api-result';
import type { Channel, ChannelInput, ChannelOutput, PlannerApi } from '../../shared/api/contract';
import type { PlannerEvents } from '../../shared/api/events';

declare global {
  interface Window {
    /** Set by the transport (Electron's preload or the preview server's bridge) before the app starts. */
    readonly planner?: PlannerApi;
    /** What the main process tells the page unasked (menu commands, opened files). */
    readonly plannerEvents?: PlannerEvents;
  }
}

export type { PlannerApi, PlannerEvents };

function unavailable<C extends Channel>(channel: C): Promise<ApiResult<ChannelOutput<C>>> {
  return Promise.resolve({
    ok: false,
    error: { code: 'not-available', message: `The app's back end is not connected (${channel}).` },
  });
}

/**
 * A bridge that answers every call with `not-available`, for a page opened without a transport: the
 * UI shows its normal "cannot do that here" messages instead of crashing on `undefined`. A proxy, not
 * a table of the channels: the contract's table holds its schemas, which the page never builds.
 */
const DISCONNECTED = new Proxy(
  {},
  {
    // Not a promise: `then` stays undefined, so awaiting the bridge itself cannot hang.
    get: (_, channel) =>
      typeof channel === 'string' && channel !== 'then' ? () => unavailable(channel as Channel) : undefined,
  },
) as PlannerApi;

/**
 * The only reader of `window.planner`. Read at each call so that tests can install a fake after this
 * module loads; the page never learns which transport it is on.
 */
export function planner(): PlannerApi {
  return (typeof window !== 'undefined' && window.planner) || DISCONNECTED;
}

/** Whether a transport is installed (the app shows a notice when it is not). */
export function isConnected(): boolean {
  return typeof window !== 'undefined' && window.planner !== undefined;
}

/** Calls one channel; a transport that throws (a dropped connection) becomes an `io` error, never a throw. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ApiResult<ChannelOutput<C>>> {
  try {
    const fn = planner()[channel] as (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>;
    return await fn(input);
  } catch (error) {
    return {
      ok: false,
      error: { code: 'io', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

const NO_EVENTS: PlannerEvents = { onOpenFiles: () => () => undefined, onMenuCommand: () => () => undefined };

/** The transport's events; none where there is no transport. */
export function plannerEvents(): PlannerEvents {
  return (typeof window !== 'undefined' && window.plannerEvents) || NO_EVENTS;
}
