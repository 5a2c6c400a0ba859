import type { LocalizedText } from './types';

/** A sector datum that Monte Carlo draws vary, in words: its name, model.md symbol and unit. */
export interface DataName {
  readonly name: LocalizedText;
  readonly symbol: string;
  readonly unit: LocalizedText;
}

const SHARE: LocalizedText = { en: 'share', zh: '比例' };

/**
 * Names of the sector data the draws vary (model.md §6), for what breaks a plan; the parameters carry
 * their own names in the catalogue. The words are the Model view's.
 */
export const DRAWN_DATA_NAMES: Readonly<Record<string, DataName>> = {
  S0: { name: { en: 'base-year self-reliance', zh: '基年自给率' }, symbol: 'S₀', unit: SHARE },
  lag0: {
    name: { en: 'years behind the frontier', zh: '落后前沿的年数' },
    symbol: 'L₀',
    unit: { en: 'years', zh: '年' },
  },
  dSObs: {
    name: { en: 'observed self-reliance trend', zh: '观测到的自给率年变化' },
    symbol: 'ΔS_obs',
    unit: { en: 'share per year', zh: '比例/年' },
  },
  dLagObs: {
    name: { en: 'observed change of the gap', zh: '观测到的差距年变化' },
    symbol: 'ΔL_obs',
    unit: { en: 'years per year', zh: '年/年' },
  },
  r0: { name: { en: 'base-year restriction', zh: '基年外部限制' }, symbol: 'r₀', unit: SHARE },
};
