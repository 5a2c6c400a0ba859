import type { Sourced } from '../types';

/**
 * A default with no source but the modellers' judgement. Kept as a function so every such datum
 * says so in the same words, optionally with the reasoning behind it.
 */
export function judgement(note?: string): Sourced {
  return { source: note ? `judgement: ${note}` : 'judgement', confidence: 'L' };
}
