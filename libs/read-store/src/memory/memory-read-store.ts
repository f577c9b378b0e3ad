import {
  byId,
  definitionMismatch,
  indexEntries,
  lastChangePerDocument,
  matchesWhere,
  assertIndexedWhere,
  sameDefinition,
  serializeDocument,
  unknownCollection,
  validateDefinition,
} from '../collections.js';
import {
  CheckpointConflictError,
  type CollectionDefinition,
  type Document,
  type DocumentChange,
  type FindQuery,
  type ReadStore,
} from '../read-store.port.js';

interface StoredDocument {
  /** Kept serialised: every read parses a fresh copy, so no caller can change what is stored. */
  readonly json: string;
  readonly entries: ReadonlyArray<[field: string, value: string]>;
}

interface Collection {
  readonly definition: CollectionDefinition;
  readonly documents: Map<string, StoredDocument>;
  /** field → value → ids */
  readonly indexes: Map<string, Map<string, Set<string>>>;
}

/**
 * The embedded ReadStore: rebuilt by replay at start. `commit` does all its checking and
 * serialising first and then changes the maps in one synchronous step, so no reader ever sees
 * half a commit and a failed commit changes nothing.
 */
export class MemoryReadStore implements ReadStore {
  private readonly collections = new Map<string, Collection>();
  private readonly checkpoints = new Map<string, bigint>();
  private closed = false;

  async defineCollection(definition: CollectionDefinition): Promise<void> {
    this.assertOpen();
    const requested = validateDefinition(definition);
    const existing = this.collections.get(requested.name);
    if (existing) {
      if (!sameDefinition(existing.definition, requested)) throw definitionMismatch(existing.definition, requested);
      return;
    }
    this.collections.set(requested.name, {
      definition: requested,
      documents: new Map(),
      indexes: new Map(requested.indexes.map((field) => [field, new Map()])),
    });
  }

  async get<T extends Document = Document>(collection: string, id: string): Promise<T | null> {
    const stored = this.collection(collection).documents.get(id);
    return stored ? (JSON.parse(stored.json) as T) : null;
  }

  async find<T extends Document = Document>(collection: string, query?: FindQuery): Promise<T[]> {
    const target = this.collection(collection);
    const where = assertIndexedWhere(target.definition, query);
    let ids: Iterable<string>;
    if (where.length === 0) {
      ids = target.documents.keys();
    } else {
      const sets = where.map(([field, value]) => target.indexes.get(field)?.get(value) ?? new Set<string>());
      sets.sort((a, b) => a.size - b.size);
      const [smallest, ...others] = sets;
      ids = [...smallest!].filter((id) => others.every((set) => set.has(id)));
    }
    const results: T[] = [];
    for (const id of [...ids].sort(byId)) {
      const document = JSON.parse(target.documents.get(id)!.json) as T;
      if (matchesWhere(document, where)) results.push(document);
    }
    return results;
  }

  async checkpoint(projection: string): Promise<bigint | null> {
    this.assertOpen();
    return this.checkpoints.get(projection) ?? null;
  }

  async commit(projection: string, expected: bigint | null, next: bigint, changes: readonly DocumentChange[]): Promise<void> {
    this.assertOpen();
    // 1. Everything that can fail happens before anything changes.
    const prepared = lastChangePerDocument(changes).map((change) => {
      const target = this.collection(change.collection);
      const stored: StoredDocument | null =
        change.document === null
          ? null
          : { json: serializeDocument(change), entries: indexEntries(target.definition, change.document) };
      return { target, id: change.id, stored };
    });
    const actual = this.checkpoints.get(projection) ?? null;
    if (actual !== expected) throw new CheckpointConflictError(projection, expected, actual);

    // 2. The swap: synchronous, so it is all or nothing for every reader.
    for (const { target, id, stored } of prepared) {
      const previous = target.documents.get(id);
      if (previous) unindex(target, id, previous);
      if (stored) {
        target.documents.set(id, stored);
        for (const [field, value] of stored.entries) {
          const values = target.indexes.get(field)!;
          let ids = values.get(value);
          if (!ids) values.set(value, (ids = new Set()));
          ids.add(id);
        }
      } else {
        target.documents.delete(id);
      }
    }
    this.checkpoints.set(projection, next);
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    this.assertOpen();
    this.checkpoints.delete(projection);
    for (const name of collections) {
      const target = this.collections.get(name);
      if (!target) continue;
      target.documents.clear();
      for (const values of target.indexes.values()) values.clear();
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private collection(name: string): Collection {
    this.assertOpen();
    const target = this.collections.get(name);
    if (!target) throw unknownCollection(name);
    return target;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryReadStore is closed');
  }
}

function unindex(target: Collection, id: string, stored: StoredDocument): void {
  for (const [field, value] of stored.entries) {
    const values = target.indexes.get(field)!;
    const ids = values.get(value);
    if (!ids) continue;
    ids.delete(id);
    if (ids.size === 0) values.delete(value);
  }
}
