import { err, ok, type Result } from '../result';
import { INPUT_RANGES } from '../domain/inputs';
import { catalogueSchema } from './catalogue-schema';
import { checkChokepoints } from './check-chokepoints';
import { checkDependencies } from './check-dependencies';
import { checkParameters } from './check-parameters';
import { checkSectors } from './check-sectors';
import type { Catalogue } from './types';

/**
 * Validates a catalogue: its structure (zod), then the relations the engine relies on — unique ids,
 * references to existing sectors, every parameter present once, defaults and every Monte Carlo draw
 * inside the allowed ranges, data consistent with the model's calibration (model.md §4).
 * Each message starts with the path of the field at fault, e.g. `sectors[3].data.S0: …`.
 */
export function validateCatalogue(input: unknown): Result<Catalogue, string[]> {
  const parsed = catalogueSchema.safeParse(input);
  if (!parsed.success) {
    return err(parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`));
  }
  const catalogue = parsed.data;
  const problems = [
    ...checkSectors(catalogue),
    ...checkChokepoints(catalogue),
    ...checkParameters(catalogue),
    ...checkDependencies(catalogue),
    ...checkLevers(catalogue),
  ];
  return problems.length > 0 ? err(problems) : ok(catalogue);
}

/** `['sectors', 3, 'data', 'S0']` → `sectors[3].data.S0`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text || 'catalogue';
}

function checkLevers(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [lever, value] of Object.entries(catalogue.leverDefaults)) {
    const range = INPUT_RANGES[lever as keyof typeof catalogue.leverDefaults];
    if (!(value >= range.min && value <= range.max)) {
      problems.push(
        `leverDefaults.${lever}: ${value} lies outside the lever's range [${range.min}, ${range.max}]`,
      );
    }
  }
  return problems;
}
