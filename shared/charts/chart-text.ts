import type { Catalogue } from '../catalogue/types';
import type { ChartLanguage, ChartMessageKey } from './chart-messages';
import { textSide } from '../text/text-side';
import { CHART_MESSAGES } from './chart-messages';

export type ChartMessageParams = Readonly<Record<string, string | number>>;
export type ChartTranslate = (key: ChartMessageKey, params?: ChartMessageParams) => string;

/** Number formats of one language (Intl, which needs neither Node nor the DOM). */
export interface ChartFormat {
  /** 0.354 → "35%". */
  readonly percent: (share: number) => string;
  /** 0.3541 → "35.4%". */
  readonly percent1: (share: number) => string;
  /** A difference of shares in percentage points, signed, one decimal: 0.031 → "+3.1 pp". */
  readonly percentPoints: (share: number) => string;
  /** The same with the short unit, for labels on bars ("+3.1pp" in Chinese, where the long unit is four characters). */
  readonly percentPointsShort: (share: number) => string;
  readonly integer: (value: number) => string;
  /** Signed, one decimal (Shapley shares of a count need not be whole). */
  readonly signed: (value: number) => string;
  /** USD bn, one decimal. */
  readonly money: (value: number) => string;
  /** Up to one decimal, none when whole: axis labels (350, 1,800, 0.5). */
  readonly number: (value: number) => string;
  readonly signedMoney: (value: number) => string;
  /** A discount rate: 0.03 → "3%". */
  readonly rate: (value: number) => string;
  /** Items joined as the language joins a list: "50% and 70%", "50%和70%". */
  readonly list: (items: readonly string[]) => string;
}

/** What the chart builders need to speak a language: words, number formats and sector names. */
export interface ChartText {
  readonly language: ChartLanguage;
  readonly t: ChartTranslate;
  readonly format: ChartFormat;
  readonly sectorName: (sectorId: string) => string;
}

/** `{name}` placeholders filled from `params`; unknown ones are left as written. */
export function interpolate(template: string, params: ChartMessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function chartFormat(language: ChartLanguage, t: ChartTranslate): ChartFormat {
  const number = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(language, options);
  const percent = number({ style: 'percent', maximumFractionDigits: 0 });
  const percent1 = number({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rate = number({ style: 'percent', maximumFractionDigits: 2 });
  const integer = number({ maximumFractionDigits: 0 });
  const signedDigits = number({
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  // Typeset differences with the minus sign (U+2212), as the plus sign's width and height, not a hyphen.
  const signed = (value: number) => signedDigits.format(value).replace('-', '\u2212');
  const money = number({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const plain = number({ maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  // −0.0 and +0.0 read as noise: a value that rounds to zero is written as zero.
  const clean = (value: number, digits: number) => (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value);
  return {
    percent: (share) => percent.format(clean(share, 2)),
    percent1: (share) => percent1.format(clean(share, 3)),
    percentPoints: (share) => t('unit.percentPoints', { value: signed(clean(share * 100, 1)) }),
    percentPointsShort: (share) => t('unit.percentPointsShort', { value: signed(clean(share * 100, 1)) }),
    integer: (value) => integer.format(clean(value, 0)),
    signed: (value) => signed(clean(value, 1)),
    money: (value) => money.format(clean(value, 1)),
    number: (value) => plain.format(clean(value, 1)),
    signedMoney: (value) => signed(clean(value, 1)),
    rate: (value) => rate.format(value),
    list: (items) => list.format(items),
  };
}

/**
 * The charts' text in `language`, from the shared messages unless `t` is given (the interface may pass
 * its i18next `t`, prefixed to its own keys). Sector names come from the catalogue in that language.
 */
export function chartText(
  language: ChartLanguage,
  options: { readonly catalogue?: Catalogue; readonly t?: ChartTranslate } = {},
): ChartText {
  const messages = CHART_MESSAGES[language];
  const t: ChartTranslate = options.t ?? ((key, params) => interpolate(messages[key], params));
  const side = textSide(language);
  const names = new Map(options.catalogue?.sectors.map((sector) => [sector.id, sector.name[side]]) ?? []);
  return {
    language,
    t,
    format: chartFormat(language, t),
    sectorName: (sectorId) => names.get(sectorId) ?? sectorId,
  };
}
