import type { DrawSamples } from '../../../shared/engine/monte-carlo-draws';
import type { Scenario } from '../../../shared/domain/scenario';
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
  /**
   * One deterministic run, answered at once. A run costs well under a millisecond, less than a message
   * to a worker and back, which the browser may also hold until after its next frame.
   */
  readonly run: (scenario: Scenario) => Outcome<Trajectory>;
  /** Where Monte Carlo draws run (workers): a scenario's draws are split over all of them. */
  readonly lanes: readonly EngineRunner[];
  readonly onUpdate: (snapshot: SimSnapshot<Item>) => void;
  /** Quiet time after the last input before Monte Carlo starts. */
  readonly settleMs?: number;
  readonly draws?: () => number;
  readonly cacheSize?: number;
}

/**
 * One scenario's bands being refined: its draws split into one range per lane, the samples passed on
 * to the first lane, which turns them into bands (off this thread) as they come.
 */
interface Refinement {
  readonly item: SimItem;
  readonly total: number;
  /** Job number → the runner drawing that range, until its last samples arrived. */
  readonly jobs: Map<number, EngineRunner>;
  /** Job number → how many of its progressive marks it has reached. */
  readonly reached: Map<number, number>;
  /** The mark every lane had reached when the samples were last sent to be summarized. */
  summarized: number;
  readonly summaryJob: number;
  readonly summarizer: EngineRunner;
  /** Samples arrived and not yet sent to the summarizer (one summary at a time: they wait for it). */
  waiting: DrawSamples[];
  summarizing: boolean;
}

/**
 * Scheduler between the inputs and the engine (after SDEverywhere's). Deterministic runs are made on
 * the spot, so a slider move is drawn in the task that handled it; results are cached by content, so
 * the baseline and the compared scenarios are not rerun on every move. Monte Carlo bands wait until
 * the inputs have been quiet, then refine one scenario at a time with its draws split over every lane
 * (both cores), progressively; new input stops them between two chunks of draws.
 */
export class SimClient<Item extends SimItem = SimItem> {
  private readonly runs: Lru<Outcome<Trajectory>>;
  private readonly bands: Lru<BandState>;
  private wanted: readonly Item[] = [];
  private version = 0;
  private job = 0;
  private refining: Refinement | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: SimClientOptions<Item>) {
    this.runs = new Lru(options.cacheSize ?? 64);
    this.bands = new Lru(options.cacheSize ?? 64);
    for (const lane of options.lanes) lane.listen((message) => this.receive(message));
  }

  /** New inputs: the visible scenarios at input version `version`. */
  request(items: readonly Item[], version: number): void {
    this.wanted = items;
    this.version = version;
    this.deferBands();
    for (const item of items) {
      if (!this.runs.has(item.key)) this.runs.set(item.key, this.options.run(item.scenario));
    }
    this.emit();
  }

  dispose(): void {
    clearTimeout(this.settleTimer);
    for (const lane of this.options.lanes) lane.dispose();
  }

  private receive(message: EngineReply): void {
    const refining = this.refining;
    if (!refining) return;
    if (message.type === 'draws-progress' && refining.jobs.has(message.job)) {
      if (!message.outcome.ok) return this.refused(refining, message.outcome);
      refining.waiting.push(...message.outcome.value);
      refining.reached.set(message.job, (refining.reached.get(message.job) ?? 0) + 1);
      if (message.last) refining.jobs.delete(message.job);
      this.summarize(refining);
    } else if (message.type === 'bands-progress' && message.job === refining.summaryJob) {
      refining.summarizing = false;
      if (!message.outcome.ok) return this.refused(refining, message.outcome);
      const before = this.bands.get(refining.item.key);
      // A restarted refinement does not replace better partial bands with rougher ones.
      if (!(before?.outcome.ok && before.total === message.total && before.done >= message.done)) {
        this.bands.set(refining.item.key, {
          outcome: message.outcome,
          done: message.done,
          total: message.total,
        });
        this.emit();
      }
      if (message.done >= message.total) {
        this.refining = undefined;
        this.startBands();
      } else {
        this.summarize(refining);
      }
    }
  }

  /**
   * Sends the samples that arrived to the summarizer once every lane has reached a further mark (so
   * the bands are redrawn at 25, 100, 250 and all draws, not once per lane), unless it is still busy.
   */
  private summarize(refining: Refinement): void {
    const level = Math.min(...refining.reached.values());
    const due = refining.jobs.size === 0 || level > refining.summarized;
    if (refining.summarizing || refining.waiting.length === 0 || !due) return;
    refining.summarized = level;
    const parts = refining.waiting;
    refining.waiting = [];
    refining.summarizing = true;
    refining.summarizer.post({
      type: 'summarize',
      job: refining.summaryJob,
      item: refining.item,
      seed: refining.item.scenario.seed,
      total: refining.total,
      parts,
      final: refining.jobs.size === 0,
    });
  }

  /** A draw failed: its error is what the bands of the scenario show, and the next scenario's turn comes. */
  private refused(refining: Refinement, outcome: Extract<Outcome<Bands>, { ok: false }>): void {
    this.bands.set(refining.item.key, { outcome, done: 0, total: refining.total });
    this.stopBands();
    this.emit();
    this.startBands();
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

  private stopBands(): void {
    const refining = this.refining;
    if (!refining) return;
    for (const [job, lane] of refining.jobs) lane.post({ type: 'cancel', job });
    refining.summarizer.post({ type: 'cancel', job: refining.summaryJob });
    this.refining = undefined;
  }

  /** Input arrived: stop refining, and start again once it has been quiet. */
  private deferBands(): void {
    clearTimeout(this.settleTimer);
    this.stopBands();
    this.settleTimer = setTimeout(() => this.startBands(), this.options.settleMs ?? 100);
  }

  /** The next visible scenario whose bands are missing or partial, its draws split over the lanes. */
  private startBands(): void {
    if (this.refining) return;
    const total = this.options.draws?.() ?? 500;
    const next = this.wanted.find((item) => {
      const state = this.bands.get(item.key);
      return !state || (state.outcome.ok && (state.done < state.total || state.total !== total));
    });
    if (!next) return;
    const lanes = this.options.lanes;
    const refining: Refinement = {
      item: next,
      total,
      jobs: new Map(),
      reached: new Map(),
      summarized: 0,
      summaryJob: ++this.job,
      summarizer: lanes[0]!,
      waiting: [],
      summarizing: false,
    };
    this.refining = refining;
    const marks = progressiveCheckpoints(total);
    lanes.forEach((lane, index) => {
      const from = Math.round((total * index) / lanes.length);
      const to = Math.round((total * (index + 1)) / lanes.length);
      if (from >= to) return;
      const job = ++this.job;
      refining.jobs.set(job, lane);
      refining.reached.set(job, 0);
      lane.post({
        type: 'draws',
        job,
        item: next,
        seed: next.scenario.seed,
        from,
        to,
        // Each lane's share of the progressive marks, so that together they reach them at once.
        checkpoints: marks.map((mark) => from + Math.ceil(((to - from) * mark) / total)),
      });
    });
  }
}
