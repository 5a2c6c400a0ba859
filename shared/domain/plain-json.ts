import { describeValue } from './describe-value';
import type { JsonPath } from './scenario-issue';

/**
 * Keys no object in a file may have: naive code that copies or merges objects would reach
 * `Object.prototype` through them (prototype pollution). JSON.parse keeps them as own properties.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.includes(key);
}

/** The first thing that keeps a value from being safe, plain JSON. */
export type JsonHazard =
  | { readonly kind: 'forbidden-key'; readonly path: JsonPath; readonly key: string }
  | { readonly kind: 'non-finite-number'; readonly path: JsonPath; readonly value: number }
  | { readonly kind: 'too-deep'; readonly path: JsonPath; readonly maxDepth: number }
  | { readonly kind: 'not-json'; readonly path: JsonPath; readonly found: string };

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks `value` in document order and returns its first hazard, or undefined when it is plain JSON:
 * null, booleans, finite numbers, strings, arrays and plain objects without forbidden keys, nested at
 * most `maxDepth` containers deep (the bound also keeps this recursion, and cycles, finite).
 */
export function findJsonHazard(
  value: unknown,
  maxDepth: number,
  path: JsonPath = [],
): JsonHazard | undefined {
  return walk(value, maxDepth, [...path], 0);
}

function walk(
  value: unknown,
  maxDepth: number,
  path: (string | number)[],
  depth: number,
): JsonHazard | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : { kind: 'non-finite-number', path: [...path], value };
  }
  if (typeof value !== 'object') return { kind: 'not-json', path: [...path], found: describeValue(value) };
  if (depth + 1 > maxDepth) return { kind: 'too-deep', path: [...path], maxDepth };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const hazard = walk(value[i], maxDepth, path, depth + 1);
      path.pop();
      if (hazard) return hazard;
    }
    return undefined;
  }
  if (!isPlainObject(value))
    return { kind: 'not-json', path: [...path], found: 'an object that is not plain JSON' };
  for (const key of Object.keys(value)) {
    path.push(key);
    const hazard = isForbiddenKey(key)
      ? ({ kind: 'forbidden-key', path: [...path], key } as const)
      : walk((value as Record<string, unknown>)[key], maxDepth, path, depth + 1);
    path.pop();
    if (hazard) return hazard;
  }
  return undefined;
}

/** An English sentence for a hazard found inside a scenario (the file parser has its own error kinds). */
export function describeJsonHazard(hazard: JsonHazard): string {
  switch (hazard.kind) {
    case 'forbidden-key':
      return `the key "${hazard.key}" is not allowed anywhere in a scenario`;
    case 'non-finite-number':
      return `expected a finite number, found ${hazard.value}`;
    case 'too-deep':
      return `expected at most ${hazard.maxDepth} levels of nesting, found more`;
    case 'not-json':
      return `expected a JSON value, found ${hazard.found}`;
  }
}
