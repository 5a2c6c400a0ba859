// Child process of the crash and concurrency tests: saves revisions as fast as it can and
// acknowledges each one on stdout only after the save returned, i.e. after the commit. The crash
// test kills it with SIGKILL at a random moment and checks that every acknowledged revision
// survived; the concurrency test lets it make COUNT saves while the test process writes too.
// Usage: node --import tsx test/store/writer-process.ts DB_PATH ROUND [COUNT] (the tests run it bundled:
// test/support/node-bundle.ts)
import { writeSync } from 'node:fs';
import { openStore } from '../../services/store/open-store';
import { createScenarioLibrary } from '../../services/store/scenario-library';
import { createStoreContext } from '../../services/store/store-context';
import { makeScenario } from './library-harness';

const [path, round, count] = process.argv.slice(2);
const limit = count === undefined ? Infinity : Number(count);
if (path === undefined || round === undefined) {
  writeSync(2, 'usage: writer-process DB_PATH ROUND [COUNT]\n');
  process.exit(2);
}
const opened = openStore({ path });
if (!opened.ok) {
  writeSync(2, `open failed: ${opened.error.message}\n`);
  process.exit(3);
}
/**
 * Writes a whole line even when stdout is a full non-blocking pipe (EAGAIN): the test process may
 * be busy in a synchronous loop and not reading for a while.
 */
function writeLine(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
const library = createScenarioLibrary(createStoreContext(opened.value.db, { appVersion: 'crash-test' }));
writeLine(1, 'ready\n');
for (let i = 0; i < limit; i++) {
  // A few ids get many revisions; every tenth save creates a new scenario.
  const id = i % 10 === 9 ? `r${round}-new-${i}` : `shared-${i % 3}`;
  const saved = library.save(
    makeScenario(id, { description: `round ${round}, save ${i}`, tags: [`round-${round}`] }),
  );
  if (!saved.ok) {
    writeSync(2, `save failed: ${saved.error.message}\n`);
    process.exit(4);
  }
  // Synchronous: the acknowledgement must not sit in a buffer that dies with the process.
  if (count === undefined)
    writeLine(1, `ack ${saved.value.id} ${saved.value.revision} ${saved.value.contentHash}\n`);
  // With a count (the concurrency test), pause now and then like a person at a keyboard, so that
  // the other process gets the write lock in between instead of waiting for the end.
  else if (i % 10 === 9) Atomics.wait(pause, 0, 0, 2);
}
opened.value.db.close();
