import { describe, expect, it } from 'vitest';
import type { FileFormatErrorKind, FileFormatWarning } from '../../../shared/file-format';
import { API_ERROR_CODES } from '../../../shared/api/api-result';
import { en } from './en';
import { zhCN } from './zh-cn';

type Tree = { readonly [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys without plural suffixes: a plural key exists when any of its forms does. */
function baseKeys(tree: Tree): Set<string> {
  return new Set([...leaves(tree).keys()].map((key) => key.replace(PLURAL, '')));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const EN = leaves(en as unknown as Tree);
const ZH = leaves(zhCN as unknown as Tree);

describe('translation catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    const enKeys = baseKeys(en as unknown as Tree);
    const zhKeys = baseKeys(zhCN as unknown as Tree);
    expect(
      [...enKeys].filter((key) => !zhKeys.has(key)),
      'missing in zh-CN',
    ).toEqual([]);
    expect(
      [...zhKeys].filter((key) => !enKeys.has(key)),
      'missing in en',
    ).toEqual([]);
  });

  it('have every plural form each language needs', () => {
    for (const key of EN.keys()) {
      if (!PLURAL.test(key)) continue;
      const base = key.replace(PLURAL, '');
      expect(EN.has(`${base}_one`) && EN.has(`${base}_other`), `en ${base}`).toBe(true);
      expect(ZH.has(`${base}_other`), `zh-CN ${base}_other`).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of EN) {
      if (PLURAL.test(key)) continue;
      expect(placeholders(ZH.get(key) ?? ''), key).toEqual(placeholders(value));
    }
    // Plurals: Chinese has only `_other`, which must name what English's `_other` names.
    for (const [key, value] of EN) {
      if (!key.endsWith('_other')) continue;
      const zh = placeholders(ZH.get(key) ?? '');
      for (const name of placeholders(value)) expect(zh, key).toContain(name);
    }
  });

  it('translate every file-format error and warning kind and every API error code', () => {
    const kinds: Record<FileFormatErrorKind, true> = {
      'too-large': true,
      'wrong-encoding': true,
      'invalid-utf8': true,
      'too-many-items': true,
      'too-many-keys': true,
      'key-too-long': true,
      'string-too-long': true,
      'too-complex': true,
      'invalid-json': true,
      'too-deep': true,
      'duplicate-key': true,
      'forbidden-key': true,
      'non-finite-number': true,
      'not-a-chokepoint-file': true,
      'invalid-format-version': true,
      'format-version-too-new': true,
      'format-version-unsupported': true,
      'migration-failed': true,
      'too-many-scenarios': true,
      'duplicate-id': true,
      schema: true,
      semantic: true,
    };
    const warnings: Record<FileFormatWarning['kind'], true> = {
      'hash-missing': true,
      'hash-mismatch': true,
      migrated: true,
    };
    for (const kind of Object.keys(kinds))
      for (const map of [EN, ZH]) expect(map.has(`fileFormat.error.${kind}`), kind).toBe(true);
    for (const kind of Object.keys(warnings))
      for (const map of [EN, ZH]) expect(map.has(`fileFormat.warning.${kind}`), kind).toBe(true);
    for (const code of API_ERROR_CODES)
      for (const map of [EN, ZH]) expect(map.has(`apiError.${code}`), code).toBe(true);
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...EN, ...ZH]) expect(value.trim(), key).not.toBe('');
  });
});

describe('keys used in the source', () => {
  // Every literal key passed to t(…) or named in a notice must be in the catalogue.
  const sources = import.meta.glob(
    ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../i18n/en.ts', '!../i18n/zh-cn.ts'],
    { query: '?raw', import: 'default', eager: true },
  ) as Record<string, string>;
  const enKeys = baseKeys(en as unknown as Tree);

  it('exist in the catalogue', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/\b(?:key|context|labelKey): '([\w.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('include every key built from a template', () => {
    const prefixes = [
      'inputs.basicResearch.name',
      'inputs.restriction.short',
      'inputs.openness.description',
      'library.sorts.updated',
      'history.origins.seed',
      'editor.save.saving',
      'schedule.kinds.ramp',
      'schedule.summary.custom',
      'model.status.partial',
      'model.scope.sector',
      'model.data.dLagObs',
      'engineError.unstable',
      'startup.library-recovered',
      'settings.themes.dark',
      'confidence.L',
    ];
    for (const key of prefixes) expect(enKeys.has(key), key).toBe(true);
  });
});
