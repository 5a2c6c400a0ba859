import { useCallback, useEffect, useRef, useState } from 'react';
import type { OptimizeError, OptimizeProblem, OptimizeProgress } from '../../../../shared/optimize';
import type { PlanAnswer } from '../../sim/protocol';
import { enginePool } from '../../sim/engine-pool';
import type { EngineRunner } from '../../sim/runner';

export type SearchState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress?: OptimizeProgress }
  | { readonly phase: 'done'; readonly answer: PlanAnswer }
  | { readonly phase: 'failed'; readonly error: OptimizeError; readonly progress?: OptimizeProgress };

/**
 * The plan finder's lane of the engine pool: a search takes seconds, so the pool places it on the
 * worker with the fewest long jobs, beside (not instead of) the charts' bands.
 */
const planRunner = () => enginePool().lane();

/**
 * The plan finder on an engine lane of its own while the view is open: `find` starts a search
 * (cancelling one that runs), progress arrives as the frontier fills in, `cancel` stops it between
 * waves of draws.
 */
export function usePlanSearch(makeRunner: () => EngineRunner = planRunner) {
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const runner = useRef<EngineRunner | null>(null);
  const job = useRef(0);

  useEffect(() => {
    const current = makeRunner();
    runner.current = current;
    current.listen((message) => {
      if (message.job !== job.current) return;
      if (message.type === 'plan-progress') {
        setState((previous) =>
          previous.phase === 'running' ? { phase: 'running', progress: message.progress } : previous,
        );
        return;
      }
      if (message.type !== 'plan-result') return;
      setState((previous) =>
        message.outcome.ok
          ? { phase: 'done', answer: message.outcome.value }
          : {
              phase: 'failed',
              error: message.outcome.error,
              ...(previous.phase === 'running' && previous.progress ? { progress: previous.progress } : {}),
            },
      );
    });
    return () => {
      current.dispose();
      runner.current = null;
    };
  }, [makeRunner]);

  const find = useCallback((problem: OptimizeProblem) => {
    // A worker runs several searches side by side: the one replaced must be stopped explicitly.
    runner.current?.post({ type: 'cancel', job: job.current });
    job.current += 1;
    setState({ phase: 'running' });
    runner.current?.post({ type: 'plan', job: job.current, problem });
  }, []);

  const cancel = useCallback(() => {
    runner.current?.post({ type: 'cancel', job: job.current });
  }, []);

  return { state, find, cancel };
}
