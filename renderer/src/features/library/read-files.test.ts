// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFiles } from './import-flow';

const json = '{"format": "chokepoint-scenarios", "note": "北京"}';

describe('readFiles: dropped files are read by the reader’s rules', () => {
  it('decodes UTF-8, dropping a byte-order mark', async () => {
    const plain = new File([json], 'a.chokepoint');
    const marked = new File([new Uint8Array([0xef, 0xbb, 0xbf]), json], 'b.chokepoint');
    expect(await readFiles([plain, marked])).toEqual([
      { fileName: 'a.chokepoint', text: json },
      { fileName: 'b.chokepoint', text: json },
    ]);
  });

  it('refuses invalid UTF-8 and UTF-16 instead of importing replacement characters', async () => {
    const latin1 = new File([new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])], 'latin1.chokepoint');
    const utf16 = new File([new Uint8Array([0xff, 0xfe, 0x7b, 0x00])], 'wide.chokepoint');
    const [bad, wide] = await readFiles([latin1, utf16]);
    expect(bad).toMatchObject({
      fileName: 'latin1.chokepoint',
      refused: {
        code: 'invalid-input',
        details: { fileFormatError: { kind: 'invalid-utf8', offset: 2, file: 'latin1.chokepoint' } },
      },
    });
    expect(wide).toMatchObject({
      refused: {
        details: { fileFormatError: { kind: 'wrong-encoding', encoding: 'UTF-16 (little-endian)' } },
      },
    });
  });
});
