import { builtInPackage } from '../../../shared/packages/built-in-packages';

/** A package's name as shown: a built-in one in the interface's language, a user's as its author wrote it. */
export function packageName(
  entry: { readonly id: string; readonly name: string },
  lang: 'en' | 'zh',
): string {
  return builtInPackage(entry.id)?.names[lang] ?? entry.name;
}

/** A few words for a chart's marker: a built-in package's short name, a user's package's own name. */
export function packageShortName(
  entry: { readonly id: string; readonly name: string },
  lang: 'en' | 'zh',
): string {
  return builtInPackage(entry.id)?.shortNames[lang] ?? entry.name;
}

/** A package's description as shown (a built-in one in the interface's language), or ''. */
export function packageDescription(
  entry: { readonly id: string; readonly description?: string },
  lang: 'en' | 'zh',
): string {
  return builtInPackage(entry.id)?.descriptions[lang] ?? entry.description ?? '';
}

/** "Oct 2023" / "2023年10月", or the year alone. */
export function packageDate(
  entry: { readonly year: number; readonly month?: number },
  language: string,
): string {
  if (entry.month === undefined) return String(entry.year);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(entry.year, entry.month - 1, 1),
  );
}
