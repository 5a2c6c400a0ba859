import { createEngineHandler, yieldToMessages } from './engine-handler';
import type { EngineReply, EngineRequest } from './protocol';
import { transferables } from './transferables';

// The engine off the main thread (see engine-handler.ts). Results move out as transferred buffers.
declare const self: {
  postMessage(message: EngineReply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
};

const handle = createEngineHandler((reply) => self.postMessage(reply, transferables(reply)), yieldToMessages);

self.onmessage = (event: MessageEvent<EngineRequest>) => void handle(event.data);
