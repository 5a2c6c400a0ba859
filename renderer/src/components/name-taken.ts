import { nameKey } from '../../../shared/history/unique-name';

/**
 * Whether a scenario other than `ownId` in `items` (the library's list) is already called `name`,
 * ignoring case and surrounding spaces, as the library compares names: such a rename is refused.
 */
export function nameTaken(
  name: string,
  items: readonly { readonly id: string; readonly name: string }[],
  ownId: string,
): boolean {
  const wanted = nameKey(name);
  return items.some((item) => item.id !== ownId && nameKey(item.name) === wanted);
}
