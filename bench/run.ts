import { runEngineBench } from './engine-bench';

/**
 * `npm run bench`: engine (and, where present, store) figures against the issues' targets. The
 * script bundles the code with esbuild first, as the app ships it, and times it with tinybench.
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  const lines: string[] = [];
  if (!only || only === 'engine') {
    for (const figure of await runEngineBench()) {
      const verdict = figure.median <= figure.target ? 'ok' : 'OVER TARGET';
      lines.push(
        `${figure.name.padEnd(56)} median ${figure.median.toFixed(3).padStart(9)} ms  p95 ${figure.p95.toFixed(3).padStart(9)} ms  target ≤ ${figure.target} ms  ${verdict}`,
      );
      console.log(lines.at(-1));
    }
  }
  if (!only || only === 'hostile') {
    const { runHostileBench } = await import('./hostile-bench');
    for (const figure of await runHostileBench()) {
      const verdict = figure.median <= figure.target ? 'ok' : 'OVER TARGET';
      console.log(
        `${figure.name.padEnd(80)} median ${figure.median.toFixed(1).padStart(8)} ms  p95 ${figure.p95.toFixed(1).padStart(8)} ms  target ≤ ${figure.target} ms  ${verdict}`,
      );
    }
  }
  if (!only || only === 'file') {
    const { runFileBench, fileBenchLines } = await import('./file-bench');
    for (const line of fileBenchLines(await runFileBench())) console.log(line);
  }
  if (!only || only === 'optimize') {
    const { runOptimizeBench, optimizeBenchLines } = await import('./optimize-bench');
    for (const line of optimizeBenchLines(await runOptimizeBench())) console.log(line);
  }
  if (!only || only === 'store') {
    const { runStoreBench } = await import('./store-bench');
    const store = await runStoreBench();
    for (const [name, value] of Object.entries(store)) console.log(`${name.padEnd(56)} ${value}`);
  }
}

void main();
