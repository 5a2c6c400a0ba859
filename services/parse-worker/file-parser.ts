import { Worker } from 'node:worker_threads';
import type { FileFormatError, ScenarioFile } from '../../shared/file-format';
import type { Result } from '../../shared/result';
import { err } from '../../shared/result';
import { workerCode } from '../worker-code';
import type { ParseJob, ParseReply } from './parse-messages';

export type ParseResult = Result<ScenarioFile, FileFormatError>;

/** Parses a scenario file's text somewhere the main process cannot be stalled or exhausted by it. */
export interface FileParser {
  parse(text: string, fileName: string): Promise<ParseResult>;
  close(): Promise<void>;
}

export interface WorkerParserOptions {
  /** A parse taking longer is stopped (the worker is replaced) and refused as too complex. */
  readonly timeLimitMs?: number;
  /** The worker's heap: a parse needing more is stopped and refused as too complex. */
  readonly maxHeapMb?: number;
}

/**
 * The limits the desktop app and the preview use: a safety net against a file that gets past every
 * other limit, never the usual path. Measured on the 2-core development machine under a load average of
 * 11 to 14 (six other builds and test suites running): a valid 20 MB file of 1000 scenarios (the largest
 * the format allows) parses in the worker in 9 to 17 s, start-up included, with a heap of 192 MB
 * (128 MB runs out). The limits give that file five times the time and more than twice the memory;
 * `npm run bench` prints the figure ("validate a 20 MB valid file … in the parse worker").
 */
export const PARSE_TIME_LIMIT_MS = 90_000;
export const PARSE_HEAP_MB = 512;

/** The bundled worker beside this file when built, else its sources bundled in memory (workerCode). */
function startWorker(maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32 };
  return new Worker(workerCode(__dirname, 'parse-worker'), { eval: true, resourceLimits });
}

interface Pending {
  readonly job: ParseJob;
  readonly resolve: (result: ParseResult) => void;
}

/**
 * One worker thread with resource limits, parsing one file at a time (a queue keeps the rest waiting,
 * not the main thread). A parse over its time limit, or a worker that runs out of memory, answers
 * `too-complex` for that file; a fresh worker takes the queue over.
 */
export function createWorkerParser(options: WorkerParserOptions = {}): FileParser {
  const timeLimitMs = options.timeLimitMs ?? PARSE_TIME_LIMIT_MS;
  const maxHeapMb = options.maxHeapMb ?? PARSE_HEAP_MB;
  const queue: Pending[] = [];
  let current: { pending: Pending; timer: NodeJS.Timeout } | undefined;
  let worker: Worker | undefined;
  let nextId = 1;
  let closed = false;

  const tooComplex = (pending: Pending, reason: 'memory' | 'time'): ParseResult =>
    err({ kind: 'too-complex', path: [], file: pending.job.fileName, reason });

  function finish(result: ParseResult): void {
    if (!current) return;
    clearTimeout(current.timer);
    const { resolve } = current.pending;
    current = undefined;
    resolve(result);
    pump();
  }

  function replaceWorker(): void {
    const old = worker;
    worker = undefined;
    void old?.terminate();
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const fresh = startWorker(maxHeapMb);
    fresh.unref();
    fresh.on('message', (reply: ParseReply) => {
      if (current?.pending.job.id === reply.id) finish(reply.result);
    });
    // The parser never throws; a worker that fails has run out of memory (ERR_WORKER_OUT_OF_MEMORY).
    fresh.on('error', () => {
      if (worker !== fresh) return;
      worker = undefined;
      if (current) finish(tooComplex(current.pending, 'memory'));
    });
    fresh.on('exit', () => {
      if (worker !== fresh) return;
      worker = undefined;
      if (current) finish(tooComplex(current.pending, 'memory'));
    });
    worker = fresh;
    return fresh;
  }

  function pump(): void {
    if (current || closed) return;
    const pending = queue.shift();
    if (!pending) return;
    const timer = setTimeout(() => {
      if (current?.pending !== pending) return;
      replaceWorker();
      finish(tooComplex(pending, 'time'));
    }, timeLimitMs);
    current = { pending, timer };
    ensureWorker().postMessage(pending.job);
  }

  return {
    parse: (text, fileName) =>
      new Promise((resolve) => {
        queue.push({ job: { id: nextId++, text, fileName }, resolve });
        pump();
      }),
    close: async () => {
      closed = true;
      if (current) clearTimeout(current.timer);
      const old = worker;
      worker = undefined;
      await old?.terminate();
    },
  };
}
