import { runCli } from './main';
import { processIo } from './process-io';

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Entry point of the `chokepoint` command: set the exit code and let pending output flush.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
