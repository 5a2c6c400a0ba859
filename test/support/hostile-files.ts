import { PRESETS } from '../../shared/catalogue';
import { getCatalogue } from '../../shared/catalogue';
import { FILE_LIMITS } from '../../shared/file-format';

/**
 * Hostile `.chokepoint` files, generated (never committed): each is inside the 20 MB size limit and
 * aims at one way the reader could be made to spend time or memory out of proportion to its size.
 */

const HOLE = '"__hostile__"';

/** A valid single-scenario file whose text has `HOLE` at one place, to be replaced by the attack. */
function withHole(place: (scenario: Record<string, unknown>) => void): string {
  const scenario = structuredClone(PRESETS[0]) as unknown as Record<string, unknown>;
  place(scenario);
  return JSON.stringify({
    format: 'chokepoint-scenarios',
    formatVersion: 1,
    modelVersion: 1,
    scenarios: [scenario],
  });
}

function fill(text: string, attack: string): string {
  const at = text.indexOf(HOLE);
  return text.slice(0, at) + attack + text.slice(at + HOLE.length);
}

/** One schedule that is a list of `count` zeros (10 million: 20 MB), where step points belong. */
export function zeroScheduleFile(count = 10_000_000): string {
  const text = withHole((scenario) => {
    scenario.sectors = { IC: { levers: { basicResearch: '__hostile__' } } };
  });
  return fill(text, `[${'0,'.repeat(count - 1)}0]`);
}

/** A list of `count` items of the wrong type (a million: 4 MB), where step points belong. */
export function wrongTypeListFile(count = 1_000_000): string {
  const text = withHole((scenario) => {
    scenario.sectors = { IC: { restriction: '__hostile__' } };
  });
  return fill(text, `[${'"x",'.repeat(count - 1)}"x"]`);
}

const longKey = (i: number, length: number) => `k${String(i).padStart(length - 1, '0')}`;

/** `count` unknown keys of `length` characters in one object (10,000 of 100: 1 MB). */
export function unknownKeysFile(count = 10_000, length = 100): string {
  const text = withHole((scenario) => {
    scenario.parameters = '__hostile__';
  });
  const keys = Array.from({ length: count }, (_, i) => `"${longKey(i, length)}":0`);
  return fill(text, `{${keys.join(',')}}`);
}

/**
 * Inside every structural limit and still full of problems: every sector of the catalogue with as
 * many unknown keys as an object may hold, each a near-miss of a known parameter (so each would
 * otherwise get a "did you mean"), and `scenarios` copies of that scenario.
 */
export function unknownKeysInsideLimitsFile(scenarios = 1): string {
  const sectorIds = getCatalogue(PRESETS[0]!.catalogue)!.sectors.map((sector) => sector.id);
  const keys = Array.from({ length: FILE_LIMITS.objectKeys }, (_, i) => `"gF${i}":0`).join(',');
  const sector = `{"parameters":{${keys}}}`;
  const text = withHole((scenario) => {
    scenario.sectors = '__hostile__';
  });
  const one = fill(text, `{${sectorIds.map((id) => `"${id}":${sector}`).join(',')}}`);
  if (scenarios === 1) return one;
  const document = JSON.parse(one) as { scenarios: Record<string, unknown>[] };
  const template = document.scenarios[0]!;
  document.scenarios = Array.from({ length: scenarios }, (_, i) => ({ ...template, id: `s${i}` }));
  return JSON.stringify(document);
}

/**
 * `scenarios` scenarios (1000: the most a file may hold), each sector with a schedule of the most
 * step points a schedule may hold, all of the wrong type: millions of problems in 20 MB.
 */
export function wrongStepsInsideLimitsFile(scenarios = 1000, sectors = 4): string {
  const sectorIds = getCatalogue(PRESETS[0]!.catalogue)!.sectors.map((sector) => sector.id);
  const schedule = `[${Array.from({ length: FILE_LIMITS.schedulePoints }, () => 'true').join(',')}]`;
  const sectorText = sectorIds
    .slice(0, sectors)
    .map((id) => `"${id}":{"restriction":${schedule}}`)
    .join(',');
  const text = withHole((scenario) => {
    scenario.sectors = '__hostile__';
  });
  const one = JSON.parse(fill(text, `{${sectorText}}`)) as { scenarios: Record<string, unknown>[] };
  const template = one.scenarios[0]!;
  one.scenarios = Array.from({ length: scenarios }, (_, i) => ({ ...template, id: `s${i}` }));
  return JSON.stringify(one);
}
