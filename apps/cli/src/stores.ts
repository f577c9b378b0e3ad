import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '../../../libs/config/src/config.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { describeEventStore, openEventStore } from '../../api/src/infrastructure/stores.js';
import { CommandFailure } from './cli-context.js';

/**
 * The event store the configuration names, opened the way the api opens it. An operator command
 * never creates a log: a SQLite path that does not exist is a mistyped SQLITE_PATH, not an empty
 * history, so it is refused instead of silently verifying (or rebuilding from) a new empty file.
 */
export function openExistingEventStore(config: AppConfig['eventStore']): EventStore {
  if (config.kind === 'sqlite' && config.path !== ':memory:' && !existsSync(config.path)) {
    throw new CommandFailure(`No event store file at ${resolve(config.path)} (set SQLITE_PATH to the service's file)`);
  }
  return openEventStore(config);
}

export { describeEventStore };
