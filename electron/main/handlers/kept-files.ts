import { randomUUID } from 'node:crypto';
import type { ScenarioFile } from '../../../shared/file-format';

/** A file parsed for its preview, kept so that its import needs neither the text again nor a parse. */
export interface KeptFile {
  readonly fileName: string;
  readonly parsed: ScenarioFile;
}

export interface KeptFiles {
  /** Keeps a parsed file and answers the token that imports it. */
  keep(file: KeptFile, textLength: number): string;
  /** The file kept under `token`, once: a token imports at most one time. */
  take(token: string): KeptFile | undefined;
  /** How many files are kept (for tests). */
  readonly size: number;
}

export interface KeptFilesLimits {
  /** A preview older than this is dropped: the user chose the file again rather than wait a day. */
  readonly maxAgeMs: number;
  readonly maxFiles: number;
  /** The kept files' source text, in UTF-16 code units: their parse costs memory in proportion. */
  readonly maxChars: number;
}

/**
 * Ten minutes to answer the conflict dialogs; eight files dropped at once; two files of the format's
 * largest size (20 MB each), so the memory kept stays within a few hundred MB even for hostile files.
 */
export const KEPT_FILES_LIMITS: KeptFilesLimits = {
  maxAgeMs: 10 * 60_000,
  maxFiles: 8,
  maxChars: 2 * 20 * 1024 * 1024,
};

/**
 * The main process's memory of previews, bounded by count, size and age: whichever limit is passed,
 * the oldest previews go first. An expired token is answered like an unknown one, and the page sends
 * the text again, so nothing the user chose is lost.
 */
export function createKeptFiles(
  now: () => Date,
  limits: KeptFilesLimits = KEPT_FILES_LIMITS,
  newToken: () => string = randomUUID,
): KeptFiles {
  const kept = new Map<string, KeptFile & { readonly at: number; readonly chars: number }>();
  let chars = 0;

  function drop(token: string): void {
    const entry = kept.get(token);
    if (!entry) return;
    kept.delete(token);
    chars -= entry.chars;
  }

  function dropExpired(): void {
    const oldest = now().getTime() - limits.maxAgeMs;
    // Insertion order is age order.
    for (const [token, entry] of kept) {
      if (entry.at >= oldest) break;
      drop(token);
    }
  }

  return {
    keep(file, textLength) {
      dropExpired();
      const token = newToken();
      kept.set(token, { ...file, at: now().getTime(), chars: textLength });
      chars += textLength;
      for (const oldest of kept.keys()) {
        if (kept.size <= limits.maxFiles && chars <= limits.maxChars) break;
        if (oldest !== token) drop(oldest);
      }
      return token;
    },
    take(token) {
      dropExpired();
      const entry = kept.get(token);
      drop(token);
      return entry && { fileName: entry.fileName, parsed: entry.parsed };
    },
    get size() {
      return kept.size;
    },
  };
}
