import type { Scenario } from '../domain/scenario';
import type { TextSide } from '../text/text-side';
import { PRESET_INFO } from './presets';

/**
 * A scenario's name as shown: the built-in examples, while they keep their English name, are shown
 * under their Chinese name in Chinese (in the app, and in the reports, decks and workbooks it writes).
 */
export function displayName(item: { id: string; name: string }, side: TextSide): string {
  if (side === 'en') return item.name;
  const preset = PRESET_INFO.find((info) => info.id === item.id);
  return preset && preset.name.en === item.name ? preset.name.zh : item.name;
}

/** A built-in example's description in the language, while it is still the example's own. */
export function displayDescription(item: { id: string; description: string }, side: TextSide): string {
  if (side === 'en') return item.description;
  const preset = PRESET_INFO.find((info) => info.id === item.id);
  const own =
    preset !== undefined && item.description !== '' && preset.description.en.startsWith(item.description);
  return own ? preset.description.zh : item.description;
}

/** The scenario under the name and description it is shown with in the language (nothing else changes). */
export function shownScenario(scenario: Scenario, side: TextSide): Scenario {
  return side === 'en'
    ? scenario
    : { ...scenario, name: displayName(scenario, side), description: displayDescription(scenario, side) };
}
