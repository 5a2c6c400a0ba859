import { isExtensionKey } from '../domain/keyed-object';
import type { Extensions, Scenario } from '../domain/scenario';
import type { RestrictionPackage } from '../packages/restriction-package';
import { FORMAT_NAME, FORMAT_VERSION } from './constants';
import { fileContentHash } from './content-hash';
import { packageLayout } from './package-layout';
import type { Layout } from './json-layout';
import { genericLayout, inline, layoutValue, printLayout } from './json-layout';
import { scenarioLayout } from './scenario-layout';

/** The `createdBy.app` of files this app writes. */
export const APP_NAME = 'chokepoint-planner';

export interface ExportMeta {
  /** ISO 8601 timestamp of the export. */
  readonly exportedAt: string;
  readonly appVersion: string;
  /** The model version the scenarios were made with (`MODEL_VERSION`). */
  readonly modelVersion: number;
  /** Envelope `x-…` keys to write (e.g. kept from an imported file). */
  readonly extensions?: Extensions;
  /**
   * The definitions of the non-built-in restriction packages the scenarios apply (written sorted by
   * id, after the scenarios; the key is left out when there are none).
   */
  readonly restrictionPackages?: readonly RestrictionPackage[];
}

/**
 * How a file is printed: `canonical`, one member per line (a file diffs line by line), or `compact`, the
 * same keys in the same order on one line (a third of the size: large libraries fit the file limits).
 */
export type FileLayout = 'canonical' | 'compact';

/** A file's layout, built (and its content hash computed) once, printed in either form. */
export function scenarioFileLayout(scenarios: readonly Scenario[], meta: ExportMeta): Layout {
  const scenariosLayout: Layout = { kind: 'array', items: scenarios.map(scenarioLayout) };
  const packages = [...(meta.restrictionPackages ?? [])].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const packagesLayout: Layout | undefined =
    packages.length === 0 ? undefined : { kind: 'array', items: packages.map(packageLayout) };
  const extensions = meta.extensions ?? {};
  const extensionKeys = Object.keys(extensions)
    .filter(isExtensionKey)
    .filter((key) => extensions[key] !== undefined)
    .sort();
  return {
    kind: 'object',
    entries: [
      ['format', inline(FORMAT_NAME)],
      ['formatVersion', inline(FORMAT_VERSION)],
      ['modelVersion', inline(meta.modelVersion)],
      ['createdBy', inline({ app: APP_NAME, version: meta.appVersion })],
      ['exportedAt', inline(meta.exportedAt)],
      ['scenarios', scenariosLayout],
      ...(packagesLayout ? [['restrictionPackages', packagesLayout] as const] : []),
      [
        'sha256',
        inline(
          fileContentHash(
            layoutValue(scenariosLayout) as unknown[],
            packagesLayout && (layoutValue(packagesLayout) as unknown[]),
          ),
        ),
      ],
      ...extensionKeys.map((key) => [key, genericLayout(extensions[key])] as const),
    ],
  };
}

/** A file's text from its layout, in canonical or compact form. */
export function printScenarioFile(envelope: Layout, layout: FileLayout = 'canonical'): string {
  return `${layout === 'compact' ? JSON.stringify(layoutValue(envelope)) : printLayout(envelope)}\n`;
}

/**
 * Writes scenarios as a `.chokepoint` file: fixed key order and the content hash; in canonical form
 * (the default) with a two-space indent, one schedule step per line, tags on one line and a trailing
 * newline. Exporting what an import of the result returns gives the same bytes again. The scenarios
 * must be valid (`validateScenario`); keys that are neither known nor `x-…` are dropped.
 */
export function serializeScenarioFile(
  scenarios: readonly Scenario[],
  meta: ExportMeta,
  layout: FileLayout = 'canonical',
): string {
  return printScenarioFile(scenarioFileLayout(scenarios, meta), layout);
}
