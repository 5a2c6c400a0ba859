import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../store/temp-folder';
import { useNodeBundle } from '../support/node-bundle';
import { unknownKeysFile, zeroScheduleFile } from '../support/hostile-files';

const HEAP_MB = 300;
// The command as it ships (bundled), in a folder of this test's own under the git-ignored dist/.
const cli = useNodeBundle('cli/chokepoint.ts', { workers: true });

/** The `chokepoint` command in its own process, its heap capped: running out of memory would crash it. */
function chokepoint(cwd: string, args: readonly string[]) {
  return spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, cli(), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, INIT_CWD: cwd },
  });
}

describe('the command line refuses hostile files inside a 300 MB heap', () => {
  const tempFolder = useTempFolder('chokepoint-cli-memory-');

  it('validate refuses the 20 MB and the 1 MB files without running out of memory', () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'zeros.chokepoint'), zeroScheduleFile());
    writeFileSync(join(cwd, 'keys.chokepoint'), unknownKeysFile());
    const validate = chokepoint(cwd, ['validate', 'zeros.chokepoint', 'keys.chokepoint']);
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/^zeros\.chokepoint has too many items in the list at /m);
    expect(validate.stderr).toMatch(/^keys\.chokepoint has too many keys in the object at /m);
    expect(readdirSync(cwd).sort()).toEqual(['keys.chokepoint', 'zeros.chokepoint']);
  });
});
