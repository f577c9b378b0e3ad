import { BenchOptionsError, benchOptionsFrom } from './bench-options.js';
import { runBench } from './bench.js';

try {
  await runBench(benchOptionsFrom(process.env), process.stdout, process.stderr);
  process.exit(0);
} catch (error) {
  if (error instanceof BenchOptionsError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
