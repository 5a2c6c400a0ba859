import { describe, expect, it } from 'vitest';
import { asFilePackage, BUILT_IN_PACKAGES } from './built-in-packages';
import { KNOWN_SECTOR_IDS } from './known-sectors';
import { validatePackage } from './package-issues';

const valid = {
  id: 'team-hbm',
  name: 'HBM extension',
  year: 2026,
  source: 'workshop',
  sectors: { IC: { restriction: [{ year: 2026, value: 0.4 }] } },
};

describe('validatePackage', () => {
  it('accepts every built-in package as a file would carry it', () => {
    for (const entry of BUILT_IN_PACKAGES) {
      expect({ id: entry.id, ok: validatePackage(asFilePackage(entry), KNOWN_SECTOR_IDS).ok }).toEqual({
        id: entry.id,
        ok: true,
      });
    }
  });

  it('labels the hypothetical built-ins as such in both languages, and the historical ones as the record 2018–2024', () => {
    const hypothetical = BUILT_IN_PACKAGES.filter((entry) => entry.hypothetical);
    expect(hypothetical.length).toBeGreaterThanOrEqual(2);
    for (const entry of hypothetical) {
      expect(entry.names.en).toMatch(/^Hypothetical: /);
      expect(entry.names.zh).toMatch(/^假设：/);
      expect(entry.source).toMatch(/^Hypothetical, not from the public record/);
    }
    const historical = BUILT_IN_PACKAGES.filter((entry) => !entry.hypothetical);
    expect(historical.length).toBeGreaterThanOrEqual(8);
    for (const entry of historical) {
      expect(entry.year >= 2018 && entry.year <= 2024).toBe(true);
      expect(entry.source.length).toBeGreaterThan(40);
      expect(entry.names.zh).not.toBe(entry.names.en);
    }
    expect(new Set(BUILT_IN_PACKAGES.map((entry) => entry.id)).size).toBe(BUILT_IN_PACKAGES.length);
  });

  it('names what is wrong and where', () => {
    const issues = (value: unknown) => {
      const result = validatePackage(value, KNOWN_SECTOR_IDS);
      return result.ok ? [] : result.error.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, sectors: { ICC: { restriction: 0.5 } } })).toEqual([
      'sectors.ICC: unknown sector "ICC"; did you mean "IC"?',
    ]);
    expect(issues({ ...valid, sectors: { IC: { restriction: [{ year: 2024, value: 0.5 }] } } })).toEqual([
      "sectors.IC.restriction.0.year: expected the first step at or after the package's year 2026, found 2024",
    ]);
    expect(issues({ ...valid, sectors: { IC: { restriction: 1.5 } } })).toEqual([
      'sectors.IC.restriction: expected a value from 0 to 1 (the range of restriction), found 1.5',
    ]);
    expect(issues({ ...valid, sectors: {} })).toEqual(['sectors: expected at least one sector, found none']);
    expect(issues({ ...valid, month: 13 })[0]).toMatch(/^month: /);
    expect(issues({ ...valid, sourse: 'x' })[0]).toMatch(
      /^sourse: unknown key "sourse" \(did you mean "source"\?\)/,
    );
    expect(issues({ ...valid, source: '' })[0]).toMatch(/^source: /);
  });
});
