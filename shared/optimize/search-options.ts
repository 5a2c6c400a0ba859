import type { CentralRunner } from './draw-runner';
import type { FrontierPoint } from './frontier';

export interface OptimizeProgress {
  readonly phase: 'prescreen' | 'frontier' | 'refine' | 'polish' | 'price' | 'holdout' | 'drivers';
  readonly centralRuns: number;
  /** Monte Carlo draws run so far, over every candidate. */
  readonly drawRuns: number;
  readonly frontier: readonly FrontierPoint[];
  /** The least-cost package so far that meets the confidence, if any. */
  readonly best?: { readonly cost: number; readonly confidence: number };
}

export interface SearchOptions {
  /** Checked between engine runs; an AbortSignal fits. */
  readonly signal?: { readonly aborted: boolean };
  readonly onProgress?: (progress: OptimizeProgress) => void;
  /**
   * Awaited between steps of the search: a host whose messages arrive only when the search yields (a
   * worker) passes a short pause here, so a cancel is heard even between Monte Carlo readings.
   */
  readonly pause?: () => Promise<void>;
  /**
   * Runs the pre-screen's central runs (one per lever at each step of the walk) elsewhere, e.g. on the
   * worker threads that run the draws: the walk then takes a fraction of the time and warms those
   * threads for the first reading on the draws. Without it they run on the calling thread.
   */
  readonly centralRunner?: CentralRunner;
  /** At most this many candidates are read on the draws while refining (default 40). */
  readonly maxRefinements?: number;
  /**
   * Asked between steps, like `signal`: once true the search stops where it is and answers with the
   * best package found so far, marked `stopped: 'time'` (what is left undone is left out).
   */
  readonly timeUp?: () => boolean;
}
