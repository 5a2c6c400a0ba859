import { extname } from 'node:path';
import { UsageError } from './parse-options';
import { STDOUT } from './write-output';

/**
 * Every extension an output may carry, with what it names. One rule for every command: the extension
 * of --out decides the format; --format, when given, must agree with it; a command never writes a
 * format its file's extension names otherwise (HTML into `r.pptx`).
 */
const KNOWN_EXTENSIONS: Readonly<Record<string, string>> = {
  '.json': 'a JSON file',
  '.csv': 'a CSV file',
  '.txt': 'a text file',
  '.html': 'an HTML page',
  '.htm': 'an HTML page',
  '.pptx': 'a PowerPoint deck',
  '.xlsx': 'an Excel workbook',
  '.png': 'a PNG picture',
  '.svg': 'an SVG picture',
  '.pdf': 'a PDF document',
  '.chokepoint': 'a scenario file',
  '.sqlite': 'an SQLite database',
  '.db': 'an SQLite database',
};

/** A command's formats, each with the extensions that name it (the first is the usual one). */
export type OutputFormats<F extends string> = Readonly<Record<F, readonly string[]>>;

/** What a scenario file may be called: `.chokepoint`, or `.json` (it is JSON). */
export const SCENARIO_FILE_FORMATS: OutputFormats<'chokepoint'> = { chokepoint: ['.chokepoint', '.json'] };

/** What `run` writes. */
export const RUN_FORMATS: OutputFormats<'table' | 'json' | 'csv'> = {
  table: ['.txt'],
  json: ['.json'],
  csv: ['.csv'],
};

/** What `report` writes. */
export const REPORT_FORMATS: OutputFormats<'html' | 'pptx' | 'xlsx' | 'csv'> = {
  html: ['.html', '.htm'],
  pptx: ['.pptx'],
  xlsx: ['.xlsx'],
  csv: ['.csv'],
};

/** "--out's extension (.json, .csv, .txt)": for help texts, from the same table. */
export function extensionsText<F extends string>(formats: OutputFormats<F>): string {
  return Object.values<readonly string[]>(formats).flat().join(', ');
}

/** "table, json or csv". */
const oneOf = (names: readonly string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/**
 * The format to write: the one --out's extension names, else `requested`, else `fallback`. A usage error
 * when --format disagrees with the extension, or the extension names a kind of file this command does
 * not write.
 */
export function outputFormat<F extends string>(
  command: string,
  out: string | undefined,
  requested: string | undefined,
  formats: OutputFormats<F>,
  fallback: NoInfer<F>,
): F {
  const names = Object.keys(formats) as F[];
  if (requested !== undefined && !names.includes(requested as F))
    throw new UsageError(`--format must be ${oneOf(names)}, got "${requested}"`);
  const extension = out === undefined || out === STDOUT ? '' : extname(out).toLowerCase();
  const named = names.find((name) => formats[name].includes(extension));
  if (named === undefined && KNOWN_EXTENSIONS[extension] !== undefined)
    throw new UsageError(
      `--out ${out} names ${KNOWN_EXTENSIONS[extension]}, which ${command} does not write (it writes ${oneOf(names)}: ${extensionsText(formats)})`,
    );
  if (named !== undefined && requested !== undefined && requested !== named)
    throw new UsageError(
      `--out ${out} names ${KNOWN_EXTENSIONS[extension] ?? `a ${named} file`} but --format is ${requested}: drop --format (the extension decides) or make them agree`,
    );
  return named ?? (requested as F | undefined) ?? fallback;
}
