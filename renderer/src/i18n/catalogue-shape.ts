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
