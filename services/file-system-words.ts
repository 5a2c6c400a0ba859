/** The languages the main process and the services speak (the page's are the same two). */
export type WordsLanguage = 'en' | 'zh-CN';

/** What a file-system error code means, in words a user can act on (never the raw code). */
const WORDS: Readonly<Record<WordsLanguage, Readonly<Record<string, string>>>> = {
  en: {
    ENOENT: 'there is no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'part of the path is a file, not a folder',
    ELOOP: 'it is a loop of symbolic links',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many files are open',
    ENFILE: 'too many files are open',
    EROFS: 'the disk or folder is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file is too large for this disk',
    EEXIST: 'it already exists',
    EBUSY: 'it is in use by another program',
    ETXTBSY: 'it is in use by another program',
    EIO: 'the disk reported a read or write error',
    ENXIO: 'the device is not available',
    ENODEV: 'the device is not available',
    EAGAIN: 'it is not ready to be read (try again)',
    EINVAL: 'it cannot be read as a file',
    EXDEV: 'it is on another disk',
  },
  'zh-CN': {
    ENOENT: '没有这个文件或文件夹',
    EACCES: '没有权限',
    EPERM: '没有权限',
    EISDIR: '它是文件夹，不是文件',
    ENOTDIR: '路径中有一部分是文件，不是文件夹',
    ELOOP: '它是符号链接的循环',
    ENAMETOOLONG: '路径太长',
    EMFILE: '打开的文件太多',
    ENFILE: '打开的文件太多',
    EROFS: '磁盘或文件夹是只读的',
    ENOSPC: '磁盘已满',
    EDQUOT: '磁盘配额已用完',
    EFBIG: '文件对这个磁盘来说太大',
    EEXIST: '它已经存在',
    EBUSY: '它正被另一个程序使用',
    ETXTBSY: '它正被另一个程序使用',
    EIO: '磁盘报告了读写错误',
    ENXIO: '设备不可用',
    ENODEV: '设备不可用',
    EAGAIN: '它还不能读取（请重试）',
    EINVAL: '它不能作为文件读取',
    EXDEV: '它在另一个磁盘上',
  },
};

/** Said when an error has no code we know: never Node's own message with its errno name. */
const UNKNOWN: Readonly<Record<WordsLanguage, string>> = {
  en: 'the operating system refused it',
  'zh-CN': '操作系统拒绝了该操作',
};

/**
 * The reason a file operation failed, in words: "there is no such file or folder", not "ENOENT". An
 * error with a code we do not know is still said in words; one without a code (not from the file
 * system) keeps its message, minus Node's "CODE: " prefix and path suffix.
 */
export function describeFileSystemError(error: unknown, language: WordsLanguage = 'en'): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && WORDS[language][code] !== undefined) return WORDS[language][code];
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return UNKNOWN[language];
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z0-9_]+:\s*/, '').replace(/,\s*\w+\s+'[^']*'$/, '');
}

/** Whether `error` is a file-system error (it has an errno code such as ENOSPC). */
export function isFileSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}
