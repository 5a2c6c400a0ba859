import { SCENARIO_LIMITS } from '../domain/scenario-limits';

/** How a clashing name is told apart: a counter, or who it came from. */
export interface NameSuffixes {
  /** `{name} ({n})`, e.g. "Escalation (2)" / "Escalation（2）". */
  readonly counter: string;
  /** `{name} (from {author})`, used first when the author is known. */
  readonly fromAuthor: string;
}

export const NAME_SUFFIXES_EN: NameSuffixes = {
  counter: '{name} ({n})',
  fromAuthor: '{name} (from {author})',
};

/** Names compare without case and surrounding space: "escalation " clashes with "Escalation". */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

function fill(template: string, name: string, values: Readonly<Record<string, string>>): string {
  const suffix = template.replace('{name}', '').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  // Long names are cut so the suffix always fits the file format's limit.
  const room = SCENARIO_LIMITS.nameLength - suffix.length;
  return template
    .replace('{name}', name.slice(0, Math.max(1, room)).trimEnd())
    .replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** A trailing " (2)" this function added before: "Escalation (2)" counts on as "Escalation (3)". */
function stripCounter(name: string): string {
  return name.replace(/\s*[(（]\d+[)）]$/, '');
}

/** How a clashing name is numbered: who it came from, and the suffixes of the user's language. */
export interface UniqueNameOptions {
  readonly author?: string;
  readonly suffixes?: NameSuffixes;
}

/**
 * `wanted` if `isTaken` says no other scenario has its key (`nameKey`), else the first free variant:
 * "Escalation (from Li Wei)" when `author` is given, then "Escalation (2)", "Escalation (3)", …
 * Asks only about the names it tries, so a library can answer each from an index.
 */
export function firstFreeName(
  wanted: string,
  isTaken: (key: string) => boolean,
  options: UniqueNameOptions = {},
): string {
  const name = wanted.trim() === '' ? wanted : wanted.trim();
  if (!isTaken(nameKey(name))) return name;
  const suffixes = options.suffixes ?? NAME_SUFFIXES_EN;
  const author = options.author?.trim();
  if (author) {
    const candidate = fill(suffixes.fromAuthor, name, { author });
    if (!isTaken(nameKey(candidate))) return candidate;
  }
  const base = stripCounter(name);
  for (let n = 2; ; n++) {
    const candidate = fill(suffixes.counter, base, { n: String(n) });
    if (!isTaken(nameKey(candidate))) return candidate;
  }
}

/** `firstFreeName` among the names in `taken`, compared by their keys. */
export function uniqueName(wanted: string, taken: Iterable<string>, options: UniqueNameOptions = {}): string {
  const used = new Set([...taken].map(nameKey));
  return firstFreeName(wanted, (key) => used.has(key), options);
}

export const NAME_SUFFIXES_ZH: NameSuffixes = {
  counter: '{name}（{n}）',
  fromAuthor: '{name}（来自{author}）',
};
