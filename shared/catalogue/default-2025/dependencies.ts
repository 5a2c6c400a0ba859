import type { DependencyDefinition, Distribution } from '../types';
import { judgement } from './judgement';

const row = (buyer: string, supplier: string, weight: number): DependencyDefinition => ({
  buyer,
  supplier,
  weight,
  ...judgement(),
});

/** Upstream dependencies ω (buyer ← supplier) of model.md §5: how much a buyer's effort needs the supplier. */
export const DEPENDENCIES_2025: readonly DependencyDefinition[] = [
  row('IC', 'SME', 0.3),
  row('IC', 'LITH', 0.3),
  row('IC', 'ISW', 0.2),
  row('IC', 'SMAT', 0.2),
  row('ROB', 'IC', 0.1),
  row('CNC', 'AMAT', 0.1),
  row('AERO', 'AMAT', 0.2),
  row('AERO', 'ISW', 0.2),
  row('AERO', 'CNC', 0.1),
];

/** Each ω weight is drawn as a multiplier ×U[0.5, 1.5]. */
export const DEPENDENCY_DISTRIBUTION_2025: Distribution = { kind: 'uniform-multiplier', min: 0.5, max: 1.5 };
