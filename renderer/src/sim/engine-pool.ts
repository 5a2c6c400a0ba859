import type { EngineReply, EngineRequest } from './protocol';
import type { EngineRunner } from './runner';
import { createRunner } from './runner';

/**
 * The app's engine workers, shared by every feature. Each feature asks for lanes (runners of its own
 * with private job numbers); the pool places each job on a worker and routes its replies back to the
 * lane that asked. However many views are open, the app holds at most `size` engine workers.
 */
export interface EnginePool {
  /** How many workers the pool makes at most: the editor splits a scenario's draws into this many ranges. */
  readonly size: number;
  /** A runner for one client: disposing it cancels its jobs, never the shared workers. */
  lane(): EngineRunner;
  /** Stops every worker (the app's pool lives as long as the page). */
  dispose(): void;
}

/** One worker per core, up to four (the engine gains little beyond), and at least one. */
export function poolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(4, cores ?? 2));
}

/** The jobs that run in chunks of draws: what a worker is loaded with. */
const LONG: ReadonlySet<EngineRequest['type']> = new Set(['bands', 'draws', 'plan']);

/** Jobs that send nothing more once cancelled (a cancelled plan search still answers `cancelled`). */
const SILENT_ONCE_CANCELLED: ReadonlySet<EngineRequest['type']> = new Set(['bands', 'draws', 'summarize']);

/** Whether a reply is its job's last: partial bands, samples before the last and a plan's progress are not. */
function isLast(reply: EngineReply): boolean {
  switch (reply.type) {
    case 'bands-progress':
      return !reply.outcome.ok || reply.done >= reply.total;
    case 'draws-progress':
      return reply.last || !reply.outcome.ok;
    case 'plan-progress':
      return false;
    default:
      return true;
  }
}

interface Slot {
  readonly name: string;
  runner: EngineRunner | undefined;
  /** Long jobs placed here and not yet finished or cancelled. */
  load: number;
}

interface Job {
  readonly id: number;
  readonly kind: EngineRequest['type'];
  readonly worker: Slot;
  readonly laneJob: number;
  readonly deliver: (reply: EngineReply) => void;
  readonly forget: () => void;
  long: boolean;
}

export interface EnginePoolOptions {
  /** Default: one per core, up to four (`poolSize`). */
  readonly size?: number;
  /** How a worker's runner is made (default `createRunner`, with its main-thread fallback). */
  readonly makeRunner?: (name: string) => EngineRunner;
}

/**
 * Workers are made when a job first needs one (as `createRunner` makes its worker on the first
 * message), so a page that draws no bands starts none. A new job goes to the worker with the fewest
 * long jobs (the first such): a plan search and the editor's bands spread over the cores instead of
 * queueing on one. A job stays on its worker for all its messages (a summary gathers its draws there).
 */
export function createEnginePool(options: EnginePoolOptions = {}): EnginePool {
  const cores = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  const size = options.size ?? poolSize(cores);
  const makeRunner = options.makeRunner ?? ((name: string) => createRunner(name));
  const workers: Slot[] = Array.from({ length: size }, (_, index) => ({
    name: `engine ${index + 1}`,
    runner: undefined,
    load: 0,
  }));
  /** Jobs by their pool-wide number, until their last reply. */
  const jobs = new Map<number, Job>();
  let nextId = 0;

  function route(reply: EngineReply): void {
    const job = jobs.get(reply.job);
    if (!job) return;
    if (isLast(reply)) finish(job);
    job.deliver({ ...reply, job: job.laneJob });
  }

  function runnerOf(worker: Slot): EngineRunner {
    if (!worker.runner) {
      worker.runner = makeRunner(worker.name);
      worker.runner.listen(route);
    }
    return worker.runner;
  }

  function leastLoaded(): Slot {
    return workers.reduce((best, worker) => (worker.load < best.load ? worker : best));
  }

  /** The job no longer counts as its worker's load. */
  function unload(job: Job): void {
    if (job.long) job.worker.load -= 1;
    job.long = false;
  }

  /** The job's replies are no longer routed. */
  function finish(job: Job): void {
    unload(job);
    jobs.delete(job.id);
    job.forget();
  }

  /** Stops the job on its worker; it is forgotten at once if nothing more will come (or nobody listens). */
  function cancel(job: Job, forgetNow: boolean): void {
    runnerOf(job.worker).post({ type: 'cancel', job: job.id });
    unload(job);
    if (forgetNow || SILENT_ONCE_CANCELLED.has(job.kind)) finish(job);
  }

  function lane(): EngineRunner {
    let listener: (reply: EngineReply) => void = () => {};
    let disposed = false;
    /** This lane's jobs by its own numbers. */
    const own = new Map<number, Job>();
    return {
      post: (message) => {
        if (disposed) return;
        const known = own.get(message.job);
        if (message.type === 'cancel') {
          if (known) cancel(known, false);
          return;
        }
        let job = known;
        if (!job) {
          const long = LONG.has(message.type);
          const laneJob = message.job;
          job = {
            id: ++nextId,
            kind: message.type,
            worker: leastLoaded(),
            laneJob,
            deliver: (reply) => {
              if (!disposed) listener(reply);
            },
            forget: () => own.delete(laneJob),
            long,
          };
          if (long) job.worker.load += 1;
          own.set(laneJob, job);
          jobs.set(job.id, job);
        }
        runnerOf(job.worker).post({ ...message, job: job.id });
      },
      listen: (fn) => {
        listener = fn;
      },
      dispose: () => {
        disposed = true;
        for (const job of [...own.values()]) cancel(job, true);
      },
    };
  }

  return {
    size,
    lane,
    dispose: () => {
      for (const worker of workers) worker.runner?.dispose();
    },
  };
}

let shared: EnginePool | undefined;

/** The app's one pool, made on first use. */
export function enginePool(): EnginePool {
  shared ??= createEnginePool();
  return shared;
}
