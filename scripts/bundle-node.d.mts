/** Types of scripts/bundle-node.mjs (a plain ES module: `npm run chokepoint` runs it with node alone). */
export function bundleNode(options: {
  /** The folder the entries, the output folder and the stamp's paths are relative to. */
  readonly root: string;
  readonly entries: readonly string[];
  readonly outdir: string;
}): Promise<'built' | 'up-to-date'>;

/** The workers a Node entry point starts from beside its own bundle. */
export const NODE_WORKERS: readonly string[];
