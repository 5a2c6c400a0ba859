import { CHART_MESSAGES } from '../../../shared/charts';

/**
 * The whole words a waterfall of the Baseline and the Self-reliance push may show under its bars (the
 * lever groups' English names and the two scenarios'): a drawn label line made of anything else was
 * broken inside a word.
 */
export function waterfallWords(): ReadonlySet<string> {
  const names = [
    ...Object.entries(CHART_MESSAGES.en)
      .filter(([key]) => key.startsWith('group.'))
      .map(([, name]) => name),
    'Baseline',
    'Self-reliance push',
  ];
  return new Set(names.flatMap((name) => name.split(/\s+/)));
}
