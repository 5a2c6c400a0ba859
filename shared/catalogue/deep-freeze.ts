/**
 * Freezes a value and everything it holds. Built-in data is shared by every run and window; freezing
 * makes an accidental in-place edit fail loudly instead of changing other scenarios' results.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
