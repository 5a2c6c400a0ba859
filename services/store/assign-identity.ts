import { isBaselinePreset, leastUsedIdentity, ownSlot } from '../../shared/charts/scenario-identity';
import type { Scenario } from '../../shared/domain/scenario';
import { isIdentityName } from '../../shared/domain/scenario-display';
import type { StoreContext } from './store-context';

/**
 * A new scenario with an identity of its own: the one it carries if no other scenario of the library
 * has it; else the one the fewest scenarios are drawn in, so that scenarios made one after another
 * look different wherever they are shown together, and never the identity of the scenario it was made
 * from (`madeFrom`: a duplicate's source; by default what it carries, as a plan or a goal-seek answer
 * carries its source's), which it will be compared with. The Baseline preset takes none: always grey.
 */
export function withIdentity(
  ctx: StoreContext,
  scenario: Scenario,
  madeFrom: Pick<Scenario, 'id' | 'display'> | undefined = scenario.display ? scenario : undefined,
): Scenario {
  if (isBaselinePreset(scenario.id)) return scenario;
  const owned = ctx.sql.storedIdentities
    .all()
    .filter((row) => row.id !== scenario.id)
    .map((row) =>
      ownSlot({
        id: row.id,
        ...(isIdentityName(row.identity) ? { display: { identity: row.identity } } : {}),
      }),
    );
  if (scenario.display && !owned.includes(ownSlot(scenario))) return scenario;
  const avoid = madeFrom ? ownSlot(madeFrom) : undefined;
  return { ...scenario, display: { identity: leastUsedIdentity(owned, avoid) } };
}

/** `scenario` drawn as `previous` was, unless it says otherwise itself (restores, replacements). */
export function keepIdentity(scenario: Scenario, previous: Pick<Scenario, 'display'> | undefined): Scenario {
  return scenario.display || !previous?.display ? scenario : { ...scenario, display: previous.display };
}
