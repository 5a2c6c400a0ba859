import type { BandOutputs, CompareError, RunOutputs } from '../../../shared/compare';
import type { Scenario } from '../../../shared/domain/scenario';
import type { Attribution } from '../../../shared/engine/attribution';
import type { GoalSeekAnswer } from '../../../shared/engine/goal-seek';
import type { GoalSeekError, GoalSeekRequest } from '../../../shared/engine/goal-seek-request';
import type { Result } from '../../../shared/result';
import type { CompareItem, FromCompareWorker } from './compare-protocol';
import { bandsKey } from './compare-protocol';
import type { CompareRunner } from './compare-runners';
import { contentKey } from './sim-types';

/** Runs and bands computed so far, by content key (`bandsKey` for bands): the view picks its own. */
export interface CompareSnapshot {
  readonly runs: ReadonlyMap<string, Result<RunOutputs, CompareError>>;
  readonly bands: ReadonlyMap<string, Result<BandOutputs, CompareError>>;
}

export interface CompareClientOptions {
  /** Runs and bands. */
  readonly runner: CompareRunner;
  /** Attribution and goal seek, so that they need not wait for bands. */
  readonly analysisRunner: CompareRunner;
  readonly onUpdate: (snapshot: CompareSnapshot) => void;
  readonly cacheSize?: number;
}

/** A map that forgets its least recently set entries beyond `limit`. */
class Recent<V> extends Map<string, V> {
  constructor(private readonly limit: number) {
    super();
  }
  override set(key: string, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) super.delete(this.keys().next().value as string);
    return this;
  }
}

type Pending = (message: FromCompareWorker) => void;

/**
 * Between the compare view and its engine. Results are cached by content, so switching the
 * reference (which keeps the seed when the scenarios share it) or returning to an earlier selection
 * reruns nothing; a new selection cancels the bands still running for the old one. Attributions are
 * cached per pair, goal seeks are not (each is a question of its own).
 */
export class CompareClient {
  private readonly runs: Recent<Result<RunOutputs, CompareError>>;
  private readonly bands: Recent<Result<BandOutputs, CompareError>>;
  private readonly attributions: Recent<Promise<Result<Attribution, CompareError>>>;
  private readonly pending = new Map<number, Pending>();
  private job = 0;
  private runJob = -1;

  constructor(private readonly options: CompareClientOptions) {
    const size = options.cacheSize ?? 32;
    this.runs = new Recent(size);
    this.bands = new Recent(size);
    this.attributions = new Recent(size);
    options.runner.listen((message) => this.receive(message));
    options.analysisRunner.listen((message) => this.pending.get(message.job)?.(message));
  }

  /** The scenarios to compare, their bands on `seed` with `draws` draws (0: none). */
  request(scenarios: readonly Scenario[], seed: number, draws: number): void {
    const items: CompareItem[] = [];
    const seen = new Set<string>();
    for (const scenario of scenarios) {
      const key = contentKey(scenario);
      if (seen.has(key)) continue;
      seen.add(key);
      const run = !this.runs.has(key);
      const bands = draws > 0 && !this.bands.has(bandsKey(key, seed, draws));
      if (run || bands) items.push({ key, scenario, run, bands });
    }
    if (this.runJob >= 0) this.options.runner.post({ type: 'cancel', job: this.runJob });
    this.runJob = -1;
    if (items.length === 0) {
      this.emit();
      return;
    }
    this.runJob = ++this.job;
    this.options.runner.post({ type: 'compare-run', job: this.runJob, items, seed, draws });
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

  private ask<T>(
    message: (job: number) => Parameters<CompareRunner['post']>[0],
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

  private receive(message: FromCompareWorker): void {
    // Results of a cancelled job are still right for their inputs: keep them.
    if (message.type === 'run-result') {
      for (const { key, outcome } of message.results) this.runs.set(key, outcome);
    } else if (message.type === 'bands-result') {
      this.bands.set(bandsKey(message.key, message.seed, message.draws), message.outcome);
    } else {
      return;
    }
    this.emit();
  }

  private emit(): void {
    this.options.onUpdate({ runs: new Map(this.runs), bands: new Map(this.bands) });
  }
}
