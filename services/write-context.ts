/**
 * What an operation that writes a file must never write over, besides what no file operation may
 * replace (folders, devices, SQLite databases): the library it works on and the files it reads.
 */
export interface WriteContext {
  /** The scenario library in use (with its write-ahead log, shared memory and journal). */
  readonly library?: string;
  /** The files the operation reads. */
  readonly inputs: readonly string[];
}

/** A context that protects only what every write protects. */
export const NO_CONTEXT: WriteContext = { inputs: [] };
