import { parseScenarioFile } from '../shared/file-format';
import { createWorkerParser, PARSE_TIME_LIMIT_MS } from '../services/parse-worker/file-parser';
import { useNativeSha256 } from '../services/native-sha256';
import { largeLibraryFile } from '../test/support/large-library-file';
import { measure } from './measure';

/** How many times a bare `JSON.parse` of the same bytes reading a valid file may take (issue 20). */
export const VALIDATE_TARGET_RATIO = 10;

export interface FileBench {
  readonly bytes: number;
  readonly jsonParse: number;
  readonly validate: { readonly median: number; readonly p95: number };
  readonly worker: { readonly median: number; readonly p95: number };
}

/**
 * Reading a valid file at the size limit (1000 scenarios, just under 20 MB): `parseScenarioFile` (every
 * check `validate` and `import` make of the file, the content hash included) against a bare
 * `JSON.parse` of the same text, and the same file through the desktop's parse worker (start-up
 * excluded, the text's transfer and the result's return included).
 */
export async function runFileBench(): Promise<FileBench> {
  useNativeSha256();
  const { text } = largeLibraryFile(1000, 19_900_000);
  if (!parseScenarioFile(text).ok) throw new Error('the 20 MB file is not valid');
  const bare = await measure('JSON.parse', () => JSON.parse(text), { time: 3000, iterations: 5 });
  const validate = await measure('parseScenarioFile', () => parseScenarioFile(text), {
    time: 3000,
    iterations: 5,
  });
  const parser = createWorkerParser();
  try {
    await parser.parse(text, 'large.chokepoint');
    const worker = await measure('worker', () => parser.parse(text, 'large.chokepoint'), {
      time: 3000,
      iterations: 3,
    });
    return { bytes: Buffer.byteLength(text), jsonParse: bare.median, validate, worker };
  } finally {
    await parser.close();
  }
}

export function fileBenchLines(figures: FileBench): string[] {
  const mb = (figures.bytes / 1e6).toFixed(1);
  const target = VALIDATE_TARGET_RATIO * figures.jsonParse;
  const ratio = figures.validate.median / figures.jsonParse;
  const verdict = figures.validate.median <= target ? 'ok' : 'OVER TARGET';
  const column = (name: string) => name.padEnd(56);
  return [
    `${column(`JSON.parse of a ${mb} MB valid file`)} median ${figures.jsonParse.toFixed(0).padStart(9)} ms`,
    `${column(`validate a 20 MB valid file (${mb} MB, 1000 scenarios)`)} median ${figures.validate.median.toFixed(0).padStart(9)} ms  p95 ${figures.validate.p95.toFixed(0).padStart(9)} ms  target ≤ ${VALIDATE_TARGET_RATIO} × JSON.parse = ${target.toFixed(0)} ms (${ratio.toFixed(1)} ×)  ${verdict}`,
    `${column('validate a 20 MB valid file in the parse worker')} median ${figures.worker.median.toFixed(0).padStart(9)} ms  p95 ${figures.worker.p95.toFixed(0).padStart(9)} ms  (time limit ${PARSE_TIME_LIMIT_MS / 1000} s)`,
  ];
}
