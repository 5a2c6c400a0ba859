import { createEngineHandler, yieldToMessages } from './sim/engine-handler';
import type { EngineReply, EngineRequest } from './sim/protocol';

/**
 * A stand-in engine Worker: the real engine handler on this thread, answering asynchronously like a
 * worker, recording what it was sent and what it answered. `made` lists every one constructed, so a
 * test counts the workers the app makes.
 */
export class HandlerWorker {
  static made: HandlerWorker[] = [];
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  readonly posted: EngineRequest[] = [];
  readonly replied: EngineReply[] = [];
  terminated = false;
  private readonly handle = createEngineHandler((reply) => {
    if (this.terminated) return;
    this.replied.push(reply);
    this.onmessage?.({ data: reply } as MessageEvent<EngineReply>);
  }, yieldToMessages);
  constructor() {
    HandlerWorker.made.push(this);
  }
  postMessage(message: EngineRequest): void {
    this.posted.push(message);
    void yieldToMessages().then(() => (this.terminated ? undefined : this.handle(message)));
  }
  terminate(): void {
    this.terminated = true;
  }
}
