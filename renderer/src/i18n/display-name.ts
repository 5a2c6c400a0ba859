import { PRESET_INFO } from '../../../shared/catalogue';

/**
 * A scenario's name as shown: the built-in examples, while they keep their English name, are shown
 * under their Chinese name in Chinese.
 */
export function displayName(item: { id: string; name: string }, lang: 'en' | 'zh'): string {
  if (lang === 'en') return item.name;
  const preset = PRESET_INFO.find((info) => info.id === item.id);
  return preset && preset.name.en === item.name ? preset.name.zh : item.name;
}

/** A built-in example's description in the interface's language, while it is still the example's own. */
export function displayDescription(item: { id: string; description: string }, lang: 'en' | 'zh'): string {
  if (lang === 'en') return item.description;
  const preset = PRESET_INFO.find((info) => info.id === item.id);
  const own =
    preset !== undefined && item.description !== '' && preset.description.en.startsWith(item.description);
  return own ? preset.description.zh : item.description;
}
