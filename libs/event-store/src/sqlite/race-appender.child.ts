// A separate process that races appends into one stream of a SQLite event store file, so the
// tests can prove that writers on different connections never lose or double an event.
// Usage: node --import ./libs/testing/ts-register.mjs race-appender.child.ts <file> <streamId> <appenders>
// Prints "ready", waits for a line on stdin, appends, then prints one JSON line of what it won.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { ConcurrencyError, NO_STREAM } from '../event-store.port.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const [file, streamId, appenders] = process.argv.slice(2);
if (file === undefined || streamId === undefined || appenders === undefined) {
  throw new Error('usage: race-appender.child.ts <file> <streamId> <appenders>');
}

const store = new SqliteEventStore(file);
const lines = createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) => lines.once('line', () => resolve()));
process.stdout.write('ready\n');
await go;
lines.close();

const won = await Promise.all(
  Array.from({ length: Number(appenders) }, async (_, index) => {
    const event = { eventId: randomUUID(), type: 'RaceEntered', data: { pid: process.pid, index }, metadata: {} };
    for (;;) {
      const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      try {
        const result = await store.appendToStream(streamId, [event], {
          expectedRevision: last === undefined ? NO_STREAM : last.revision,
        });
        return { eventId: event.eventId, revision: result.nextExpectedRevision };
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
  }),
);
await store.close();
process.stdout.write(`${JSON.stringify(won)}\n`);
