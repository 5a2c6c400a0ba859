import type { Stats } from 'node:fs';

/**
 * What a path names, as far as reading or writing a file is concerned. Only a regular file may be read
 * or replaced: opening a FIFO blocks until someone writes to it, a device never ends or has side
 * effects, and a folder or socket cannot hold a document.
 */
export type PathKind = 'file' | 'folder' | 'fifo' | 'socket' | 'device' | 'other';

export function pathKind(stats: Stats): PathKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'other';
}

/** What a path that is not a regular file is, as a noun phrase: "/dev/null is a device, not a file". */
export const PATH_KIND_NOUNS: Readonly<
  Record<'en' | 'zh-CN', Readonly<Record<Exclude<PathKind, 'file'>, string>>>
> = {
  en: {
    folder: 'a folder',
    fifo: 'a pipe (FIFO)',
    socket: 'a socket',
    device: 'a device',
    other: 'a special file',
  },
  'zh-CN': { folder: '文件夹', fifo: '管道（FIFO）', socket: '套接字', device: '设备', other: '特殊文件' },
};
