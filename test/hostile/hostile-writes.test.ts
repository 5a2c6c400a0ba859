import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { startAppServices } from '../../electron/main/app-services';
import { createDesktopOperations } from '../../electron/main/desktop-operations';
import { MAIN_MESSAGES } from '../../electron/main/i18n/main-messages';
import { runCli } from '../../cli/main';
import { PRESETS } from '../../shared/catalogue';
import { serializeScenarioFile } from '../../shared/file-format';
import { libraryPath } from '../../services/store/library-file';
import { openStore } from '../../services/store/open-store';
import { useTempFolder } from '../store/temp-folder';
import { memoryIo } from '../support/memory-io';

/**
 * Nothing a user saved can be destroyed by a command, a file or a name. Every command that writes a file
 * (`--out`) and every command that opens a library (`--db`), and every desktop save through the handler
 * table, is pointed at what it must never replace: the library in use, its own input, a folder, a
 * symbolic link to one of those, a FIFO, a device, and other programs' SQLite databases (user_version 0,
 * 1, 3, 5 and 99). Each case ends with every file byte for byte as it was (SHA-256), nothing created,
 * and one sentence on stderr (or in the API error) saying what and why.
 */
const USER_VERSIONS = [0, 1, 3, 5, 99];
const META = { exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };

/** Every entry under `folder`: files by SHA-256, links by target, FIFOs and folders by kind. */
function snapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      const key = prefix + name;
      if (stats.isSymbolicLink()) entries[key] = `link → ${readlinkSync(path)}`;
      else if (stats.isFIFO()) entries[key] = 'fifo';
      else if (stats.isDirectory()) {
        entries[key] = 'folder';
        walk(path, `${key}/`);
      } else entries[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder, '');
  return entries;
}

/** Another program's database: its own table and rows, and the given user_version. */
function otherAppDatabase(path: string, userVersion: number): void {
  const db = new Database(path);
  db.exec(
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine');",
  );
  db.pragma(`user_version = ${userVersion}`);
  db.close();
}

const folder = useTempFolder('chokepoint-hostile-writes-');

/**
 * A folder holding a library with scenarios, a scenario file, a folder, a FIFO, other apps' databases,
 * and symbolic links (with each command's own extension) to each of them and to /dev/null.
 */
async function world(extensions: readonly string[]): Promise<string> {
  const dir = folder();
  const opened = openStore({ path: libraryPath(dir) });
  if (!opened.ok) throw new Error(opened.error.message);
  opened.value.db.close();
  const io = memoryIo(dir, { CHOKEPOINT_DB: libraryPath(dir) });
  writeFileSync(join(dir, 'x.chokepoint'), serializeScenarioFile(PRESETS, META));
  if ((await runCli(['import', 'x.chokepoint'], io)) !== 0) throw new Error(io.err());
  mkdirSync(join(dir, 'folder'));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  for (const version of USER_VERSIONS) otherAppDatabase(join(dir, `other-${version}.db`), version);
  for (const extension of extensions) {
    const link = (name: string, target: string) => symlinkSync(target, join(dir, `${name}${extension}`));
    link('library-link', 'library.sqlite');
    link('input-link', 'x.chokepoint');
    link('folder-link', 'folder');
    link('pipe-link', 'pipe');
    link('null-link', '/dev/null');
    for (const version of USER_VERSIONS) {
      // Another app's database under a name this command would write: only its bytes say what it is.
      otherAppDatabase(join(dir, `other-${version}${extension}`), version);
      link(`other-${version}-link`, `other-${version}.db`);
    }
  }
  return dir;
}

/** The hostile targets of an output with `extension`; `input` only for commands that read a file. */
function targets(extension: string, hasInput: boolean): [string, string][] {
  return [
    ['the library in use', 'library.sqlite'],
    ['a link to the library', `library-link${extension}`],
    ...(hasInput
      ? ([
          ['the input', 'x.chokepoint'],
          ['a link to the input', `input-link${extension}`],
        ] as [string, string][])
      : []),
    ['a folder', 'folder'],
    ['a link to a folder', `folder-link${extension}`],
    ['a FIFO', 'pipe'],
    ['a link to a FIFO', `pipe-link${extension}`],
    ['a device', '/dev/null'],
    ['a link to a device', `null-link${extension}`],
    ...USER_VERSIONS.flatMap((version): [string, string][] => [
      [`another app's database (user_version ${version})`, `other-${version}.db`],
      [`another app's database named ${extension} (user_version ${version})`, `other-${version}${extension}`],
      [`a link to another app's database (user_version ${version})`, `other-${version}-link${extension}`],
    ]),
  ];
}

