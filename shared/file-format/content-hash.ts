import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

/** SHA-256 of a text's UTF-8 bytes (a lone surrogate as U+FFFD), in lowercase hexadecimal. */
export type Sha256Hex = (text: string) => string;

/** Pure JavaScript: runs anywhere, at a few megabytes a second. */
export const portableSha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

let sha256Hex: Sha256Hex = portableSha256Hex;

/**
 * Lets a platform hash with its own SHA-256: Node's hashes a 20 MB file in milliseconds where the
 * portable one takes seconds (more than all the other checks of a file together). Node's entry points
 * (the CLI, the app's services, the parse worker) install it through `services/native-sha256.ts`; the
 * result is the same hash.
 */
export function useSha256(implementation: Sha256Hex): void {
  sha256Hex = implementation;
}

/**
 * The file's content hash: SHA-256, lowercase hex, of the UTF-8 canonical JSON of the `scenarios`
 * array. It tells "edited by hand since export" apart from "as exported"; it is not a signature.
 */
export function scenarioContentHash(scenarios: readonly unknown[]): string {
  return sha256Hex(canonicalJson(scenarios));
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
