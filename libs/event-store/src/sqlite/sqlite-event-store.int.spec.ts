import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const temporaryDirectories: string[] = [];

function temporaryFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'sqlite-event-store-'));
  temporaryDirectories.push(directory);
  return join(directory, 'nested', 'events.sqlite');
}

afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

describeEventStoreContract('SQLite file', async () => {
  const store = new SqliteEventStore(temporaryFile(), { pollIntervalMs: 20 });
  return { store, teardown: () => store.close() };
});
