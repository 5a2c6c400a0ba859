import type { NameSuffixes } from '../../shared/history/unique-name';
import { NAME_SUFFIXES_EN, NAME_SUFFIXES_ZH, nameKey, uniqueName } from '../../shared/history/unique-name';
import type { StoreContext } from './store-context';
import { fail } from './store-error';

/**
 * `wanted`, or a variant no other scenario in the library (outside the trash) uses, in the current
 * language: "Escalation (2)", "Escalation (from Li Wei)", "升级（2）". `ownId` is the scenario being
 * named, whose own current name never clashes with itself.
 */
export function libraryName(ctx: StoreContext, wanted: string, ownId: string, author?: string): string {
  const suffixes: NameSuffixes = ctx.identity().language === 'zh-CN' ? NAME_SUFFIXES_ZH : NAME_SUFFIXES_EN;
  return uniqueName(wanted, ctx.sql.otherNames.all(ownId), { suffixes, ...(author ? { author } : {}) });
}

/** Whether another scenario of the library (outside the trash) is called `name`, ignoring case and spaces. */
export function nameTaken(ctx: StoreContext, name: string, ownId: string): boolean {
  const wanted = nameKey(name);
  return ctx.sql.otherNames.all(ownId).some((other) => nameKey(other) === wanted);
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
