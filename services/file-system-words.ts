/** What a file-system error code means, in words a user can act on (never the raw code). */
const WORDS: Readonly<Record<string, string>> = {
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
  EEXIST: 'it already exists',
  EBUSY: 'it is in use by another program',
  EIO: 'the disk reported a read or write error',
  ENXIO: 'the device is not available',
  EAGAIN: 'it is not ready to be read (try again)',
  EINVAL: 'it cannot be read as a file',
};

/**
 * The reason a file operation failed, in words: "there is no such file or folder", not "ENOENT".
 * An error without a known code keeps its message, minus Node's "CODE: " prefix and path suffix.
 */
export function describeFileSystemError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && WORDS[code] !== undefined) return WORDS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z0-9_]+:\s*/, '').replace(/,\s*\w+\s+'[^']*'$/, '');
}