const COMMANDS: { name: string; extension: string; hasInput: boolean; args: (out: string) => string[] }[] = [
  { name: 'run', extension: '.json', hasInput: true, args: (out) => ['run', 'x.chokepoint', '--out', out] },
  {
    name: 'report',
    extension: '.html',
    hasInput: true,
    args: (out) => ['report', 'x.chokepoint', '--scenario', 'Baseline', '--out', out],
  },
  {
    name: 'report --format pptx',
    extension: '.pptx',
    hasInput: true,
    args: (out) => ['report', 'x.chokepoint', '--scenario', 'Baseline', '--format', 'pptx', '--out', out],
  },
  { name: 'example', extension: '.chokepoint', hasInput: false, args: (out) => ['example', '--out', out] },
  {
    name: 'export',
    extension: '.chokepoint',
    hasInput: false,
    args: (out) => ['export', '--db', 'library.sqlite', '--out', out],
  },
  {
    name: 'export --split',
    extension: '.chokepoint',
    hasInput: false,
    args: (out) => ['export', '--db', 'library.sqlite', '--split', '--out', out],
  },
  {
    name: 'optimize',
    extension: '.chokepoint',
    hasInput: true,
    args: (out) => [
      'optimize',
      'x.chokepoint',
      '--scenario',
      'Baseline',
      '--target',
      'IC:S>=0.3@2030',
      '--mc',
      '20',
      '--out',
      out,
    ],
  },
];

/** One sentence: the first line names the file and ends with a full stop (a usage error adds its hint). */
function expectOneSentence(stderr: string, command: string, out: string, code: number): void {
  const lines = stderr.split('\n').filter(Boolean);
  // A refusal is a sentence; a usage error (the extension names another kind of file) is one line
  // followed by where to look, as every usage error.
  expect(lines[0], stderr).toMatch(
    new RegExp(`^chokepoint ${command.split(' ')[0]}: .+${code === 2 ? '' : '\\.'}$`),
  );
  expect(lines[0], stderr).toContain(out);
  expect(lines[0], stderr).not.toMatch(/\bE[A-Z]{3,}\b|unexpected error/);
  expect(lines.length, stderr).toBe(code === 2 ? 2 : 1);
}

describe('hostile writes: every command with --out', () => {
  it.each(COMMANDS)(
    '$name refuses every hostile --out, changing nothing',
    async (command) => {
      const dir = await world([command.extension]);
      for (const [what, out] of targets(command.extension, command.hasInput)) {
        const before = snapshot(dir);
        const io = memoryIo(dir, { CHOKEPOINT_DB: libraryPath(dir) });
        const code = await runCli(command.args(out), io);
        expect([1, 2], `${command.name} --out ${out} (${what}): ${io.err()}`).toContain(code);
        expectOneSentence(io.err(), command.name, out, code);
        expect(snapshot(dir), `${command.name} --out ${out} (${what})`).toEqual(before);
      }
    },
    240_000,
  );

  it('writes through a link to an ordinary file into that file, leaving the link a link', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'x.chokepoint'), serializeScenarioFile(PRESETS.slice(0, 1), META));
    writeFileSync(join(dir, 'results.json'), 'old results');
    symlinkSync('results.json', join(dir, 'latest.json'));
    const io = memoryIo(dir);
    expect(await runCli(['run', 'x.chokepoint', '--out', 'latest.json'], io), io.err()).toBe(0);
    expect(readlinkSync(join(dir, 'latest.json'))).toBe('results.json');
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).scenario.name).toBe('Baseline');
    expect(readdirSync(dir).sort()).toEqual(['latest.json', 'results.json', 'x.chokepoint']);
  });
});

