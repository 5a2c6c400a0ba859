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
