import { backtestCommand } from './cli/commands/backtest';
import { memoryIo } from './test/support/memory-io';
(async () => {
  const io = memoryIo(process.cwd());
  const args = process.argv.slice(2);
  const code = await backtestCommand(args, io);
  console.log(io.out()); console.error(io.err()); console.log('exit', code);
})();
