import { MAX_SUGGESTION_KEY_LENGTH, SUGGESTIONS_PER_OBJECT } from '../domain/closest-key';
import { SCENARIO_LIMITS } from '../domain/scenario-limits';
import { STEP_YEAR_MAX, STEP_YEAR_MIN } from '../domain/schedule-issues';
import { MAX_DEPTH, MAX_FILE_BYTES, MAX_SCENARIOS } from './constants';

/**
 * Every limit the reader enforces, in one place (docs/file-format.md, "Limits", lists the same values).
 * Each keeps the work a hostile file can cause proportional to its size, and small: a file inside the
 * limits is read in well under a second, and one outside them is refused as soon as the limit is passed,
 * without reading further.
 */
export const FILE_LIMITS = {
  /** UTF-8 bytes read; the read itself stops here, so devices, pipes and growing files end too. */
  bytes: MAX_FILE_BYTES,
  /** Levels of objects and arrays (the envelope is level 1). */
  depth: MAX_DEPTH,
  /** Scenarios per file. */
  scenarios: MAX_SCENARIOS,
  /** Tags per scenario. */
  tags: SCENARIO_LIMITS.tags,
  /** Step points per schedule: one per year from 1900 to 2200 at most. */
  schedulePoints: STEP_YEAR_MAX - STEP_YEAR_MIN + 1,
  /** Items in any other array (inside extension values `x-…`). */
  arrayItems: 10_000,
  /** Keys in one object. */
  objectKeys: 1_000,
  /** Characters of one key, as written in the file. */
  keyLength: 1_000,
  /** Characters of one string value, as written in the file (escapes count as written). */
  stringLength: 100_000,
  /** Problems listed per file; the rest are counted ("and N more"). */
  issues: 100,
  /** Keys longer than this get no "did you mean" suggestion. */
  suggestionKeyLength: MAX_SUGGESTION_KEY_LENGTH,
  /** Unknown keys per object that get a suggestion; later ones only say what is expected. */
  suggestionsPerObject: SUGGESTIONS_PER_OBJECT,
} as const;

export type FileLimits = { readonly [K in keyof typeof FILE_LIMITS]: number };
