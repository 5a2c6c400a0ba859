import { useCallback, useEffect, useRef, useState } from 'react';
import type { OptimizeError, OptimizeProblem, OptimizeProgress } from '../../../../shared/optimize';
import type { PlanAnswer } from '../../sim/plan-protocol';
import type { PlanRunner } from '../../sim/plan-runner';
import { createPlanRunner } from '../../sim/plan-runner';

export type SearchState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress?: OptimizeProgress }
  | { readonly phase: 'done'; readonly answer: PlanAnswer }
  | { readonly phase: 'failed'; readonly error: OptimizeError; readonly progress?: OptimizeProgress };

/**
 * The plan finder in its own worker while the view is open: `find` starts a search (cancelling one
 * that runs), progress arrives as the frontier fills in, `cancel` stops it between waves of draws.
 */
export function usePlanSearch(makeRunner: () => PlanRunner = createPlanRunner) {
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const runner = useRef<PlanRunner | null>(null);
  const job = useRef(0);

  useEffect(() => {
    const current = makeRunner();
    runner.current = current;
    current.listen((message) => {
      if (message.job !== job.current) return;
      if (message.type === 'progress') {
        setState((previous) =>
          previous.phase === 'running' ? { phase: 'running', progress: message.progress } : previous,
        );
        return;
      }
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
    job.current += 1;
    setState({ phase: 'running' });
    runner.current?.post({ type: 'find', job: job.current, problem });
  }, []);

  const cancel = useCallback(() => {
    runner.current?.post({ type: 'cancel', job: job.current });
  }, []);

  return { state, find, cancel };
}
