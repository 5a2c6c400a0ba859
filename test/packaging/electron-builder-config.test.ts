import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath } from '../../services/native-binding';

const root = join(__dirname, '..', '..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('the packaging configuration', () => {
  it('associates .chokepoint files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'chokepoint', role: 'Editor' })]);
  });

  it('sets the security fuses: RunAsNode off, cookie encryption on, ASAR integrity on, app only from ASAR, no file:// privileges', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The app serves its pages from its own protocol, never file://.
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('targets AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('ships the Electron-ABI database engine where the app looks for it, unpacked, without rebuilding', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
    const [resource] = config.extraResources;
    const electron = JSON.parse(
      readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ).version;
    expect(resource.from).toBe(`.native/electron-${electron}/better_sqlite3.node`);
    const expected = electronNativeBindingPath({
      packaged: true,
      resourcesPath: '/R',
      electronVersion: electron,
    });
    expect(`/R/${resource.to}`).toBe(expected);
  });

  it('packs the built main, preload and page, and the main entry exists in them', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.productName).toBe(pkg.productName);
  });

  it('has an icon of at least 512×512 pixels for every platform to derive from', () => {
    const png = readFileSync(join(root, config.linux.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    expect(config.win.icon).toBe(config.linux.icon);
    expect(config.mac.icon).toBe(config.linux.icon);
  });

  it('never rebuilds native modules for Electron on install (it would break the tests)', () => {
    expect(pkg.scripts.postinstall).toBeUndefined();
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3']);
  });
});
