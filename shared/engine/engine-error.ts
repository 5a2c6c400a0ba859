/** Why the engine refused to run. Every refusal names what is wrong and where. */
export type EngineError =
  | { readonly kind: 'unknown-catalogue'; readonly catalogue: string }
  | { readonly kind: 'unknown-sector'; readonly sector: string }
  /** The scenario still lists restriction packages: the edge that read it must apply them first. */
  | { readonly kind: 'unresolved-packages'; readonly packages: readonly string[] }
  | {
      readonly kind: 'invalid-parameter';
      /** The parameter or data key, e.g. "nu" or "lag0". */
      readonly key: string;
      readonly sector?: string;
      readonly value: number;
      readonly requirement: string;
    }
  | {
      readonly kind: 'unstable';
      /** The stability condition of model.md §5 that still fails at the smallest step. */
      readonly condition: string;
      readonly sector: string;
      readonly dt: number;
    }
  /** A thread running Monte Carlo draws stopped (the draws themselves are pure, so this is the machine). */
  | { readonly kind: 'worker-failed'; readonly reason: string };

/** A plain-English sentence for an engine error (the UI maps kinds to translated messages). */
export function describeEngineError(error: EngineError): string {
  switch (error.kind) {
    case 'unknown-catalogue':
      return `Unknown catalogue "${error.catalogue}".`;
    case 'unknown-sector':
      return `Unknown sector "${error.sector}".`;
    case 'unresolved-packages':
      return `The restriction packages ${error.packages.join(', ')} were not applied before the run.`;
    case 'invalid-parameter':
      return `Parameter ${error.key}${error.sector ? ` in sector ${error.sector}` : ''} is ${error.value}, but the model requires ${error.requirement}.`;
    case 'worker-failed':
      return `A Monte Carlo thread failed: ${error.reason}.`;
    case 'unstable':
      return `The run is numerically unstable in sector ${error.sector} even at dt = 1/${Math.round(1 / error.dt)}: the condition ${error.condition} does not hold. Choose less extreme parameters.`;
  }
}
