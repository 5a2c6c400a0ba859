import type { EngineError } from '../engine/engine-error';
import { describeEngineError } from '../engine/engine-error';

/** Why scenarios cannot be compared, or a comparison output cannot be read. */
export type CompareError =
  | { readonly kind: 'scenario-count'; readonly count: number; readonly min: number; readonly max: number }
  | { readonly kind: 'duplicate-scenario'; readonly id: string }
  | { readonly kind: 'unknown-reference'; readonly referenceId: string }
  | { readonly kind: 'unknown-catalogue'; readonly catalogue: string }
  | {
      readonly kind: 'different-catalogues';
      readonly name: string;
      readonly catalogue: string;
      readonly expected: string;
    }
  | {
      readonly kind: 'different-years';
      readonly name: string;
      readonly baseYear: number;
      readonly horizon: number;
      readonly expectedBaseYear: number;
      readonly expectedHorizon: number;
    }
  | { readonly kind: 'unknown-sector'; readonly sector: string }
  | { readonly kind: 'unknown-year'; readonly year: number }
  | {
      readonly kind: 'engine';
      readonly name: string;
      readonly error: EngineError & { readonly draw?: number };
    };

/** A plain-English sentence for a comparison error (the interface maps kinds to its own messages). */
export function describeCompareError(error: CompareError): string {
  switch (error.kind) {
    case 'scenario-count':
      return `Compare ${error.min} to ${error.max} scenarios, not ${error.count}.`;
    case 'duplicate-scenario':
      return `Scenario ${error.id} is listed twice.`;
    case 'unknown-reference':
      return `The reference scenario ${error.referenceId} is not among the compared scenarios.`;
    case 'unknown-catalogue':
      return `Unknown catalogue "${error.catalogue}".`;
    case 'different-catalogues':
      return `"${error.name}" starts from catalogue "${error.catalogue}", the reference from "${error.expected}": only scenarios on the same catalogue can be compared.`;
    case 'different-years':
      return `"${error.name}" runs from ${error.baseYear} for ${error.horizon} years, the reference from ${error.expectedBaseYear} for ${error.expectedHorizon}: compared scenarios must share base year and horizon.`;
    case 'unknown-sector':
      return `Unknown sector "${error.sector}".`;
    case 'unknown-year':
      return `${error.year} is not a year of the comparison.`;
    case 'engine':
      return `"${error.name}"${error.error.draw === undefined ? '' : ` (Monte Carlo draw ${error.error.draw})`}: ${describeEngineError(error.error)}`;
  }
}
