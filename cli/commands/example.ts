import { PRESETS, getPreset } from '../../shared/catalogue';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import { APP_VERSION } from '../app-version';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { outputFormat, SCENARIO_FILE_FORMATS } from '../output-format';
import { STDOUT, writeOutput } from '../write-output';

/** `chokepoint example [NAME] [--out PATH]`: a built-in example scenario file (default: all presets). */
export const exampleCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, { out: { type: 'string' } });
  if (positionals.length > 1) throw new UsageError('example takes at most one NAME');
  outputFormat('example', values.out, undefined, SCENARIO_FILE_FORMATS, 'chokepoint');
  const name = positionals[0];
  const preset = name === undefined ? undefined : getPreset(name);
  if (name !== undefined && !preset) {
    io.stderr(
      `No built-in example named "${name}". Examples: ${PRESETS.map((p) => `"${p.name}"`).join(', ')}.\n`,
    );
    return EXIT_INVALID;
  }
  const text = serializeScenarioFile(preset ? [preset] : PRESETS, {
    exportedAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    modelVersion: MODEL_VERSION,
  });
  await writeOutput(text, values.out, io);
  if (values.out && values.out !== STDOUT)
    io.stderr(`Wrote ${preset ? `"${preset.name}"` : `${PRESETS.length} examples`} to ${values.out}\n`);
  return EXIT_OK;
};
