import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CaseKeyShreddedError } from './case-key-store.port.js';
import { SqliteCaseKeyStore } from './sqlite-case-key-store.js';

const SHREDDER = { staffId: 'sqam-001', at: '2031-04-01T09:00:00.000Z' };

describe('Case keys in their own SQLite file (issue 6 item 5)', () => {
  let dir: string;
  let path: string;
  let stores: SqliteCaseKeyStore[];
  const open = (): SqliteCaseKeyStore => {
    const store = new SqliteCaseKeyStore(path);
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qa-case-keys-'));
    path = join(dir, 'nested', 'case-keys.sqlite');
    stores = [];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every byte the store keeps on disk: the database and its write-ahead log. */
  const fileBytes = (): Buffer => Buffer.concat([path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file)));

  describe('Given a new file', () => {
    it('should be readable and writable by its owner only', () => {
      open();
      expect(statSync(path).mode & 0o777).toBe(0o600);
    });

    it('should create a 256-bit key on first use, the same key afterwards and after reopening, and another for another case', async () => {
      const key = await open().keyForWriting('AZ-1');
      expect(key).toHaveLength(32);
      expect(await stores[0]!.keyForWriting('AZ-1')).toEqual(key);
      expect(await open().lookup('AZ-1')).toEqual({ state: 'ACTIVE', caseId: 'AZ-1', key });
      expect(await stores[0]!.keyForWriting('AZ-2')).not.toEqual(key);
      expect(await stores[0]!.status('AZ-1')).toEqual({ state: 'ACTIVE', caseId: 'AZ-1', createdAt: expect.any(String) });
    });

    it('should answer NONE for a case never used, without creating a key', async () => {
      const store = open();
      expect(await store.lookup('AZ-9')).toEqual({ state: 'NONE', caseId: 'AZ-9' });
      expect(await store.status('AZ-9')).toEqual({ state: 'NONE', caseId: 'AZ-9' });
    });

    it('should give two stores on the file, asking at once, the same key', async () => {
      const [a, b] = [open(), open()];
      const keys = await Promise.all([a.keyForWriting('AZ-3'), b.keyForWriting('AZ-3'), a.keyForWriting('AZ-3')]);
      expect(keys[1]).toEqual(keys[0]);
      expect(keys[2]).toEqual(keys[0]);
    });
  });

  describe('Given a case key in use', () => {
    describe('When it is shredded', () => {
      it('should overwrite the key bytes in the file and its log, keep the tombstone, and say so', async () => {
        const store = open();
        const key = Buffer.from(await store.keyForWriting('AZ-1'));
        const kept = Buffer.from(await store.keyForWriting('AZ-2'));
        expect(fileBytes().includes(key)).toBe(true);

        const outcome = await store.shred('AZ-1', SHREDDER);

        expect(outcome).toEqual({
          shreddedNow: true,
          erasedFromStorage: true,
          status: { state: 'SHREDDED', caseId: 'AZ-1', createdAt: expect.any(String), shreddedAt: SHREDDER.at, shreddedBy: 'sqam-001' },
        });
        expect(fileBytes().includes(key)).toBe(false);
        expect(fileBytes().includes(kept)).toBe(true);
        expect(await open().lookup('AZ-1')).toEqual({ state: 'SHREDDED', caseId: 'AZ-1', shreddedAt: SHREDDER.at, shreddedBy: 'sqam-001' });
      });

      it('should never make a new key for the case, and a second shred should change nothing', async () => {
        const store = open();
        await store.keyForWriting('AZ-1');
        await store.shred('AZ-1', SHREDDER);
        await expect(store.keyForWriting('AZ-1')).rejects.toBeInstanceOf(CaseKeyShreddedError);
        await expect(open().keyForWriting('AZ-1')).rejects.toThrow(/AZ-1 was shredded at 2031-04-01/);
        expect(await store.shred('AZ-1', { staffId: 'someone-else', at: '2032-01-01T00:00:00.000Z' })).toMatchObject({
          shreddedNow: false,
          status: { shreddedBy: 'sqam-001', shreddedAt: SHREDDER.at },
        });
      });
    });

    describe('When the file is edited behind the store to bring a key back or hide a shredding', () => {
      it('should refuse: a tombstone is never lifted, a key never replaced and a row never deleted', async () => {
        const store = open();
        await store.keyForWriting('AZ-1');
        await store.keyForWriting('AZ-2');
        await store.shred('AZ-1', SHREDDER);
        const db = new Database(path);
        try {
          expect(() => db.prepare("UPDATE case_keys SET shredded_at = NULL, shredded_by = NULL WHERE case_id = 'AZ-1'").run()).toThrow(
            /stays shredded/,
          );
          expect(() => db.prepare("UPDATE case_keys SET key = randomblob(32) WHERE case_id = 'AZ-2'").run()).toThrow(/never replaced/);
          expect(() => db.prepare("DELETE FROM case_keys WHERE case_id = 'AZ-1'").run()).toThrow(/never deleted/);
        } finally {
          db.close();
        }
      });
    });
  });

  describe('Given a case with no key yet', () => {
    it('should record the shredding as a tombstone, so no key is ever made for it', async () => {
      const store = open();
      expect(await store.shred('AZ-7', SHREDDER)).toMatchObject({ shreddedNow: true, status: { state: 'SHREDDED', createdAt: null } });
      await expect(store.keyForWriting('AZ-7')).rejects.toBeInstanceOf(CaseKeyShreddedError);
    });
  });

  describe('When a case id is blank or padded', () => {
    it('should refuse it rather than make a key nobody can find', async () => {
      await expect(open().keyForWriting(' AZ-1')).rejects.toThrow(RangeError);
      await expect(stores[0]!.shred('', SHREDDER)).rejects.toThrow(RangeError);
    });
  });
});
