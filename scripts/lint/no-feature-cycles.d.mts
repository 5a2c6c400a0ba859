import type { ESLint, Rule } from 'eslint';

/** Types of scripts/lint/no-feature-cycles.mjs (a plain ES module, loaded by eslint.config.mjs). */
export function cyclicPairs(featuresDir: string): string[];
export const noFeatureCycles: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
