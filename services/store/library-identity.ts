import { isBaselinePreset, leastUsedIdentity, ownSlot } from '../../shared/charts/scenario-identity';
import type { Scenario } from '../../shared/domain/scenario';
import { isIdentityName } from '../../shared/domain/scenario-display';
import type { StoreContext } from './store-context';

/**
 * `scenario` with an identity of its own: the one it carries (a file's, the user's choice), else the
 * identity the fewest scenarios of the library are drawn in, so that scenarios made one after another
 * look different wherever they are shown together. The Baseline preset takes none: it is always grey.
 */
export function withIdentity(ctx: StoreContext, scenario: Scenario): Scenario {
  if (scenario.display || isBaselinePreset(scenario.id)) return scenario;
  const owned = ctx.sql.storedIdentities
    .all()
    .filter((row) => row.id !== scenario.id)
    .map((row) =>
      ownSlot({
        id: row.id,
        ...(isIdentityName(row.identity) ? { display: { identity: row.identity } } : {}),
      }),
    );
  return { ...scenario, display: { identity: leastUsedIdentity(owned) } };
}

/** `scenario` drawn as `previous` was, unless it says otherwise itself (restores, replacements). */
export function keepIdentity(scenario: Scenario, previous: Pick<Scenario, 'display'> | undefined): Scenario {
  return scenario.display || !previous?.display ? scenario : { ...scenario, display: previous.display };
}
