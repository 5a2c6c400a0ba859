import type { NameSuffixes } from '../../shared/history/unique-name';
import { NAME_SUFFIXES_EN, NAME_SUFFIXES_ZH, uniqueName } from '../../shared/history/unique-name';
import type { StoreContext } from './store-context';

/**
 * `wanted`, or a variant no other scenario in the library (outside the trash) uses, in the current
 * language: "Escalation (2)", "Escalation (from Li Wei)", "升级（2）". `ownId` is the scenario being
 * named, whose own current name never clashes with itself.
 */
export function libraryName(ctx: StoreContext, wanted: string, ownId: string, author?: string): string {
  const suffixes: NameSuffixes = ctx.identity().language === 'zh-CN' ? NAME_SUFFIXES_ZH : NAME_SUFFIXES_EN;
  return uniqueName(wanted, ctx.sql.otherNames.all(ownId), { suffixes, ...(author ? { author } : {}) });
}
