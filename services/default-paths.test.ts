import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, defaultUserDataFolder } from './default-paths';

describe('defaultDatabasePath', () => {
  it('uses ~/.config on Linux', () => {
    expect(defaultDatabasePath({ env: {}, platform: 'linux', homedir: '/home/ana' })).toBe(
      '/home/ana/.config/Chokepoint Planner/library.sqlite',
    );
  });

  it('honours XDG_CONFIG_HOME on Linux, as Electron does', () => {
    expect(
      defaultDatabasePath({ env: { XDG_CONFIG_HOME: '/data/cfg' }, platform: 'linux', homedir: '/home/ana' }),
    ).toBe('/data/cfg/Chokepoint Planner/library.sqlite');
  });

  it('ignores an empty XDG_CONFIG_HOME', () => {
    expect(
      defaultUserDataFolder({ env: { XDG_CONFIG_HOME: '' }, platform: 'freebsd', homedir: '/home/ana' }),
    ).toBe('/home/ana/.config/Chokepoint Planner');
  });

  it('uses Application Support on macOS', () => {
    expect(
      defaultDatabasePath({
        env: { XDG_CONFIG_HOME: '/ignored' },
        platform: 'darwin',
        homedir: '/Users/ana',
      }),
    ).toBe('/Users/ana/Library/Application Support/Chokepoint Planner/library.sqlite');
  });

  it('uses %APPDATA% on Windows, with Windows separators', () => {
    expect(
      defaultDatabasePath({
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        platform: 'win32',
        homedir: 'C:\\Users\\ana',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Chokepoint Planner\\library.sqlite');
  });

  it('falls back to the roaming profile when APPDATA is missing on Windows', () => {
    expect(defaultUserDataFolder({ env: {}, platform: 'win32', homedir: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Chokepoint Planner',
    );
  });

  it('lets CHOKEPOINT_DB override everything', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(
        defaultDatabasePath({
          env: { CHOKEPOINT_DB: '/tmp/other.sqlite', APPDATA: 'X' },
          platform,
          homedir: '/h',
        }),
      ).toBe('/tmp/other.sqlite');
    }
  });
});
