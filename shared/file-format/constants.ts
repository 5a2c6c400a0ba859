/** The `format` of every `.chokepoint` file; anything else is not ours. */
export const FORMAT_NAME = 'chokepoint-scenarios';

/** The format version this code writes and the newest it reads. */
export const FORMAT_VERSION = 1;

/** Files larger than this (in UTF-8 bytes) are refused before parsing: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Deepest nesting of objects and arrays a file may have (the envelope object is level 1). */
export const MAX_DEPTH = 32;

/** Most scenarios one file may hold. */
export const MAX_SCENARIOS = 1000;

/** The conventional file extension. */
export const FILE_EXTENSION = '.chokepoint';
