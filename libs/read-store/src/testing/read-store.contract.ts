import { CheckpointConflictError, type CollectionDefinition, type Document, type ReadStore } from '../read-store.port.js';

/**
 * The behaviour every ReadStore adapter must show, run against each of them
 * (`memory-read-store.unit.spec.ts`, `redis-read-store.int.spec.ts`).
 */
export interface ReadStoreContractSetup {
  /** A fresh, empty store for one test. */
  create(): Promise<ReadStore>;
  /** Releases what `create` made (and deletes its data where it outlives the process). */
  dispose(store: ReadStore): Promise<void>;
}

type Describe = (name: string, body: () => void) => void;

const audits: CollectionDefinition = { name: 'contractAudits.v1', indexes: ['auditorId', 'status'] };
const notes: CollectionDefinition = { name: 'contractNotes.v1', indexes: [] };
const projection = 'contractAudits.v1';

interface Audit extends Document {
  id: string;
  auditorId: string | null;
  status: string;
  revision: number;
  title?: string;
}

function audit(id: string, auditorId: string | null, status: string, revision = 0, extra: Partial<Audit> = {}): Audit {
  return { id, auditorId, status, revision, ...extra };
}

const ids = (documents: readonly Document[]) => documents.map((document) => document['id']);

export function describeReadStoreContract(name: string, setup: ReadStoreContractSetup, describeFn: Describe = describe): void {
  describeFn(`ReadStore contract: ${name}`, () => {
    let store: ReadStore;

    beforeEach(async () => {
      store = await setup.create();
      await store.defineCollection(audits);
      await store.defineCollection(notes);
    });

    afterEach(async () => {
      await setup.dispose(store);
    });

    describe('When documents are committed', () => {
      beforeEach(async () => {
        await store.commit(projection, null, 10n, [
          { collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') },
          { collection: audits.name, id: 'a2', document: audit('a2', 'staff-1', 'InProgress') },
          { collection: audits.name, id: 'a3', document: audit('a3', 'staff-2', 'Scheduled') },
          { collection: audits.name, id: 'a4', document: audit('a4', null, 'Scheduled') },
        ]);
      });

      it('should get a document by id', async () => {
        expect(await store.get(audits.name, 'a2')).toEqual(audit('a2', 'staff-1', 'InProgress'));
      });

      it('should get null for an id it does not hold', async () => {
        expect(await store.get(audits.name, 'missing')).toBeNull();
      });

      it('should find every document, ordered by id, when there is no filter', async () => {
        expect(ids(await store.find(audits.name))).toEqual(['a1', 'a2', 'a3', 'a4']);
        expect(ids(await store.find(audits.name, { where: {} }))).toEqual(['a1', 'a2', 'a3', 'a4']);
      });

      it('should find by one indexed field', async () => {
        expect(ids(await store.find(audits.name, { where: { auditorId: 'staff-1' } }))).toEqual(['a1', 'a2']);
      });

      it('should find by several indexed fields, all of which must match', async () => {
        expect(ids(await store.find(audits.name, { where: { auditorId: 'staff-1', status: 'Scheduled' } }))).toEqual(['a1']);
        expect(await store.find(audits.name, { where: { auditorId: 'staff-2', status: 'InProgress' } })).toEqual([]);
      });

      it('should find nothing for a value no document has', async () => {
        expect(await store.find(audits.name, { where: { status: 'Submitted' } })).toEqual([]);
      });

      it('should refuse to filter on a field that is not indexed', async () => {
        await expect(store.find(audits.name, { where: { title: 'x' } })).rejects.toThrow(/no index/);
      });

      it('should move the checkpoint', async () => {
        expect(await store.checkpoint(projection)).toBe(10n);
      });

      it('should return copies that callers cannot use to change what is stored', async () => {
        const got = await store.get<Audit>(audits.name, 'a1');
        got!.status = 'Tampered';
        const found = await store.find<Audit>(audits.name, { where: { auditorId: 'staff-1' } });
        found[0]!.auditorId = 'staff-9';
        expect(await store.get(audits.name, 'a1')).toEqual(audit('a1', 'staff-1', 'Scheduled'));
        expect(ids(await store.find(audits.name, { where: { auditorId: 'staff-1' } }))).toEqual(['a1', 'a2']);
      });
    });

    describe('When a committed document object is changed by the caller afterwards', () => {
      it('should keep what was committed', async () => {
        const document = audit('a1', 'staff-1', 'Scheduled');
        await store.commit(projection, null, 1n, [{ collection: audits.name, id: 'a1', document }]);
        document.status = 'Tampered';
        expect(await store.get(audits.name, 'a1')).toEqual(audit('a1', 'staff-1', 'Scheduled'));
      });
    });

    describe('When an indexed field changes', () => {
      it('should move the document from the old value to the new one', async () => {
        await store.commit(projection, null, 1n, [{ collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') }]);
        await store.commit(projection, 1n, 2n, [{ collection: audits.name, id: 'a1', document: audit('a1', 'staff-2', 'InProgress', 1) }]);

        expect(await store.find(audits.name, { where: { auditorId: 'staff-1' } })).toEqual([]);
        expect(await store.find(audits.name, { where: { status: 'Scheduled' } })).toEqual([]);
        expect(await store.find(audits.name, { where: { auditorId: 'staff-2', status: 'InProgress' } })).toEqual([
          audit('a1', 'staff-2', 'InProgress', 1),
        ]);
      });

      it('should drop the document from an index when the field becomes null', async () => {
        await store.commit(projection, null, 1n, [{ collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') }]);
        await store.commit(projection, 1n, 2n, [{ collection: audits.name, id: 'a1', document: audit('a1', null, 'Scheduled', 1) }]);

        expect(await store.find(audits.name, { where: { auditorId: 'staff-1' } })).toEqual([]);
        expect(ids(await store.find(audits.name, { where: { status: 'Scheduled' } }))).toEqual(['a1']);
      });
    });

    describe('When a document is deleted', () => {
      it('should be gone from get, from every index and from the full list', async () => {
        await store.commit(projection, null, 1n, [
          { collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') },
          { collection: audits.name, id: 'a2', document: audit('a2', 'staff-1', 'Scheduled') },
        ]);
        await store.commit(projection, 1n, 2n, [{ collection: audits.name, id: 'a1', document: null }]);

        expect(await store.get(audits.name, 'a1')).toBeNull();
        expect(ids(await store.find(audits.name, { where: { auditorId: 'staff-1' } }))).toEqual(['a2']);
        expect(ids(await store.find(audits.name, { where: { status: 'Scheduled' } }))).toEqual(['a2']);
        expect(ids(await store.find(audits.name))).toEqual(['a2']);
      });

      it('should accept deleting a document it never held', async () => {
        await store.commit(projection, null, 1n, [{ collection: audits.name, id: 'never', document: null }]);
        expect(await store.checkpoint(projection)).toBe(1n);
      });
    });

    describe('When one commit changes the same document twice', () => {
      it('should keep the last change', async () => {
        await store.commit(projection, null, 1n, [
          { collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') },
          { collection: audits.name, id: 'a1', document: audit('a1', 'staff-2', 'InProgress', 1) },
        ]);
        expect(await store.find(audits.name)).toEqual([audit('a1', 'staff-2', 'InProgress', 1)]);
        expect(await store.find(audits.name, { where: { auditorId: 'staff-1' } })).toEqual([]);
      });
    });

    describe('When one commit spans two collections', () => {
      it('should apply both', async () => {
        await store.commit(projection, null, 5n, [
          { collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') },
          { collection: notes.name, id: 'n1', document: { id: 'n1', text: 'note' } },
        ]);
        expect(await store.get(notes.name, 'n1')).toEqual({ id: 'n1', text: 'note' });
        expect(await store.get(audits.name, 'a1')).not.toBeNull();
      });
    });

    describe('When the expected checkpoint is stale (checkpoint compare-and-set)', () => {
      beforeEach(async () => {
        await store.commit(projection, null, 10n, [{ collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') }]);
      });

      it('should throw CheckpointConflictError naming the actual checkpoint', async () => {
        const failure = store.commit(projection, 9n, 11n, []);
        await expect(failure).rejects.toBeInstanceOf(CheckpointConflictError);
        await expect(store.commit(projection, 9n, 11n, [])).rejects.toMatchObject({ projection, expected: 9n, actual: 10n });
      });

      it('should apply nothing: no document, no index entry, no checkpoint', async () => {
        await expect(
          store.commit(projection, null, 11n, [
            { collection: audits.name, id: 'a1', document: audit('a1', 'staff-2', 'Submitted', 5) },
            { collection: audits.name, id: 'a9', document: audit('a9', 'staff-2', 'Submitted') },
          ]),
        ).rejects.toBeInstanceOf(CheckpointConflictError);

        expect(await store.checkpoint(projection)).toBe(10n);
        expect(await store.find(audits.name)).toEqual([audit('a1', 'staff-1', 'Scheduled')]);
        expect(await store.find(audits.name, { where: { status: 'Submitted' } })).toEqual([]);
      });

      it('should succeed once the caller expects the actual checkpoint', async () => {
        await store.commit(projection, 10n, 11n, []);
        expect(await store.checkpoint(projection)).toBe(11n);
      });
    });

    describe('When a projection has committed nothing', () => {
      it('should have no checkpoint', async () => {
        expect(await store.checkpoint('never.v1')).toBeNull();
      });

      it('should refuse a commit that expects a checkpoint', async () => {
        await expect(store.commit('never.v1', 3n, 4n, [])).rejects.toMatchObject({ name: 'CheckpointConflictError', actual: null });
      });
    });

    describe('When two projections keep checkpoints', () => {
      it('should keep them apart', async () => {
        await store.commit('first.v1', null, 3n, []);
        await store.commit('second.v1', null, 7n, []);
        expect(await store.checkpoint('first.v1')).toBe(3n);
        expect(await store.checkpoint('second.v1')).toBe(7n);
      });
    });

    describe('When a commit holds a document that cannot be stored', () => {
      it('should apply nothing', async () => {
        await expect(
          store.commit(projection, null, 1n, [
            { collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') },
            { collection: 'undefinedCollection.v1', id: 'x', document: { id: 'x' } },
          ]),
        ).rejects.toThrow(/not been defined/);
        expect(await store.checkpoint(projection)).toBeNull();
        expect(await store.find(audits.name)).toEqual([]);
      });
    });

    describe('When a checkpoint is beyond 2^64 (EventStoreDB packs commit << 64 | prepare)', () => {
      it('should round-trip it exactly and compare it exactly', async () => {
        const position = (123_456_789_012_345n << 64n) | 987_654_321_098_765n;
        await store.commit(projection, null, position, []);
        expect(await store.checkpoint(projection)).toBe(position);

        await expect(store.commit(projection, position - 1n, position + 1n, [])).rejects.toBeInstanceOf(CheckpointConflictError);
        await store.commit(projection, position, position + 1n, []);
        expect(await store.checkpoint(projection)).toBe(position + 1n);
      });
    });

    describe('When documents hold unicode and markup', () => {
      const title = 'Évaluation — "ça va" <b>bold</b> & \'quotes\' \\ 👩‍👧 日本語 \u0000 \n tab\t';

      it('should return every string intact, in the document, the id and an index value', async () => {
        const id = 'ä/ü:<id> 👩‍👧';
        const document = audit(id, 'staff-É <x>', 'Scheduled', 0, { title });
        await store.commit(projection, null, 1n, [{ collection: audits.name, id, document }]);

        expect(await store.get(audits.name, id)).toEqual(document);
        expect(await store.find(audits.name, { where: { auditorId: 'staff-É <x>' } })).toEqual([document]);
      });
    });

    describe('When a projection is reset', () => {
      it('should remove its checkpoint and every document of its collections, and nothing else', async () => {
        await store.commit(projection, null, 4n, [
          { collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') },
          { collection: audits.name, id: 'a2', document: audit('a2', 'staff-2', 'Scheduled') },
        ]);
        await store.commit('notes.v1', null, 6n, [{ collection: notes.name, id: 'n1', document: { id: 'n1' } }]);

        await store.reset(projection, [audits.name]);

        expect(await store.checkpoint(projection)).toBeNull();
        expect(await store.get(audits.name, 'a1')).toBeNull();
        expect(await store.find(audits.name)).toEqual([]);
        expect(await store.find(audits.name, { where: { status: 'Scheduled' } })).toEqual([]);
        expect(await store.checkpoint('notes.v1')).toBe(6n);
        expect(await store.get(notes.name, 'n1')).toEqual({ id: 'n1' });
      });

      it('should accept a new commit from no checkpoint afterwards', async () => {
        await store.commit(projection, null, 4n, [{ collection: audits.name, id: 'a1', document: audit('a1', 'staff-1', 'Scheduled') }]);
        await store.reset(projection, [audits.name]);
        await store.commit(projection, null, 2n, [{ collection: audits.name, id: 'a3', document: audit('a3', 'staff-1', 'Scheduled') }]);
        expect(ids(await store.find(audits.name, { where: { auditorId: 'staff-1' } }))).toEqual(['a3']);
      });
    });

    describe('When a collection is defined again', () => {
      it('should accept the same definition', async () => {
        await expect(store.defineCollection({ name: audits.name, indexes: ['status', 'auditorId'] })).resolves.toBeUndefined();
      });

      it('should refuse different indexes under the same name', async () => {
        await expect(store.defineCollection({ name: audits.name, indexes: ['status'] })).rejects.toThrow(/new collection version/);
      });
    });

    describe('When a collection has not been defined', () => {
      it('should refuse to read it', async () => {
        await expect(store.get('undefinedCollection.v1', 'x')).rejects.toThrow(/not been defined/);
      });
    });

    describe('When many documents are stored', () => {
      it('should find them all', async () => {
        const changes = Array.from({ length: 1_200 }, (_, i) => {
          const id = `d${String(i).padStart(5, '0')}`;
          return { collection: audits.name, id, document: audit(id, `staff-${i % 3}`, 'Scheduled') };
        });
        await store.commit(projection, null, 1n, changes);
        const all = await store.find(audits.name);
        expect(all).toHaveLength(1_200);
        expect(ids(all)).toEqual(changes.map((change) => change.id));
        expect(await store.find(audits.name, { where: { auditorId: 'staff-1' } })).toHaveLength(400);
      });
    });

    it('should answer ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
