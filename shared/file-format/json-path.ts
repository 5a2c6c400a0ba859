import type { JsonPath } from '../domain/scenario-issue';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSON path as people read it: `$.scenarios[0].sectors.IC.levers.basicResearch[1].value`. Keys that
 * are not identifiers are quoted (`$.scenarios[0]["x-note"]`).
 */
export function formatJsonPath(path: JsonPath): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
