import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

/**
 * The file's content hash: SHA-256, lowercase hex, of the UTF-8 canonical JSON of the `scenarios`
 * array. It tells "edited by hand since export" apart from "as exported"; it is not a signature.
 */
export function scenarioContentHash(scenarios: readonly unknown[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(scenarios))));
}

/**
 * The hash a file states: of its scenarios alone when it defines no restriction packages (so every
 * file written before packages keeps its hash), else of `{ "restrictionPackages": …, "scenarios": … }`,
 * so that a package edited by hand is noticed like a scenario edited by hand.
 */
export function fileContentHash(
  scenarios: readonly unknown[],
  packages: readonly unknown[] | undefined,
): string {
  if (packages === undefined || packages.length === 0) return scenarioContentHash(scenarios);
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ restrictionPackages: packages, scenarios }))));
}
