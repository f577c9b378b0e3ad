/**
 * Issue 6 item 5: where the per-case keys live. Never in the event store or the read store: the
 * log is immutable and copied to read models, and a key must be deletable. The SQLite adapter
 * keeps them in a file of their own (CASE_KEYS_PATH); a council's KMS or HSM would be another
 * adapter of this port.
 *
 * A case is identified by its Azeus number. Its key is created the first time child text of the
 * case is encrypted. Shredding deletes the key material for good and keeps a tombstone (when and
 * by whom), so no new key is ever made for that case and its envelopes read as shredded.
 */

export type CaseKeyState = 'ACTIVE' | 'SHREDDED';

export type CaseKeyLookup =
  | { readonly state: 'ACTIVE'; readonly caseId: string; readonly key: Uint8Array }
  | { readonly state: 'SHREDDED'; readonly caseId: string; readonly shreddedAt: string; readonly shreddedBy: string }
  | { readonly state: 'NONE'; readonly caseId: string };

/** What may be said about a case's key without handing out the key. */
export type CaseKeyStatus =
  | { readonly state: 'NONE'; readonly caseId: string }
  | { readonly state: 'ACTIVE'; readonly caseId: string; readonly createdAt: string }
  | {
      readonly state: 'SHREDDED';
      readonly caseId: string;
      /** Null when the case was shredded before any of its text was encrypted. */
      readonly createdAt: string | null;
      readonly shreddedAt: string;
      readonly shreddedBy: string;
    };

export interface ShredOutcome {
  readonly status: Extract<CaseKeyStatus, { state: 'SHREDDED' }>;
  /** False when the case's key had already been shredded (nothing changed). */
  readonly shreddedNow: boolean;
  /**
   * True when the store could also overwrite the key's old bytes in its own files (SQLite: the
   * freed cell zeroed and the write-ahead log checkpointed and truncated). False when another
   * connection held the log open; the next shred or checkpoint finishes it. Copies outside the
   * store (backups, snapshots) are never reachable from here.
   */
  readonly erasedFromStorage: boolean;
}

export interface CaseKeyStore {
  /** The case's key, created (random, 256 bits) on first use. Throws CaseKeyShreddedError for a shredded case. */
  keyForWriting(caseId: string): Promise<Uint8Array>;
  /** The case's key if it has one; never creates one. */
  lookup(caseId: string): Promise<CaseKeyLookup>;
  status(caseId: string): Promise<CaseKeyStatus>;
  /**
   * Deletes the case's key material for good and records the tombstone. Idempotent: a second
   * shred changes nothing and answers the first one's tombstone.
   */
  shred(caseId: string, by: { readonly staffId: string; readonly at: string }): Promise<ShredOutcome>;
  close(): Promise<void>;
}

/** Child text cannot be encrypted for a case whose key was shredded at the end of its retention. */
export class CaseKeyShreddedError extends Error {
  override readonly name = 'CaseKeyShreddedError';
  constructor(
    readonly caseId: string,
    readonly shreddedAt: string,
  ) {
    super(`The key of case ${caseId} was shredded at ${shreddedAt}: no text about the child can be recorded for it any more`);
  }
}

export function assertCaseId(caseId: string): void {
  if (typeof caseId !== 'string' || caseId.trim() === '' || caseId !== caseId.trim() || caseId.length > 200) {
    throw new RangeError(`A case id is a non-empty Azeus number without surrounding spaces, not ${JSON.stringify(caseId)}`);
  }
}
