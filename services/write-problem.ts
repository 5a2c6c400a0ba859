import type { WordsLanguage } from './file-system-words';
import { describeFileSystemError } from './file-system-words';
import { PATH_KIND_NOUNS } from './path-kind';

/** Why a file is never written over, whatever the command or the dialog asked. */
export type WriteRefusal =
  /** The scenario library in use, or its write-ahead log, shared memory or journal. */
  | 'library'
  /** Any SQLite database (another program's, a library's backup) or write-ahead log. */
  | 'database'
  /** A file the same command reads. */
  | 'input'
  | 'folder'
  | 'fifo'
  | 'socket'
  | 'device'
  /** Anything else that is not a regular file. */
  | 'other'
  /** The folder the file would go in does not exist. */
  | 'no-folder';

/** Why an output file was not written; in every case nothing was changed. */
export type WriteProblem =
  | { readonly kind: 'refused'; readonly refusal: WriteRefusal; readonly path: string }
  /** Writing failed (disk full, permission …): `reason` is the file-system error, said in words. */
  | { readonly kind: 'failed'; readonly path: string; readonly error: unknown };

type NotAFile = Exclude<keyof (typeof PATH_KIND_NOUNS)['en'], 'folder'>;

const notAFile: Readonly<Record<WordsLanguage, (path: string, what: NotAFile) => string>> = {
  en: (path, what) => `${path} is ${PATH_KIND_NOUNS.en[what]}, not a file; nothing was written.`,
  'zh-CN': (path, what) => `${path} 是${PATH_KIND_NOUNS['zh-CN'][what]}，不是文件；未写入任何内容。`,
};

const REFUSED: Readonly<Record<WordsLanguage, Readonly<Record<WriteRefusal, (path: string) => string>>>> = {
  en: {
    library: (path) =>
      `${path} is the scenario library in use, which is never written over; nothing was written, choose another file name.`,
    database: (path) =>
      `${path} is an SQLite database (another program's, or a library or its backup), which is never written over; nothing was written, choose another file name.`,
    input: (path) =>
      `${path} is a file this command reads, so writing it would destroy its own input; nothing was written, choose another file name.`,
    folder: (path) => `${path} is a folder, not a file; nothing was written, name a file inside it.`,
    fifo: (path) => notAFile.en(path, 'fifo'),
    socket: (path) => notAFile.en(path, 'socket'),
    device: (path) => notAFile.en(path, 'device'),
    other: (path) => notAFile.en(path, 'other'),
    'no-folder': (path) => `The folder of ${path} does not exist; nothing was written.`,
  },
  'zh-CN': {
    library: (path) => `${path} 是正在使用的情景库，不会被覆盖；未写入任何内容，请换一个文件名。`,
    database: (path) =>
      `${path} 是 SQLite 数据库（其他程序的数据库，或情景库及其备份），不会被覆盖；未写入任何内容，请换一个文件名。`,
    input: (path) =>
      `${path} 是本命令读取的文件，写入它会毁掉命令自己的输入；未写入任何内容，请换一个文件名。`,
    folder: (path) => `${path} 是文件夹，不是文件；未写入任何内容，请指定其中的一个文件。`,
    fifo: (path) => notAFile['zh-CN'](path, 'fifo'),
    socket: (path) => notAFile['zh-CN'](path, 'socket'),
    device: (path) => notAFile['zh-CN'](path, 'device'),
    other: (path) => notAFile['zh-CN'](path, 'other'),
    'no-folder': (path) => `${path} 所在的文件夹不存在；未写入任何内容。`,
  },
};

const FAILED: Readonly<Record<WordsLanguage, (path: string, reason: string) => string>> = {
  en: (path, reason) => `Could not write ${path}: ${reason}; nothing was changed.`,
  'zh-CN': (path, reason) => `无法写入 ${path}：${reason}；没有任何改动。`,
};

/** The problem as one sentence in the user's language, naming the file and what to do. */
export function describeWriteProblem(problem: WriteProblem, language: WordsLanguage = 'en'): string {
  if (problem.kind === 'refused') return REFUSED[language][problem.refusal](problem.path);
  return FAILED[language](problem.path, describeFileSystemError(problem.error, language));
}

/** The API's error code for a problem: the page says "disk full" or "read-only" in its own words. */
export function writeProblemCode(problem: WriteProblem): 'invalid-input' | 'disk-full' | 'read-only' | 'io' {
  if (problem.kind === 'refused') return 'invalid-input';
  const code = (problem.error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  return 'io';
}
