import { createContext, useContext, useEffect, useState } from 'react';
import type { CompareError } from '../../../../shared/compare';
import { comparisonSeed } from '../../../../shared/compare';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { Attribution } from '../../../../shared/engine/attribution';
import type { GoalSeekAnswer } from '../../../../shared/engine/goal-seek';
import type { GoalSeekError, GoalSeekRequest } from '../../../../shared/engine/goal-seek-request';
import type { Result } from '../../../../shared/result';
import { CompareClient } from '../../sim/compare-client';
import { enginePool } from '../../sim/engine-pool';
import type { EngineRunner } from '../../sim/runner';
import type { AppState, AppStore } from '../../store';
import { comparedDocs } from './comparison-state';

/** Monte Carlo draws per compared scenario: the user's setting, as in the editor. */
export function drawsOf(state: AppState): number {
  return state.settings?.draws ?? 500;
}

/**
 * Connects the compare slice to its engine: whenever the compared scenarios, the reference's seed or
 * the draws change, the client is asked for what is missing; its results land in the slice.
 */
export function connectCompare(
  store: AppStore,
  runners?: { runner: EngineRunner; analysisRunner: EngineRunner },
): { client: CompareClient; stop: () => void } {
  const client = new CompareClient({
    runner: runners?.runner ?? enginePool().lane(),
    analysisRunner: runners?.analysisRunner ?? enginePool().lane(),
    onUpdate: (snapshot) => store.getState().setCompareSnapshot(snapshot),
  });
  const request = (state: AppState) => {
    const docs = comparedDocs({ ids: state.compare.ids, docs: state.compareDocs });
    const referenceId = state.compare.referenceId;
    if (!docs || docs.length < 2 || referenceId === null) return;
    client.request(docs, comparisonSeed(docs, referenceId), drawsOf(state));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.compare !== previous.compare ||
      state.compareDocs !== previous.compareDocs ||
      drawsOf(state) !== drawsOf(previous)
    )
      request(state);
  });
  request(store.getState());
  return {
    client,
    stop: () => {
      unsubscribe();
      client.dispose();
    },
  };
}

/** The engine's questions the compare view asks on demand. */
export interface CompareEngine {
  attribution(reference: Scenario, other: Scenario): Promise<Result<Attribution, CompareError>>;
  goalSeek(scenario: Scenario, request: GoalSeekRequest): Promise<Result<GoalSeekAnswer, GoalSeekError>>;
}

/**
 * A stable handle on the view's client. Children ask in their effects, which run before the view's
 * own effect connects the client: their questions wait for it.
 */
class EngineHandle implements CompareEngine {
  private resolve: (client: CompareClient) => void = () => {};
  private client: Promise<CompareClient> = this.fresh();

  private fresh(): Promise<CompareClient> {
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }
  attach(client: CompareClient): void {
    this.resolve(client);
  }
  detach(): void {
    this.client = this.fresh();
  }
  async attribution(reference: Scenario, other: Scenario) {
    return (await this.client).attribution(reference, other);
  }
  async goalSeek(scenario: Scenario, request: GoalSeekRequest) {
    return (await this.client).goalSeek(scenario, request);
  }
}

export const CompareEngineContext = createContext<CompareEngine | null>(null);

/** The compare view's engine, connected with the view and stopped with it. */
export function useCompareEngineConnection(
  store: AppStore,
  runners?: () => { runner: EngineRunner; analysisRunner: EngineRunner },
): CompareEngine {
  const [handle] = useState(() => new EngineHandle());
  useEffect(() => {
    const connected = connectCompare(store, runners?.());
    handle.attach(connected.client);
    return () => {
      connected.stop();
      handle.detach();
    };
  }, [store, handle, runners]);
  return handle;
}

/** The engine for attribution and goal seek, from inside the compare view. */
export function useCompareEngine(): CompareEngine {
  const engine = useContext(CompareEngineContext);
  if (!engine) throw new Error('useCompareEngine outside the compare view');
  return engine;
}
