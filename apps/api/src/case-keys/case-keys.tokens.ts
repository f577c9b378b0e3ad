import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { CaseKeyStore } from '../../../../libs/crypto/src/case-key-store.port.js';
import { ChildTextEncryptingEventStore } from '../../../../libs/crypto/src/child-text-encrypting-event-store.js';
import { SqliteCaseKeyStore } from '../../../../libs/crypto/src/sqlite-case-key-store.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';

/** The per-case keys of child text (issue 6 item 5): a store of their own, never the event or read store. */
export const CASE_KEY_STORE = Symbol('CASE_KEY_STORE');

export function openCaseKeyStore(config: AppConfig['caseKeys']): CaseKeyStore {
  return new SqliteCaseKeyStore(config.path);
}

export function describeCaseKeyStore(config: AppConfig['caseKeys']): string {
  return config.path === ':memory:' ? 'SQLite in memory' : `SQLite at ${config.path}`;
}

/**
 * Every adapter behind the one wrapper: the child text of an append is sealed with its case's key
 * before the adapter sees it, and the key store closes with the event store.
 */
export function withChildTextEncryption(store: EventStore, keys: CaseKeyStore): EventStore {
  return new ChildTextEncryptingEventStore(store, keys, { closeKeyStore: true });
}
