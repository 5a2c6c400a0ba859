import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readScenarioText } from '../../services/read-scenario-text';
import { checkEncoding, describeFileFormatError } from '../../shared/file-format';
import { useTempFolder } from '../store/temp-folder';

const folder = useTempFolder('chokepoint-read-');
let dir = '';
beforeEach(() => {
  dir = folder();
});

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const json = '{"format": "chokepoint-scenarios", "note": "Zürich 北京"}';

describe('readScenarioText: the one way files are read', () => {
  it('reads UTF-8, with or without a byte-order mark', async () => {
    expect(await readScenarioText(file('plain.chokepoint', json), 'plain.chokepoint')).toEqual({
      ok: true,
      value: json,
    });
    const marked = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]);
    expect(await readScenarioText(file('bom.chokepoint', marked), 'bom.chokepoint')).toEqual({
      ok: true,
      value: json,
    });
  });

  it('names UTF-16 and UTF-32, by byte-order mark or by the zero bytes of the first character', async () => {
    const cases: [string, Buffer][] = [
      ['UTF-16 (little-endian)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
      ['UTF-16 (little-endian)', Buffer.from(json, 'utf16le')],
      ['UTF-16 (big-endian)', Buffer.from(json, 'utf16le').swap16()],
      ['UTF-32 (little-endian)', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0])],
      ['UTF-32 (big-endian)', Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b])],
    ];
    for (const [encoding, bytes] of cases) {
      const read = await readScenarioText(file('wide.chokepoint', bytes), 'wide.chokepoint');
      expect(read, encoding).toEqual({
        ok: false,
        error: { kind: 'wrong-encoding', file: 'wide.chokepoint', path: [], encoding },
      });
    }
    const read = await readScenarioText(file('wide.chokepoint', cases[0]![1]), 'wide.chokepoint');
    if (read.ok || read.error.kind === 'unreadable') throw new Error('expected a refusal');
    expect(describeFileFormatError(read.error)).toBe(
      'wide.chokepoint is saved as UTF-16 (little-endian); save it as UTF-8, the encoding of scenario files.',
    );
  });

  it('refuses invalid UTF-8 with the byte offset of the first bad sequence, never replacing it', async () => {
    const bytes = Buffer.concat([Buffer.from('{"name": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    expect(await readScenarioText(file('latin1.chokepoint', bytes), 'latin1.chokepoint')).toEqual({
      ok: false,
      error: { kind: 'invalid-utf8', file: 'latin1.chokepoint', path: [], offset: 13 },
    });
  });

  it('refuses a device, a FIFO and a socket from their stat, at once, naming what they are', async () => {
    const link = join(dir, 'endless.chokepoint');
    symlinkSync('/dev/zero', link);
    expect(await readScenarioText(link, 'endless.chokepoint', 1000)).toEqual({
      ok: false,
      error: {
        kind: 'unreadable',
        file: 'endless.chokepoint',
        path: [],
        reason: 'it is a device, not a file',
      },
    });
    expect(await readScenarioText('/dev/null', '/dev/null')).toMatchObject({
      ok: false,
      error: { kind: 'unreadable', reason: 'it is a device, not a file' },
    });
    // Opening a FIFO for reading blocks until a writer comes: this test would hang, not fail.
    const fifo = join(dir, 'pipe.chokepoint');
    execFileSync('mkfifo', [fifo]);
    expect(await readScenarioText(fifo, 'pipe.chokepoint')).toMatchObject({
      ok: false,
      error: { kind: 'unreadable', reason: 'it is a pipe (FIFO), not a file' },
    });
    const server = createServer();
    const socket = join(dir, 'socket.chokepoint');
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      expect(await readScenarioText(socket, 'socket.chokepoint')).toMatchObject({
        ok: false,
        error: { kind: 'unreadable', reason: 'it is a socket, not a file' },
      });
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('refuses a regular file over the limit from its size, and says why a file cannot be read in words', async () => {
    expect(await readScenarioText(file('big.chokepoint', 'x'.repeat(2000)), 'big.chokepoint', 1000)).toEqual({
      ok: false,
      error: { kind: 'too-large', file: 'big.chokepoint', path: [], bytes: 2000, limit: 1000 },
    });
    expect(await readScenarioText(join(dir, 'missing.chokepoint'), 'missing.chokepoint')).toEqual({
      ok: false,
      error: {
        kind: 'unreadable',
        file: 'missing.chokepoint',
        path: [],
        reason: 'there is no such file or folder',
      },
    });
    expect(await readScenarioText(dir, 'folder')).toMatchObject({
      ok: false,
      error: { kind: 'unreadable', reason: 'it is a folder, not a file' },
    });
  });
});

describe('checkEncoding', () => {
  it('accepts every well-formed UTF-8 sequence and refuses overlong forms, surrogates and truncations', () => {
    expect(checkEncoding(Buffer.from('a é € 𝄞', 'utf8'))).toEqual({ ok: true, value: 0 });
    const bad: [number[], number][] = [
      [[0x61, 0xc0, 0x80], 1], // overlong NUL
      [[0xe0, 0x80, 0x80], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x61, 0x62, 0xe2, 0x82], 2], // truncated at the end
      [[0x80], 0], // a lone continuation byte
    ];
    for (const [bytes, offset] of bad) {
      expect(checkEncoding(Uint8Array.from(bytes)), bytes.join(' ')).toEqual({
        ok: false,
        error: { kind: 'invalid-utf8', path: [], offset },
      });
    }
  });
});
