import type { NameSuffixes } from '../../shared/history/unique-name';
import { NAME_SUFFIXES_EN, NAME_SUFFIXES_ZH, firstFreeName, nameKey } from '../../shared/history/unique-name';
import type { StoreContext } from './store-context';
import { fail } from './store-error';

/** Whether a scenario other than `ownId` (outside the trash) has a name with this key: one index look-up. */
function keyTakenBesides(ctx: StoreContext, ownId: string): (key: string) => boolean {
  return (key) => ctx.sql.nameKeyTaken.get(key, ownId) !== undefined;
}

/**
 * `wanted`, or a variant no other scenario in the library (outside the trash) uses, in the current
 * language: "Escalation (2)", "Escalation (from Li Wei)", "升级（2）". `ownId` is the scenario being
 * named, whose own current name never clashes with itself. Asks the name-key index about each
 * variant it tries, never reading the library's names.
 */
export function libraryName(ctx: StoreContext, wanted: string, ownId: string, author?: string): string {
  const suffixes: NameSuffixes = ctx.identity().language === 'zh-CN' ? NAME_SUFFIXES_ZH : NAME_SUFFIXES_EN;
  return firstFreeName(wanted, keyTakenBesides(ctx, ownId), { suffixes, ...(author ? { author } : {}) });
}

/** Whether another scenario of the library (outside the trash) is called `name`, ignoring case and spaces. */
export function nameTaken(ctx: StoreContext, name: string, ownId: string): boolean {
  return keyTakenBesides(ctx, ownId)(nameKey(name));
}

/**
 * The refusal of a rename onto a name another scenario has: names are unique in the library, so that
 * every picker, legend and slide tells scenarios apart. Renames are refused; everything that adds a
 * scenario (new, duplicate, import, restore) numbers the name instead (`libraryName`).
 */
export function nameTakenError(name: string) {
  return fail(
    'conflict',
    `Another scenario in the library is already called “${name.trim()}”; choose another name.`,
    { reason: 'name-taken', name: name.trim() },
  );
}
