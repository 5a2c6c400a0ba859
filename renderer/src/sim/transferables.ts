import type { EngineReply, EngineRequest } from './protocol';

/** The messages that carry results: everything else is small, or read again by its sender. */
const CARRYING = new Set(['run-result', 'bands-progress', 'draws-progress', 'summarize']);

/**
 * The buffers of a message's typed arrays, each once: posted as transferables they move without a
 * copy (neither side reads results again after sending them).
 */
export function transferables(message: EngineReply | EngineRequest): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    } else if (Array.isArray(value)) {
      for (const entry of value) visit(entry);
    } else if (value !== null && typeof value === 'object') {
      for (const entry of Object.values(value)) visit(entry);
    }
  };
  if (CARRYING.has(message.type)) visit(message);
  return [...buffers];
}
