import { useSyncExternalStore } from 'react';
import { useApp } from '../store';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  const media = matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const systemDark = () => typeof matchMedia !== 'undefined' && matchMedia(QUERY).matches;

/** The colour scheme in effect: the user's choice, or the OS's when the choice is "system". */
export function useColorScheme(): 'light' | 'dark' {
  const theme = useApp((state) => state.theme);
  const dark = useSyncExternalStore(subscribe, systemDark, () => false);
  if (theme === 'system') return dark ? 'dark' : 'light';
  return theme;
}
