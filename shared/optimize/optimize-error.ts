import type { EngineError } from '../engine';
import { describeEngineError } from '../engine';
import { LEVER_IDS } from '../domain/inputs';

/** Why the plan finder refused a problem or stopped. Every refusal names what is wrong and where. */
export type OptimizeError =
  | { readonly kind: 'no-targets' }
  | {
      readonly kind: 'unknown-sector';
      readonly sector: string;
      readonly where: 'target' | 'sectors';
      /** The catalogue's sector ids, and the one a typo most likely meant. */
      readonly known: readonly string[];
      readonly suggestion?: string;
    }
  | {
      readonly kind: 'target-year';
      readonly target: string;
      readonly year: number;
      readonly min: number;
      readonly max: number;
    }
  | { readonly kind: 'confidence'; readonly value: number }
  | { readonly kind: 'confidence-needs-draws'; readonly value: number; readonly draws: number }
  | { readonly kind: 'no-levers' }
  | { readonly kind: 'restriction-not-lever' }
  | { readonly kind: 'unknown-lever'; readonly lever: string }
  | { readonly kind: 'no-sectors' }
  | { readonly kind: 'from-year'; readonly year: number; readonly min: number; readonly max: number }
  | { readonly kind: 'from-after-target'; readonly year: number; readonly target: string }
  | { readonly kind: 'ramp-years'; readonly value: number; readonly max: number }
  | { readonly kind: 'draws'; readonly value: number; readonly min: number; readonly max: number }
  | { readonly kind: 'budget'; readonly value: number }
  | { readonly kind: 'discount-rate'; readonly value: number }
  /** Even the cheapest package the levers allow costs more than the budget. */
  | { readonly kind: 'budget-below-cheapest'; readonly budget: number; readonly cheapest: number }
  /** The starting scenario itself cannot be run. */
  | { readonly kind: 'engine'; readonly error: EngineError & { readonly draw?: number } }
  | { readonly kind: 'cancelled' };

const money = (value: number): string => `USD ${value.toFixed(1)} bn`;

/** A plain-English sentence for a refusal (the interface maps kinds to its own messages). */
export function describeOptimizeError(error: OptimizeError): string {
  switch (error.kind) {
    case 'no-targets':
      return 'Give at least one target, e.g. IC:S>=0.7@2035.';
    case 'unknown-sector':
      return `Unknown sector "${error.sector}" in the ${error.where === 'target' ? 'targets' : 'sectors the package may change'}${error.suggestion !== undefined ? ` (did you mean "${error.suggestion}"?)` : ''}; sectors: ${error.known.join(', ')}.`;
    case 'target-year':
      return `Target ${error.target}: the year must be from ${error.min} to ${error.max} (the base year is history: no lever can change it).`;
    case 'confidence':
      return `The confidence must be a share strictly between 0 and 1 (e.g. 0.8), got ${error.value}: 0 is met by doing nothing and 1 cannot be shown by a finite number of draws.`;
    case 'confidence-needs-draws':
      return `A confidence of ${error.value} with ${error.draws} draws would ask every draw to meet the targets: lower the confidence or raise the draws.`;
    case 'no-levers':
      return 'Choose at least one lever the package may change.';
    case 'restriction-not-lever':
      return 'The restriction is the world the plan must work in, not a lever: leave it out of the levers.';
    case 'unknown-lever':
      return `Unknown lever "${error.lever}" (levers: ${LEVER_IDS.join(', ')}).`;
    case 'no-sectors':
      return 'Choose at least one sector the package may change levers in.';
    case 'from-year':
      return `The year the package starts must be from ${error.min} to ${error.max}, got ${error.year}.`;
    case 'from-after-target':
      return `The package starts in ${error.year}, after the year of target ${error.target}: it could not change what that target reads. Start it no later than the target year.`;
    case 'ramp-years':
      return `The ramp must be a whole number of years from 0 to ${error.max}, got ${error.value}.`;
    case 'draws':
      return `The number of Monte Carlo draws must be a whole number from ${error.min} to ${error.max}, got ${error.value}.`;
    case 'budget':
      return `The budget must be a number of USD bn, got ${error.value}.`;
    case 'discount-rate':
      return `The discount rate must be from 0 to 1, got ${error.value}.`;
    case 'budget-below-cheapest':
      return `The budget of ${money(error.budget)} is below the cheapest package the levers allow (${money(error.cheapest)}, every lever at its cheapest level): raise the budget or allow fewer levers.`;
    case 'engine':
      return `The starting scenario cannot be run${error.error.draw !== undefined ? ` (draw ${error.error.draw})` : ''}: ${describeEngineError(error.error)}`;
    case 'cancelled':
      return 'The search was cancelled; nothing was saved.';
  }
}
