import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../test/store/temp-folder';
import { startAppServices } from './app-services';

describe('startup notices', () => {
  const tempFolder = useTempFolder();
  const start = (dataDir: string) => {
    const started = startAppServices({ dataDir, appName: 'Test', appVersion: '0.1.0', platform: 'linux' });
    if (!started.ok) throw new Error(started.error.message);
    return started.value;
  };

  it('says "examples added" once, when they were added, and never again on reloads or restarts', async () => {
    const dataDir = tempFolder();
    const first = start(dataDir);
    const info = async () => {
      const result = await first.table.getAppInfo({});
      return result.ok ? result.value.notices : [];
    };
    expect(await info()).toEqual([{ kind: 'examples-seeded', count: 5 }]);
    expect(await info()).toEqual([]);
    first.close();
    const second = start(dataDir);
    const again = await second.table.getAppInfo({});
    expect(again.ok && again.value.notices).toEqual([]);
    second.close();
  });
});
