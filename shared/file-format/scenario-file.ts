import type { CatalogueLookup } from '../domain/catalogue-lookup';
import type { Extensions, Scenario } from '../domain/scenario';
import type { RestrictionPackage } from '../packages/restriction-package';
import type { FileFormatWarning } from './file-format-error';

/** A `.chokepoint` file as read: valid scenarios at the current format version, and what to tell the user. */
export interface ScenarioFile {
  /** The format version the file was written in; its content has been migrated to FORMAT_VERSION. */
  readonly formatVersion: number;
  /** The model version the author used (a difference from the app's is shown, not refused). */
  readonly modelVersion: number;
  readonly createdBy?: { readonly app: string; readonly version: string };
  readonly exportedAt?: string;
  readonly scenarios: readonly Scenario[];
  /** The restriction packages the file defines (none: the scenarios apply only built-in ones, if any). */
  readonly restrictionPackages: readonly RestrictionPackage[];
  /** The hash the file states, if any. */
  readonly sha256?: string;
  /** The hash of the scenarios (and packages) as they are in the file. */
  readonly contentHash: string;
  /** The stated hash is missing or differs: the file was written or edited by hand. Not an error. */
  readonly hashMismatch: boolean;
  /** The envelope's `x-…` keys, kept for a later export. */
  readonly extensions: Extensions;
  readonly warnings: readonly FileFormatWarning[];
}

export interface ParseScenarioFileOptions {
  /** Named in every error and warning message. */
  readonly fileName?: string;
  /** Size limit in UTF-8 bytes (default MAX_FILE_BYTES). */
  readonly maxBytes?: number;
  /** Where the semantic checks find catalogues (default: the built-in ones). */
  readonly catalogues?: CatalogueLookup;
}
