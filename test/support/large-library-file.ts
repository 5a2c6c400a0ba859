import { getCatalogue, PRESETS } from '../../shared/catalogue';
import { LEVER_IDS } from '../../shared/domain/inputs';
import type { Scenario } from '../../shared/domain/scenario';
import { serializeScenarioFile } from '../../shared/file-format';
import { layoutValue } from '../../shared/file-format/json-layout';
import { scenarioLayout } from '../../shared/file-format/scenario-layout';

const META = { exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };

/**
 * A library's worth of scenarios as one file as a script would write it (compact JSON): `count`
 * scenarios, each with a yearly schedule for every lever of every sector and a description padded so
 * that the file is close to `bytes` (within a few kilobytes, always under it). What a planner with
 * months of work holds, at the size limits of the format.
 */
export function largeLibraryFile(count: number, bytes: number): { text: string; scenarios: Scenario[] } {
  const catalogue = getCatalogue(PRESETS[0]!.catalogue)!;
  const build = (i: number, description: string): Scenario => {
    const preset = PRESETS[i % PRESETS.length]!;
    // A step every other year: eight steps a schedule over a fifteen-year horizon.
    const years = Array.from(
      { length: Math.ceil((preset.horizon + 1) / 2) },
      (_, k) => preset.baseYear + 2 * k,
    );
    const sectors = Object.fromEntries(
      catalogue.sectors.map((sector, s) => [
        sector.id,
        {
          ...preset.sectors[sector.id],
          levers: Object.fromEntries(
            LEVER_IDS.map((lever) => [
              lever,
              years.map((year, k) => ({
                year,
                // Inside every lever's range (rdTaxCut 0–0.4, the shares 0–1; basicResearch 0.5–3).
                value:
                  Math.round((lever === 'basicResearch' ? 1 : 0.3) * (1 + ((i + s + k) % 7) / 20) * 1000) /
                  1000,
              })),
            ]),
          ),
        },
      ]),
    );
    return {
      ...preset,
      id: `large-${i}`,
      name: `Scenario ${i} of ${count}`,
      tags: [`batch-${i % 10}`],
      description,
      sectors,
    };
  };
  // The compact file without descriptions, measured rather than written (its hash would cost as much
  // as the file's): the envelope around an empty list, each scenario as written, a comma between two.
  const bareLength =
    serializeScenarioFile([], META, 'compact').length +
    Array.from({ length: count }, (_, i) => build(i, '')).reduce(
      (sum, scenario) => sum + JSON.stringify(layoutValue(scenarioLayout(scenario))).length,
      Math.max(0, count - 1),
    );
  // Each description adds its own length (plain ASCII, no escapes) to the file.
  const pad = Math.min(10_000, Math.floor((bytes - bareLength) / count));
  if (pad < 0) throw new Error(`${count} scenarios do not fit in ${bytes} bytes`);
  const scenarios = Array.from({ length: count }, (_, i) =>
    build(i, 'Planning note. '.repeat(pad).slice(0, pad)),
  );
  return { text: serializeScenarioFile(scenarios, META, 'compact'), scenarios };
}
