import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/catalogue/types';
import { textLanguage } from './index';

/** Number and date formatting for one locale. */
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
  const n0 = number(0);
  const n2 = number(2);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const percent1 = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const plain = new Intl.NumberFormat(language, { maximumSignificantDigits: 6 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const lang = textLanguage(language);
  return {
    language,
    integer: (value: number) => n0.format(value),
    fixed: (value: number, digits = 2) => (digits === 2 ? n2.format(value) : number(digits).format(value)),
    number: (value: number) => plain.format(value),
    percent: (value: number) => percent.format(value),
    percent1: (value: number) => percent1.format(value),
    date: (iso: string) => date.format(new Date(iso)),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    /** A year as a plain number (no thousands separator: "2030", never "2,030"). */
    year: (year: number) => String(year),
    text: (text: LocalizedText) => text[lang],
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
