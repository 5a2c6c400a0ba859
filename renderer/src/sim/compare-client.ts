import type { BandOutputs, CompareError, RunOutputs } from '../../../shared/compare';
import type { Scenario } from '../../../shared/domain/scenario';
import type { Attribution } from '../../../shared/engine/attribution';
import type { EngineError } from '../../../shared/engine/engine-error';
import type { GoalSeekAnswer } from '../../../shared/engine/goal-seek';
import type { GoalSeekError, GoalSeekRequest } from '../../../shared/engine/goal-seek-request';
import type { Result } from '../../../shared/result';
import { err } from '../../../shared/result';
import { Lru } from './lru';
import type { EngineItem, EngineReply, EngineRequest } from './protocol';
import { contentKey } from './protocol';
import type { EngineRunner } from './runner';

/** Runs and bands computed so far, by content key (`bandsKey` for bands): the view picks its own. */
export interface CompareSnapshot {
  readonly runs: ReadonlyMap<string, Result<RunOutputs, CompareError>>;
  readonly bands: ReadonlyMap<string, Result<BandOutputs, CompareError>>;
}

export interface CompareClientOptions {
  /** Runs and bands. */
  readonly runner: EngineRunner;
  /** Attribution and goal seek, so that they need not wait for bands. */
  readonly analysisRunner: EngineRunner;
  readonly onUpdate: (snapshot: CompareSnapshot) => void;
  readonly cacheSize?: number;
}

/** Where bands of a scenario on a seed with a number of draws are kept. */
export function bandsKey(key: string, seed: number, draws: number): string {
  return `${seed}:${draws}:${key}`;
}

interface BandsJob {
  readonly item: EngineItem;
  readonly seed: number;
  readonly draws: number;
}

/**
 * Between the compare view and the engine. Results are cached by content, so switching the reference
 * (which keeps the seed when the scenarios share it) or returning to an earlier selection reruns
 * nothing. Lines first: all missing runs in one request; then the bands, scenario by scenario, all
 * draws on the comparison's seed (common random numbers); a new selection cancels bands it no longer
 * needs. Attributions are cached per pair, goal seeks are not (each is a question of its own).
 */
export class CompareClient {
  private readonly runs: Lru<Result<RunOutputs, CompareError>>;
  private readonly bands: Lru<Result<BandOutputs, CompareError>>;
  private readonly attributions: Lru<Promise<Result<Attribution, CompareError>>>;
  private readonly pending = new Map<number, (message: EngineReply) => void>();
  /** Scenario names by content key, for the errors' wording. */
  private readonly names = new Map<string, string>();
  /** Runs asked for and not yet answered: not asked for twice. */
  private readonly runsAsked = new Set<string>();
  private queue: BandsJob[] = [];
  private running: (BandsJob & { readonly job: number }) | undefined;
  private job = 0;

  constructor(private readonly options: CompareClientOptions) {
    const size = options.cacheSize ?? 32;
    this.runs = new Lru(size);
    this.bands = new Lru(size);
    this.attributions = new Lru(size);
    options.runner.listen((message) => this.receive(message));
    options.analysisRunner.listen((message) => this.pending.get(message.job)?.(message));
  }

  /** The scenarios to compare, their bands on `seed` with `draws` draws (0: none). */
  request(scenarios: readonly Scenario[], seed: number, draws: number): void {
    const toRun: EngineItem[] = [];
    const queue: BandsJob[] = [];
    const seen = new Set<string>();
    for (const scenario of scenarios) {
      const key = contentKey(scenario);
      if (seen.has(key)) continue;
      seen.add(key);
      this.names.set(key, scenario.name);
      if (!this.runs.has(key) && !this.runsAsked.has(key)) toRun.push({ key, scenario });
      if (draws > 0 && !this.bands.has(bandsKey(key, seed, draws)))
        queue.push({ item: { key, scenario }, seed, draws });
    }
    // Bands already running for a scenario still compared go on; the rest of the old queue is dropped.
    const running = this.running;
    const keep = running !== undefined && queue.some((next) => this.keyOf(next) === this.keyOf(running));
    if (running && !keep) {
      this.options.runner.post({ type: 'cancel', job: running.job });
      this.running = undefined;
    }
    this.queue = keep ? queue.filter((next) => this.keyOf(next) !== this.keyOf(running)) : queue;
    for (const { key } of toRun) this.runsAsked.add(key);
    if (toRun.length > 0) this.options.runner.post({ type: 'run', job: ++this.job, items: toRun });
    else this.emit();
    this.nextBands();
  }

  /** Why `other` differs from `reference` (cached per pair of contents). */
  attribution(reference: Scenario, other: Scenario): Promise<Result<Attribution, CompareError>> {
    const key = `${contentKey(reference)}|${contentKey(other)}`;
    const cached = this.attributions.get(key);
    if (cached) return cached;
    const promise = this.ask<Result<Attribution, CompareError>>(
      (job) => ({ type: 'attribution', job, reference, other }),
      'attribution-result',
    );
    this.attributions.set(key, promise);
    return promise;
  }

  goalSeek(scenario: Scenario, request: GoalSeekRequest): Promise<Result<GoalSeekAnswer, GoalSeekError>> {
    return this.ask((job) => ({ type: 'goal-seek', job, scenario, request }), 'goal-seek-result');
  }

  dispose(): void {
    this.options.runner.dispose();
    this.options.analysisRunner.dispose();
    this.pending.clear();
  }

  private keyOf(job: BandsJob): string {
    return bandsKey(job.item.key, job.seed, job.draws);
  }

  private ask<T>(
    message: (job: number) => EngineRequest,
    type: 'attribution-result' | 'goal-seek-result',
  ): Promise<T> {
    const job = ++this.job;
    return new Promise<T>((resolve) => {
      this.pending.set(job, (answer) => {
        if (answer.type !== type) return;
        this.pending.delete(job);
        resolve(answer.outcome as T);
      });
      this.options.analysisRunner.post(message(job));
    });
  }

  private nextBands(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = { ...next, job: ++this.job };
    const { item, seed, draws } = next;
    this.options.runner.post({
      type: 'bands',
      job: this.running.job,
      item,
      seed,
      draws,
      checkpoints: [draws],
    });
  }

  private engineError(key: string, error: EngineError & { readonly draw?: number }): CompareError {
    if (error.kind === 'unknown-catalogue') return error;
    return { kind: 'engine', name: this.names.get(key) ?? '', error };
  }

  private receive(message: EngineReply): void {
    // Results of a cancelled job are still right for their inputs: keep them.
    if (message.type === 'run-result') {
      for (const { key, outcome } of message.results) {
        this.runsAsked.delete(key);
        this.runs.set(key, outcome.ok ? outcome : err(this.engineError(key, outcome.error)));
      }
    } else if (message.type === 'bands-progress') {
      if (message.done < message.total && message.outcome.ok) return;
      const { outcome, key, seed, total } = message;
      this.bands.set(
        bandsKey(key, seed, total),
        outcome.ok ? outcome : err(this.engineError(key, outcome.error)),
      );
      if (this.running?.job === message.job) {
        this.running = undefined;
        this.nextBands();
      }
    } else {
      return;
    }
    this.emit();
  }

  private emit(): void {
    this.options.onUpdate({ runs: new Map(this.runs), bands: new Map(this.bands) });
  }
}
