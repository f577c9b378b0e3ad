import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  CaseKeyShreddedError,
  assertCaseId,
  type CaseKeyLookup,
  type CaseKeyStatus,
  type CaseKeyStore,
  type ShredOutcome,
} from './case-key-store.port.js';
import { CASE_KEY_BYTES } from './child-text-envelope.js';

const SCHEMA_VERSION = 1;

// One row per case. A key is never replaced and a tombstone never lifted: the triggers refuse it,
// so a shredded case cannot quietly get a new key that would make its later text readable again
// under the same name, and a deleted row cannot hide that a key existed.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS case_keys (
    case_id     TEXT PRIMARY KEY,
    key         BLOB,
    created_at  TEXT,
    shredded_at TEXT,
    shredded_by TEXT,
    CHECK ((key IS NULL) = (shredded_at IS NOT NULL)),
    CHECK (key IS NULL OR length(key) = ${CASE_KEY_BYTES}),
    CHECK ((shredded_at IS NULL) = (shredded_by IS NULL))
  ) STRICT;
  CREATE TRIGGER IF NOT EXISTS case_keys_shredded_stay_shredded BEFORE UPDATE ON case_keys
    WHEN OLD.shredded_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a shredded case key stays shredded'); END;
  CREATE TRIGGER IF NOT EXISTS case_keys_are_never_replaced BEFORE UPDATE OF key ON case_keys
    WHEN NEW.key IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a case key is never replaced'); END;
  CREATE TRIGGER IF NOT EXISTS case_keys_are_never_deleted BEFORE DELETE ON case_keys
    BEGIN SELECT RAISE(ABORT, 'a case key row is shredded, never deleted'); END;
`;

interface KeyRow {
  readonly case_id: string;
  readonly key: Buffer | null;
  readonly created_at: string | null;
  readonly shredded_at: string | null;
  readonly shredded_by: string | null;
}

/**
 * The case keys in a SQLite file of their own (CASE_KEYS_PATH), created 0600. `secure_delete` makes
 * SQLite overwrite a shredded key's bytes with zeros, and a shred checkpoints and truncates the
 * write-ahead log, so the key is gone from the file, not just unlinked from a row. Several
 * processes (the service and the CLI) may open the file at once: creating a key and shredding one
 * are each one IMMEDIATE transaction, so two creators end with the same key.
 */
export class SqliteCaseKeyStore implements CaseKeyStore {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], KeyRow>;
  private readonly insertKey: Database.Statement<[string, Buffer, string]>;
  private readonly insertTombstone: Database.Statement<[string, string, string]>;
  private readonly shredKey: Database.Statement<[string, string, string]>;
  private closed = false;

  /** @param path the file (its directory is created if missing), or ':memory:'. */
  constructor(path: string, options: { readonly busyTimeoutMs?: number } = {}) {
    if (path !== ':memory:' && !path.startsWith('file:')) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
      chmodSync(path, 0o600);
    }
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    this.migrate();
    this.select = this.db.prepare('SELECT * FROM case_keys WHERE case_id = ?');
    this.insertKey = this.db.prepare('INSERT INTO case_keys (case_id, key, created_at) VALUES (?, ?, ?) ON CONFLICT (case_id) DO NOTHING');
    this.insertTombstone = this.db.prepare(
      'INSERT INTO case_keys (case_id, key, created_at, shredded_at, shredded_by) VALUES (?, NULL, NULL, ?, ?)',
    );
    this.shredKey = this.db.prepare('UPDATE case_keys SET key = NULL, shredded_at = ?, shredded_by = ? WHERE case_id = ? AND key IS NOT NULL');
  }

  async keyForWriting(caseId: string): Promise<Uint8Array> {
    this.assertOpen();
    assertCaseId(caseId);
    const existing = this.select.get(caseId);
    if (existing?.key) return new Uint8Array(existing.key);
    const row = this.db
      .transaction((): KeyRow => {
        this.insertKey.run(caseId, randomBytes(CASE_KEY_BYTES), new Date().toISOString());
        return this.select.get(caseId)!;
      })
      .immediate();
    if (row.key === null) throw new CaseKeyShreddedError(caseId, row.shredded_at ?? '');
    return new Uint8Array(row.key);
  }

  async lookup(caseId: string): Promise<CaseKeyLookup> {
    this.assertOpen();
    const row = this.select.get(caseId);
    if (row === undefined) return { state: 'NONE', caseId };
    if (row.key === null) return { state: 'SHREDDED', caseId, shreddedAt: row.shredded_at!, shreddedBy: row.shredded_by! };
    return { state: 'ACTIVE', caseId, key: new Uint8Array(row.key) };
  }

  async status(caseId: string): Promise<CaseKeyStatus> {
    this.assertOpen();
    const row = this.select.get(caseId);
    return row === undefined ? { state: 'NONE', caseId } : statusOf(row);
  }

  async shred(caseId: string, by: { readonly staffId: string; readonly at: string }): Promise<ShredOutcome> {
    this.assertOpen();
    assertCaseId(caseId);
    if (by.staffId.trim() === '' || Number.isNaN(Date.parse(by.at))) throw new RangeError('A shred names who did it and when');
    const { row, shreddedNow } = this.db
      .transaction((): { row: KeyRow; shreddedNow: boolean } => {
        const before = this.select.get(caseId);
        if (before?.shredded_at) return { row: before, shreddedNow: false };
        if (before === undefined) this.insertTombstone.run(caseId, by.at, by.staffId);
        else this.shredKey.run(by.at, by.staffId, caseId);
        return { row: this.select.get(caseId)!, shreddedNow: true };
      })
      .immediate();
    const status = statusOf(row) as Extract<CaseKeyStatus, { state: 'SHREDDED' }>;
    return { status, shreddedNow, erasedFromStorage: this.checkpoint() };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /** Copies the log into the file and empties it, so no old page holding a key survives in either. */
  private checkpoint(): boolean {
    if (this.db.memory) return true;
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  }

  private migrate(): void {
    const version = Number(this.db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new Error(`The case key file has schema version ${version}; this code knows up to ${SCHEMA_VERSION}`);
    }
    this.db.exec(SCHEMA);
    if (version < SCHEMA_VERSION) this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The case key store is closed');
  }
}

function statusOf(row: KeyRow): CaseKeyStatus {
  if (row.shredded_at !== null) {
    return { state: 'SHREDDED', caseId: row.case_id, createdAt: row.created_at, shreddedAt: row.shredded_at, shreddedBy: row.shredded_by! };
  }
  return { state: 'ACTIVE', caseId: row.case_id, createdAt: row.created_at! };
}
