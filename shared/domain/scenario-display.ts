/**
 * The line identities a scenario can take, each a colour and a dash that go together (the chart
 * palette in shared/charts/scenario-identity.ts, in this order). Names, not numbers, so that a file
 * says what it means and a new identity can be added at the end without renumbering.
 */
export const IDENTITY_NAMES = [
  'blue',
  'vermillion',
  'bluish-green',
  'reddish-purple',
  'ochre',
  'violet',
] as const;

export type IdentityName = (typeof IDENTITY_NAMES)[number];

/** How a scenario is drawn wherever it appears: chosen once, stored with it, carried in its file. */
export interface ScenarioDisplay {
  readonly identity: IdentityName;
}

export function isIdentityName(value: unknown): value is IdentityName {
  return typeof value === 'string' && (IDENTITY_NAMES as readonly string[]).includes(value);
}