describe('hostile writes: every command with --db', () => {
  const LIBRARY_COMMANDS: [string, (db: string) => string[]][] = [
    ['list', (db) => ['list', '--db', db]],
    ['import', (db) => ['import', 'x.chokepoint', '--db', db]],
    ['import --on-conflict merge', (db) => ['import', 'x.chokepoint', '--on-conflict', 'merge', '--db', db]],
    ['export', (db) => ['export', '--db', db, '--out', 'out.chokepoint']],
  ];

  it.each(LIBRARY_COMMANDS)(
    '%s refuses what is not its library, byte for byte unchanged',
    async (name, args) => {
      const dir = await world([]);
      const cases: [string, string][] = [
        ...USER_VERSIONS.map((version): [string, string] => [
          `another app's database (user_version ${version})`,
          `other-${version}.db`,
        ]),
        ['a scenario file', 'x.chokepoint'],
        ['a folder', 'folder'],
        ['a FIFO', 'pipe'],
        ['a device', '/dev/null'],
      ];
      for (const [what, db] of cases) {
        const before = snapshot(dir);
        const io = memoryIo(dir);
        expect(await runCli(args(db), io), `${name} --db ${db} (${what}): ${io.err()}`).toBe(1);
        expectOneSentence(io.err(), name, db, 1);
        expect(io.err()).toMatch(/nothing was changed\.$|Nothing was changed\.$/m);
        expect(snapshot(dir), `${name} --db ${db} (${what})`).toEqual(before);
      }
    },
    120_000,
  );
});

describe('hostile writes: the desktop handlers, through the handler table', () => {
  async function desktopWorld(language: 'en' | 'zh-CN' = 'en') {
    const dir = await world(['.chokepoint', '.pdf']);
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    let chosen = '';
    const window = {
      webContents: { printToPDF: async () => Buffer.from('%PDF-1.7 report') },
    } as unknown as BrowserWindow;
    const started = startAppServices({
      dataDir,
      appName: 'Chokepoint Planner',
      appVersion: '0.1.0',
      platform: 'linux',
      desktop: ({ recentFiles }) =>
        createDesktopOperations({
          dialog: {
            showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
            showSaveDialog: async () => ({ canceled: false, filePath: chosen }),
          } as never,
          window: () => window,
          recentFiles,
          messages: () => MAIN_MESSAGES[language],
          libraryPath: libraryPath(dataDir),
        }),
    });
    if (!started.ok) throw new Error(started.error.message);
    return { dir, dataDir, services: started.value, choose: (path: string) => void (chosen = path) };
  }

  it('saveFile and exportReportPdf refuse every hostile path the dialog returns, changing nothing', async () => {
    const { dir, dataDir, services, choose } = await desktopWorld();
    try {
      const cases: [string, string][] = [
        ['the library in use', libraryPath(dataDir)],
        ...targets('.chokepoint', false).map(([what, name]): [string, string] => [
          what,
          name.startsWith('/') ? name : join(dir, name),
        ]),
      ];
      for (const [what, path] of cases) {
        for (const call of [
          () =>
            services.table.saveFile({
              suggestedName: 'x.chokepoint',
              kind: 'chokepoint',
              text: '{}',
              encoding: 'utf8',
            }),
          () => services.table.exportReportPdf({ suggestedName: 'report.pdf' }),
        ]) {
          const before = snapshot(dir);
          choose(path);
          const result = await call();
          expect(result.ok, `${path} (${what})`).toBe(false);
          if (result.ok) continue;
          expect(result.error.message, what).toMatch(/^[^\n]+\.$/);
          expect(result.error.message, what).toContain(path);
          expect(snapshot(dir), `${path} (${what})`).toEqual(before);
        }
      }
    } finally {
      services.close();
    }
  });

  it('says why in the user’s language', async () => {
    const { dir, services, choose } = await desktopWorld('zh-CN');
    try {
      choose(join(dir, 'folder'));
      const result = await services.table.saveFile({
        suggestedName: 'x.chokepoint',
        kind: 'chokepoint',
        text: '{}',
        encoding: 'utf8',
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          message: `${join(dir, 'folder')} 是文件夹，不是文件；未写入任何内容，请指定其中的一个文件。`,
        },
      });
    } finally {
      services.close();
    }
  });

  it('refuses to open another app’s database as the library, whatever its user_version', () => {
    for (const version of USER_VERSIONS) {
      const dataDir = folder();
      otherAppDatabase(libraryPath(dataDir), version);
      const before = snapshot(dataDir);
      const started = startAppServices({
        dataDir,
        appName: 'Chokepoint Planner',
        appVersion: '0.1.0',
        platform: 'linux',
      });
      expect(started.ok, `user_version ${version}`).toBe(false);
      expect(snapshot(dataDir), `user_version ${version}`).toEqual(before);
    }
  });
});
