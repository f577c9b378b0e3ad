// A projection runner in its own process, for the crash test to SIGKILL at any moment.
// Usage: node --import ./libs/testing/ts-register.mjs run-projections.child.ts <sqlite> <redisUrl> <prefix>
// Prints "committed <projection> <checkpoint>" after each commit and "caught-up <head>" when every
// projection has reached the head of the log as it was at start; then stops and exits 0.
import { SqliteEventStore } from '../../../event-store/src/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../projection-runner.js';
import { RedisReadStore } from '../redis/redis-read-store.js';
import { CRASH_TEST_PROJECTIONS } from './crash-test-history.js';

const [file, url, keyPrefix] = process.argv.slice(2);
if (file === undefined || url === undefined || keyPrefix === undefined) {
  throw new Error('usage: run-projections.child.ts <sqlite> <redisUrl> <prefix>');
}

const store = new SqliteEventStore(file);
const readStore = await RedisReadStore.connect({ url, keyPrefix });
let failed = false;
const runner = new ProjectionRunner(store, readStore, CRASH_TEST_PROJECTIONS, {
  // Small batches: many commits, so the kill lands between and during them.
  batchSize: 50,
  onCommit: (projection, checkpoint) => process.stdout.write(`committed ${projection} ${checkpoint}\n`),
  onError: (error, projection) => {
    failed = true;
    process.stderr.write(`${projection}: ${error.stack ?? error.message}\n`);
  },
});

const head = await store.headPosition();
await runner.start();
const reached = head === null || (await runner.waitForPosition(head, 120_000));
await runner.stop();
await readStore.close();
await store.close();
if (!reached || failed) {
  process.stderr.write('did not reach the head\n');
  process.exit(1);
}
process.stdout.write(`caught-up ${head}\n`);
