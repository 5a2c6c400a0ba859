import { parseScenarioFile } from '../shared/file-format';
import {
  unknownKeysFile,
  unknownKeysInsideLimitsFile,
  wrongStepsInsideLimitsFile,
  wrongTypeListFile,
  zeroScheduleFile,
} from '../test/support/hostile-files';
import type { BenchFigure } from './engine-bench';
import { measure } from './measure';

/**
 * Reading hostile files (issue 15): each is refused, and the time it takes is what an attacker gets
 * for the file. Targets: a 20 MB file ≤ 2 s, 1 MB of unknown keys ≤ 0.2 s.
 */
export async function runHostileBench(): Promise<BenchFigure[]> {
  const cases: [string, string, number][] = [
    ['hostile parse: 20 MB, one schedule of 10 million zeros', zeroScheduleFile(), 2000],
    ['hostile parse: 1 MB, 10,000 unknown 100-character keys', unknownKeysFile(), 200],
    ['hostile parse: 4 MB, a million items of the wrong type', wrongTypeListFile(), 2000],
    ['hostile parse: 13 sectors × 1000 near-miss keys (inside limits)', unknownKeysInsideLimitsFile(), 200],
    [
      'hostile parse: 1000 scenarios of wrong step points (inside limits)',
      wrongStepsInsideLimitsFile(),
      2000,
    ],
  ];
  const figures: BenchFigure[] = [];
  for (const [name, text, target] of cases) {
    if (parseScenarioFile(text).ok) throw new Error(`${name}: the file was accepted`);
    const { median, p95 } = await measure(name, () => parseScenarioFile(text), { time: 3000, iterations: 5 });
    figures.push({ name: `${name} (${(text.length / 1e6).toFixed(1)} MB)`, median, p95, target, unit: 'ms' });
  }
  return figures;
}
