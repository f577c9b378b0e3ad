import { matchesWhere } from '../collections.js';
import type { CollectionDefinition, Document, DocumentChange, FindQuery, ReadStore } from '../read-store.port.js';
import type { ReadModelVersions } from './read-model-versions.js';

/**
 * The read store readers are given: reads of any version of a read model's collection are served
 * from the version that `ReadModelVersions` says is active, and a projection's checkpoint is that of
 * the version served. Queries keep naming their collection constant (`X_COLLECTION.name`), so none
 * of them changes. Writes (commits, resets) go to the collection named: projections and the
 * runner write through `base`, never through this.
 */
export class VersionedReadStore implements ReadStore {
  constructor(
    readonly base: ReadStore,
    readonly versions: ReadModelVersions,
  ) {}

  defineCollection(definition: CollectionDefinition): Promise<void> {
    return this.base.defineCollection(definition);
  }

  get<T extends Document = Document>(collection: string, id: string): Promise<T | null> {
    return this.base.get<T>(this.versions.collectionFor(collection), id);
  }

  async find<T extends Document = Document>(collection: string, query?: FindQuery): Promise<T[]> {
    const served = this.versions.servedDefinition(collection);
    if (served === null || served.name === collection) return this.base.find<T>(collection, query);
    // The version served may lack an index the newer one has: filter it here rather than fail the read.
    const where = Object.entries(query?.where ?? {});
    if (where.every(([field]) => served.indexes.includes(field))) return this.base.find<T>(served.name, query);
    const indexed = Object.fromEntries(where.filter(([field]) => served.indexes.includes(field)));
    const documents = await this.base.find<T>(served.name, { where: indexed });
    return documents.filter((document) => matchesWhere(document, where));
  }

  checkpoint(projection: string): Promise<bigint | null> {
    return this.base.checkpoint(this.versions.checkpointKeyFor(projection));
  }

  commit(projection: string, expected: bigint | null, next: bigint, changes: readonly DocumentChange[]): Promise<void> {
    return this.base.commit(projection, expected, next, changes);
  }

  reset(projection: string, collections: readonly string[]): Promise<void> {
    return this.base.reset(projection, collections);
  }

  ping(): Promise<void> {
    return this.base.ping();
  }

  close(): Promise<void> {
    return this.base.close();
  }
}

/** The store projections write to: the base of a versioned store, or the store itself. */
export function baseReadStore(store: ReadStore): ReadStore {
  return store instanceof VersionedReadStore ? store.base : store;
}
