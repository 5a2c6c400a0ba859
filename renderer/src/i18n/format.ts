import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/catalogue/types';
import { textLanguage } from './index';

/** `make()` on the first call only: an Intl formatter is slow to make (the first one of a page ~30 ms). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Number and date formatting for one locale; each formatter is made when first used. */
export function formatters(language: string) {
  const byDigits = new Map<number, Intl.NumberFormat>();
  const number = (digits: number) => {
    let format = byDigits.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      byDigits.set(digits, format);
    }
    return format;
  };
  const percent = once(() => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }));
  const percent1 = once(
    () =>
      new Intl.NumberFormat(language, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  );
  const plain = once(() => new Intl.NumberFormat(language, { maximumSignificantDigits: 6 }));
  const date = once(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }));
  const dateTime = once(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }));
  const list = once(() => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }));
  const lang = textLanguage(language);
  return {
    language,
    integer: (value: number) => number(0).format(value),
    fixed: (value: number, digits = 2) => number(digits).format(value),
    number: (value: number) => plain().format(value),
    percent: (value: number) => percent().format(value),
    percent1: (value: number) => percent1().format(value),
    date: (iso: string) => date().format(new Date(iso)),
    dateTime: (iso: string) => dateTime().format(new Date(iso)),
    /** A year as a plain number (no thousands separator: "2030", never "2,030"). */
    year: (year: number) => String(year),
    text: (text: LocalizedText) => text[lang],
    /** "A, B and C" / "A、B和C". */
    list: (items: readonly string[]) => list().format(items),
  };
}

export type Formatters = ReturnType<typeof formatters>;

/** One set per language for the whole page: an Intl formatter is slow to make, and every cell of the grid formats. */
const byLanguage = new Map<string, Formatters>();

function formattersFor(language: string): Formatters {
  let set = byLanguage.get(language);
  if (!set) {
    set = formatters(language);
    byLanguage.set(language, set);
  }
  return set;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
