import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath, resolveElectronNativeBinding } from './native-binding';

describe('electronNativeBindingPath', () => {
  it('points at the versioned .native folder in development', () => {
    expect(electronNativeBindingPath({ packaged: false, appRoot: '/repo', electronVersion: '45.5.0' })).toBe(
      join('/repo', '.native', 'electron-45.5.0', 'better_sqlite3.node'),
    );
  });

  it('points inside the resources folder in a packaged app', () => {
    expect(
      electronNativeBindingPath({
        packaged: true,
        resourcesPath: '/opt/app/resources',
        electronVersion: '45.5.0',
      }),
    ).toBe(join('/opt/app/resources', 'native', 'better_sqlite3.node'));
  });
});

describe('resolveElectronNativeBinding', () => {
  const site = { packaged: false, appRoot: '/repo', electronVersion: '45.5.0' } as const;

  it('returns the path when the Electron build is there', () => {
    const expected = electronNativeBindingPath(site);
    expect(resolveElectronNativeBinding(site, (path) => path === expected)).toEqual({
      ok: true,
      value: expected,
    });
  });

  it('tells a developer which command fetches the missing build', () => {
    const result = resolveElectronNativeBinding(site, () => false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('native-binding-missing');
    expect(result.error.message).toContain('npm run native:electron');
    expect(result.error.message).toContain('Electron 45.5.0');
    expect(result.error.message).toContain(electronNativeBindingPath(site));
    expect(result.error.details.path).toBe(electronNativeBindingPath(site));
  });

  it('tells a user of the packaged app to reinstall, not to run npm', () => {
    const result = resolveElectronNativeBinding(
      { packaged: true, resourcesPath: '/opt/r', electronVersion: '45.5.0' },
      () => false,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/Reinstall/);
    expect(result.error.message).not.toContain('npm');
  });
});

describe('scripts/build-electron-native.mjs', () => {
  it('fails with one clear message when the binary cannot be fetched, leaving node_modules alone', () => {
    const repo = resolve(__dirname, '..');
    const nodeBinary = join(
      repo,
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    const fingerprint = () =>
      existsSync(nodeBinary) ? createHash('sha256').update(readFileSync(nodeBinary)).digest('hex') : null;
    const before = fingerprint();
    const out = mkdtempSync(join(tmpdir(), 'chokepoint-native-'));
    try {
      // A mirror nobody listens on makes the download fail the same way with or without a network.
      const run = spawnSync(
        process.execPath,
        [join(repo, 'scripts', 'build-electron-native.mjs'), '--out', out, '--electron', '45.5.0'],
        {
          encoding: 'utf8',
          env: { ...process.env, npm_config_better_sqlite3_binary_host: 'http://127.0.0.1:9' },
          timeout: 60_000,
        },
      );
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^build-electron-native: could not fetch better-sqlite3 [\d.]+ prebuilt for Electron 45\.5\.0/,
      );
      expect(lines[0]).toContain('node_modules/better-sqlite3');
      expect(existsSync(join(out, 'electron-45.5.0', 'better_sqlite3.node'))).toBe(false);
      expect(fingerprint()).toBe(before);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('does nothing when the Electron build is already there', () => {
    const repo = resolve(__dirname, '..');
    const out = mkdtempSync(join(tmpdir(), 'chokepoint-native-'));
    try {
      mkdirSync(join(out, 'electron-45.5.0'));
      writeFileSync(join(out, 'electron-45.5.0', 'better_sqlite3.node'), 'built earlier');
      const run = spawnSync(
        process.execPath,
        [join(repo, 'scripts', 'build-electron-native.mjs'), '--out', out, '--electron', '45.5.0'],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('already there');
      expect(readFileSync(join(out, 'electron-45.5.0', 'better_sqlite3.node'), 'utf8')).toBe('built earlier');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
