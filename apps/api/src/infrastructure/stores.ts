import type { AppConfig } from '../../../../libs/config/src/config.js';
import { assertNever } from '../../../../libs/domain/src/shared/decider.js';
import { EsdbEventStore } from '../../../../libs/event-store/src/esdb/esdb-event-store.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { RedisReadStore } from '../../../../libs/read-store/src/redis/redis-read-store.js';

/** SQLite (the embedded default) or EventStoreDB when EVENTSTORE_CONNECTION_STRING is set. */
export function openEventStore(config: AppConfig['eventStore']): EventStore {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteEventStore(config.path);
    case 'esdb':
      return new EsdbEventStore(config.connectionString);
    default:
      return assertNever(config);
  }
}

/** Memory (the embedded default, rebuilt by replay at start) or Redis when READ_STORE=redis. */
export async function openReadStore(config: AppConfig['readStore']): Promise<ReadStore> {
  switch (config.kind) {
    case 'memory':
      return new MemoryReadStore();
    case 'redis':
      return RedisReadStore.connect({ url: config.url, keyPrefix: config.keyPrefix });
    default:
      return assertNever(config);
  }
}

export function describeEventStore(config: AppConfig['eventStore']): string {
  return config.kind === 'sqlite' ? `SQLite at ${config.path}` : 'EventStoreDB';
}

export function describeReadStore(config: AppConfig['readStore']): string {
  return config.kind === 'memory' ? 'memory (rebuilt by replay)' : `Redis (keys ${config.keyPrefix}:*)`;
}
