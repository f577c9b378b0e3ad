import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { assertNever } from '../../../libs/domain/src/shared/decider.js';
import { EsdbEventStore } from '../../../libs/event-store/src/esdb/esdb-event-store.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../../libs/read-store/src/read-store.port.js';
import { RedisReadStore } from '../../../libs/read-store/src/redis/redis-read-store.js';
import { CommandFailure } from './cli-context.js';

/**
 * The stores the configuration names, opened as the service opens them. An operator command
 * never creates a log: a SQLite path that does not exist is a mistyped SQLITE_PATH, not an empty
 * history, so it is refused instead of silently verifying (or rebuilding from) a new empty file.
 */
export function openExistingEventStore(config: AppConfig['eventStore']): EventStore {
  switch (config.kind) {
    case 'sqlite':
      if (config.path !== ':memory:' && !existsSync(config.path)) {
        throw new CommandFailure(`No event store file at ${resolve(config.path)} (set SQLITE_PATH to the service's file)`);
      }
      return new SqliteEventStore(config.path);
    case 'esdb':
      return new EsdbEventStore(config.connectionString);
    default:
      return assertNever(config);
  }
}

export async function openReadStore(config: AppConfig['readStore']): Promise<ReadStore> {
  switch (config.kind) {
    case 'memory':
      return new MemoryReadStore();
    case 'redis':
      try {
        return await RedisReadStore.connect({ url: config.url, keyPrefix: config.keyPrefix });
      } catch (error) {
        throw new CommandFailure((error as Error).message);
      }
    default:
      return assertNever(config);
  }
}

export function describeEventStore(config: AppConfig['eventStore']): string {
  return config.kind === 'sqlite' ? `SQLite at ${resolve(config.path)}` : 'EventStoreDB';
}

export function describeReadStore(config: AppConfig['readStore']): string {
  return config.kind === 'memory' ? 'the memory read store' : `Redis (keys ${config.keyPrefix}:*)`;
}
