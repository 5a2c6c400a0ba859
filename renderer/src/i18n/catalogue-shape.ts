import type { InputId } from '../../../shared/domain/inputs';

/** Strips an i18next plural suffix: `export_one` → `export`. */
type BaseKey<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/**
 * The shape another language's catalogue must have: the same nested keys as English, strings as
 * leaves. Plural keys may use any of the language's plural forms (Chinese has only `_other`), so
 * they are checked by the runtime test rather than here.
 */
export type Catalogue<T> = {
  readonly [
    K in keyof T as K extends string ? (BaseKey<K> extends K ? K : never) : never
  ]: T[K] extends string ? string : Catalogue<T[K]>;
} & { readonly [key: string]: unknown };

/**
 * Every input's words in one language: its name, the grid's short column label (soft hyphens allowed)
 * and its description. Keyed by the one list of inputs, so a new lever is a type error in each catalogue.
 */
export type InputTexts = Readonly<
  Record<InputId, { readonly name: string; readonly short: string; readonly description: string }>
>;
