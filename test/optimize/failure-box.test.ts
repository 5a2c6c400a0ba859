import { describe, expect, it } from 'vitest';
import { findFailureBox, type UncertainColumn } from '../../shared/optimize';
import { seededRandom } from '../../shared/optimize/seeded-random';

function column(key: string, values: number[]): UncertainColumn {
  return { key, kind: 'parameter', values: Float64Array.from(values) };
}

describe('the failure box (scenario discovery)', () => {
  const random = seededRandom(7);
  const n = 300;
  const nu = Array.from({ length: n }, () => 1 + random());
  const noise = Array.from({ length: 6 }, (_, k) =>
    column(
      `noise${k}`,
      Array.from({ length: n }, () => random()),
    ),
  );

  it('finds the one parameter that decides failure, with its threshold, full coverage and density', () => {
    const failed = Uint8Array.from(nu, (value) => (value > 1.7 ? 1 : 0));
    const box = findFailureBox([...noise, column('nu', nu)], failed)!;
    expect(box.drivers.map((driver) => driver.key)).toEqual(['nu']);
    const [driver] = box.drivers;
    expect(driver!.high).toBeUndefined();
    // The limit falls between the largest passing value and the smallest failing one: a perfect box.
    expect(driver!.low).toBeGreaterThan(Math.max(...nu.filter((value) => value <= 1.7)));
    expect(driver!.low).toBeLessThanOrEqual(Math.min(...nu.filter((value) => value > 1.7)));
    expect(box.coverage).toBe(1);
    expect(box.density).toBe(1);
    expect(box.ranking[0]!.key).toBe('nu');
    expect(box.ranking[0]!.failsWhen).toBe('high');
  });

  it('names two parameters when failure needs both, and none when failure is noise', () => {
    const lag = Array.from({ length: n }, () => 5 + 10 * random());
    const both = Uint8Array.from(nu, (value, d) => (value > 1.5 && lag[d]! > 9 ? 1 : 0));
    const box = findFailureBox([...noise, column('nu', nu), column('lag0', lag)], both)!;
    expect(new Set(box.drivers.map((driver) => driver.key))).toEqual(new Set(['nu', 'lag0']));
    expect(box.density).toBeGreaterThan(0.8);

    const coin = Uint8Array.from({ length: n }, () => (random() < 0.2 ? 1 : 0));
    const none = findFailureBox(noise, coin)!;
    expect(none.drivers).toEqual([]);
    expect(none.coverage).toBe(1);
  });

  it('has nothing to say when no draw fails or every draw does', () => {
    expect(findFailureBox([column('nu', nu)], new Uint8Array(n))).toBeNull();
    expect(findFailureBox([column('nu', nu)], new Uint8Array(n).fill(1))).toBeNull();
  });
});
