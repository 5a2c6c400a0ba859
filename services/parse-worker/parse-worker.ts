import { parentPort } from 'node:worker_threads';
import { parseScenarioFile } from '../../shared/file-format';
import type { ParseJob, ParseReply } from './parse-messages';
import { useNativeSha256 } from '../native-sha256';

useNativeSha256();

// Parses one file per message: a hostile file costs this thread (bounded by its resource limits and
// the caller's time limit), never the main process.
parentPort?.on('message', (job: ParseJob) => {
  const reply: ParseReply = { id: job.id, result: parseScenarioFile(job.text, { fileName: job.fileName }) };
  parentPort?.postMessage(reply);
});
