import { describe, expect, it } from 'vitest';
import { checkBox, findFailureBox, type UncertainColumn } from '../../shared/optimize';
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

describe('the peeling trajectory and the check on fresh draws', () => {
  const random = seededRandom(11);
  const draws = (n: number) => {
    const nu = Array.from({ length: n }, () => 1 + random());
    const noise = Array.from({ length: 8 }, (_, k) =>
      column(
        `noise${k}`,
        Array.from({ length: n }, () => random()),
      ),
    );
    // Failures where ν is high, blurred: a tenth of the labels are coin flips.
    const failed = Uint8Array.from(nu, (value) =>
      random() < 0.1 ? (random() < 0.5 ? 1 : 0) : value > 1.6 ? 1 : 0,
    );
    return { columns: [...noise, column('nu', nu)], failed };
  };

  it('starts from every draw and peels toward denser boxes; the box kept is one of its steps', () => {
    const { columns, failed } = draws(300);
    const box = findFailureBox(columns, failed)!;
    const [first] = box.trajectory;
    expect(first).toEqual({ coverage: 1, density: box.baseRate, inBox: 300 });
    for (let k = 1; k < box.trajectory.length; k++) {
      expect(box.trajectory[k]!.inBox).toBeLessThan(box.trajectory[k - 1]!.inBox);
      expect(box.trajectory[k]!.density).toBeGreaterThan(box.trajectory[k - 1]!.density);
      expect(box.trajectory[k]!.coverage).toBeLessThanOrEqual(box.trajectory[k - 1]!.coverage);
    }
    expect(box.chosen).toBeGreaterThan(0);
    expect(box.chosen).toBeLessThan(box.trajectory.length);
    // Only values separating failures on their own are ranked: no noise column with |z| < 2.5.
    expect(box.ranking.every((entry) => entry.z >= 2.5)).toBe(true);
    expect(box.ranking[0]!.key).toBe('nu');
  });

  it('measures the box on fresh draws: a real driver holds up there, a box fitted to noise does not', () => {
    const search = draws(300);
    const fresh = draws(300);
    const box = findFailureBox(search.columns, search.failed)!;
    const check = checkBox(box.drivers, fresh.columns, fresh.failed, 99);
    expect(check.seed).toBe(99);
    expect(check.draws).toBe(300);
    expect(check.coverage).toBeGreaterThan(0.7);
    expect(check.density).toBeGreaterThan(2 * check.baseRate);

    // Failures that are pure chance: whatever box the noise gives on one set means nothing on the other.
    const coin = () => Uint8Array.from({ length: 300 }, () => (random() < 0.3 ? 1 : 0));
    const noisy = findFailureBox(search.columns, coin(), { minZ: 0 })!;
    const again = checkBox(noisy.drivers, fresh.columns, coin(), 99);
    expect(again.density).toBeLessThan(noisy.density);
  });
});
