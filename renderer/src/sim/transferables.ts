import type { EngineReply } from './protocol';

/**
 * The buffers of a reply's typed arrays, each once: posted as transferables they move to the page
 * without a copy (the worker never reads a result again after sending it).
 */
export function transferables(reply: EngineReply): ArrayBuffer[] {
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
  if (reply.type === 'run-result' || reply.type === 'bands-progress') visit(reply);
  return [...buffers];
}
