import { dirname, join } from 'node:path';

/**
 * Issue 6 item 5: where the per-case keys that encrypt child text live (CASE_KEYS_PATH), a SQLite
 * file of their own, never the event store or the read store. Default: `case-keys.sqlite` beside
 * the SQLite event store (./data/case-keys.sqlite), or ./data/case-keys.sqlite with EventStoreDB.
 */
export interface CaseKeysConfig {
  readonly path: string;
}

export const DEFAULT_CASE_KEYS_PATH = './data/case-keys.sqlite';

export function loadCaseKeysConfig(
  raw: string | undefined,
  eventStore: { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'esdb' },
  problems: string[],
): CaseKeysConfig {
  if (raw !== undefined) {
    if (eventStore.kind === 'sqlite' && raw === eventStore.path && raw !== ':memory:') {
      problems.push('CASE_KEYS_PATH must not be the event store file (SQLITE_PATH): keys must be deletable, events never are');
    }
    return { path: raw };
  }
  if (eventStore.kind === 'esdb') return { path: DEFAULT_CASE_KEYS_PATH };
  if (eventStore.path === ':memory:') return { path: ':memory:' };
  if (eventStore.path.startsWith('file:')) return { path: DEFAULT_CASE_KEYS_PATH };
  return { path: join(dirname(eventStore.path), 'case-keys.sqlite') };
}
