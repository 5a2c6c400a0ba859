import { progressiveCheckpoints } from './engine-tasks';
import { Lru } from './lru';
import type { EngineReply } from './protocol';
import type { EngineRunner } from './runner';
import type { Bands, Outcome, SimItem, Trajectory } from './sim-types';

export interface BandState {
  readonly outcome: Outcome<Bands>;
  readonly done: number;
  readonly total: number;
}

/** What the charts draw: the deterministic runs of the latest inputs, and the bands refined so far. */
export interface SimSnapshot<Item extends SimItem = SimItem> {
  /** The input version these runs belong to (for input-to-redraw timing). */
  readonly version: number;
  /** The scenarios requested, as given: every one has its run in `runs`. */
  readonly items: readonly Item[];
  readonly runs: ReadonlyMap<string, Outcome<Trajectory>>;
  readonly bands: ReadonlyMap<string, BandState>;
}

export interface SimClientOptions<Item extends SimItem> {
  readonly runner: EngineRunner;
  readonly bandRunner: EngineRunner;
  readonly onUpdate: (snapshot: SimSnapshot<Item>) => void;
  /** Quiet time after the last input before Monte Carlo starts. */
  readonly settleMs?: number;
  readonly draws?: () => number;
  readonly cacheSize?: number;
}

/**
 * Scheduler between the inputs and the engine (after SDEverywhere's): rapid changes are coalesced,
 * latest wins — while one run is in flight only the newest inputs wait, and results of stale inputs
 * are never drawn. Results are cached by content, so the baseline and the compared scenarios are not
 * rerun on every slider move. Bands run on a second worker once the inputs have been quiet.
 */
export class SimClient<Item extends SimItem = SimItem> {
  private readonly runs: Lru<Outcome<Trajectory>>;
  private readonly bands: Lru<BandState>;
  private wanted: readonly Item[] = [];
  private version = 0;
  private job = 0;
  private inFlight = false;
  private pending = false;
  /** Monte Carlo jobs running, by job number: one per runner, so bands use both cores when idle. */
  private readonly bandJobs = new Map<number, { readonly key: string; readonly runner: EngineRunner }>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: SimClientOptions<Item>) {
    this.runs = new Lru(options.cacheSize ?? 64);
    this.bands = new Lru(options.cacheSize ?? 64);
    options.runner.listen((message) => this.receive(message));
    options.bandRunner.listen((message) => this.receive(message));
  }

  /** New inputs: the visible scenarios at input version `version`. */
  request(items: readonly Item[], version: number): void {
    this.wanted = items;
    this.version = version;
    this.deferBands();
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.sendMissing();
  }

  dispose(): void {
    clearTimeout(this.settleTimer);
    this.options.runner.dispose();
    this.options.bandRunner.dispose();
  }

  private missing(): SimItem[] {
    const seen = new Set<string>();
    return this.wanted.filter(
      (item) => !this.runs.has(item.key) && !seen.has(item.key) && seen.add(item.key),
    );
  }

  private sendMissing(): void {
    const missing = this.missing();
    if (missing.length === 0) {
      this.emit();
      return;
    }
    this.inFlight = true;
    this.options.runner.post({ type: 'run', job: ++this.job, items: missing });
  }

  private receive(message: EngineReply): void {
    if (message.type === 'run-result') {
      for (const { key, outcome } of message.results) this.runs.set(key, outcome);
      this.inFlight = false;
      if (this.pending) this.pending = false;
      this.sendMissing();
      return;
    }
    if (message.type !== 'bands-progress' || !this.bandJobs.has(message.job)) return;
    const before = this.bands.get(message.key);
    // A restarted refinement does not replace better partial bands with rougher ones.
    const rougher =
      before?.outcome.ok &&
      message.outcome.ok &&
      before.total === message.total &&
      before.done >= message.done;
    if (!rougher)
      this.bands.set(message.key, { outcome: message.outcome, done: message.done, total: message.total });
    if (!rougher) this.emit();
    if (message.done >= message.total || !message.outcome.ok) {
      this.bandJobs.delete(message.job);
      this.startBands();
    }
  }

  private emit(): void {
    const runs = new Map<string, Outcome<Trajectory>>();
    const bands = new Map<string, BandState>();
    for (const { key } of this.wanted) {
      const run = this.runs.get(key);
      if (run) runs.set(key, run);
      const band = this.bands.get(key);
      if (band) bands.set(key, band);
    }
    this.options.onUpdate({ version: this.version, items: this.wanted, runs, bands });
  }

  /** Input arrived: stop refining, and start again once it has been quiet. */
  private deferBands(): void {
    clearTimeout(this.settleTimer);
    for (const [job, { runner }] of this.bandJobs) runner.post({ type: 'cancel', job });
    this.bandJobs.clear();
    this.settleTimer = setTimeout(() => this.startBands(), this.options.settleMs ?? 250);
  }

  /**
   * Starts the bands still missing, one scenario per idle runner: the band runner, and the run runner
   * too (new input cancels bands before it runs anything, and runs go between chunks of draws).
   */
  private startBands(): void {
    const total = this.options.draws?.() ?? 500;
    const running = new Set([...this.bandJobs.values()].map((entry) => entry.key));
    const busy = new Set([...this.bandJobs.values()].map((entry) => entry.runner));
    const lanes = [this.options.bandRunner, this.options.runner].filter((runner) => !busy.has(runner));
    const waiting = this.wanted.filter((item, index) => {
      if (running.has(item.key) || this.wanted.findIndex((other) => other.key === item.key) !== index)
        return false;
      const state = this.bands.get(item.key);
      return !state || (state.outcome.ok && (state.done < state.total || state.total !== total));
    });
    for (const [lane, next] of lanes.map((runner, i) => [runner, waiting[i]] as const)) {
      if (!next) return;
      const job = ++this.job;
      this.bandJobs.set(job, { key: next.key, runner: lane });
      lane.post({
        type: 'bands',
        job,
        item: next,
        seed: next.scenario.seed,
        draws: total,
        checkpoints: progressiveCheckpoints(total),
      });
    }
  }
}
