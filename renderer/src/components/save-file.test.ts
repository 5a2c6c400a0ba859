// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mediaTypeOf, savedMediaType } from '../../../shared/api/media-types';
import { SAVE_KINDS } from '../../../shared/api/save-kinds';
import { installFakeApi } from '../test-utils';
import { base64Of, safeFileName, saveFile } from './save-file';

/** Every download the page starts: the file's name and the Blob it hands the browser. */
function catchDownloads(): { name: string; blob: Blob }[] {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return downloads;
}

afterEach(() => vi.restoreAllMocks());

describe('saving a file from the page', () => {
  it('downloads text and bytes where there is no save dialog, byte for byte, with their media type', async () => {
    installFakeApi();
    const downloads = catchDownloads();
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(await saveFile('a.csv', { text: 'sector,year\nLithography,2031\n' }, 'csv')).toEqual({
      ok: true,
      where: 'download',
    });
    expect(await saveFile('b.pptx', { base64: base64Of(bytes) }, 'pptx')).toEqual({
      ok: true,
      where: 'download',
    });
    expect(downloads.map((download) => download.name)).toEqual(['a.csv', 'b.pptx']);
    expect(await downloads[0]!.blob.text()).toBe('sector,year\nLithography,2031\n');
    expect(downloads[0]!.blob.type).toBe('text/csv; charset=utf-8');
    expect(new Uint8Array(await downloads[1]!.blob.arrayBuffer())).toEqual(bytes);
    expect(downloads[1]!.blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  it('saves through the desktop dialog when there is one, and downloads nothing', async () => {
    installFakeApi({ desktop: true });
    const downloads = catchDownloads();
    const saved = await saveFile('c.svg', { text: '<svg/>' }, 'svg');
    expect(saved).toMatchObject({ ok: true, where: 'disk' });
    expect(downloads).toEqual([]);
  });

  it('names files without the characters file systems refuse', () => {
    expect(safeFileName('Push / pull: "A" vs <B>?\u0007', 'comparison')).toBe('Push pull A vs B');
    expect(safeFileName(' \\/:*?"<>| ', 'comparison')).toBe('comparison');
  });
});

describe('the media types', () => {
  it('has one for every kind of file the app saves, and says octet-stream for the unknown', () => {
    for (const kind of SAVE_KINDS) {
      expect(savedMediaType(kind)).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(mediaTypeOf(`Report.${kind.toUpperCase()}`)).toBe(savedMediaType(kind));
    }
    expect(mediaTypeOf('/app/assets/index-3f2a.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaTypeOf('/app/a.b/README')).toBe('application/octet-stream');
    expect(mediaTypeOf('noextension')).toBe('application/octet-stream');
  });
});
