// Child process of the crash and concurrency tests: saves revisions as fast as it can and
// acknowledges each one on stdout only after the save returned, i.e. after the commit. The crash
// test kills it with SIGKILL at a random moment and checks that every acknowledged revision
// survived; the concurrency test lets it make COUNT saves while the test process writes too.
// Usage: node --import tsx test/store/writer-process.ts DB_PATH ROUND [COUNT]
import { writeSync } from 'node:fs';
import { openStore } from '../../electron/main/services/store/open-store';
import { createScenarioLibrary } from '../../electron/main/services/store/scenario-library';
import { createStoreContext } from '../../electron/main/services/store/store-context';
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
const library = createScenarioLibrary(createStoreContext(opened.value.db, { appVersion: 'crash-test' }));
writeSync(1, 'ready\n');
for (let i = 0; i < limit; i++) {
  // A few ids get many revisions; every tenth save creates a new scenario.
  const id = i % 10 === 9 ? `r${round}-new-${i}` : `shared-${i % 3}`;
  const saved = library.save(makeScenario(id, { description: `round ${round}, save ${i}`, tags: [`round-${round}`] }));
  if (!saved.ok) {
    writeSync(2, `save failed: ${saved.error.message}\n`);
    process.exit(4);
  }
  // writeSync: the acknowledgement must not sit in a buffer that dies with the process.
  writeSync(1, `ack ${saved.value.id} ${saved.value.revision} ${saved.value.contentHash}\n`);
}
opened.value.db.close();
