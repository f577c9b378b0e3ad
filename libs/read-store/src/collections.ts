import type { CollectionDefinition, Document, DocumentChange, FindQuery } from './read-store.port.js';

/**
 * Rules both ReadStore adapters share, so they cannot drift apart: what a collection definition
 * may look like, which values an equality index holds, and how a document is serialised.
 */

/** Thrown for a misuse of the store (an undefined collection, a non-indexed filter); never for data. */
export class ReadStoreUsageError extends Error {
  override readonly name = 'ReadStoreUsageError';
}

// Collection and index names become parts of Redis keys separated by ':'; a ':' inside one
// would let one collection's key pattern match another's.
const NAME = /^[A-Za-z0-9_.-]+$/;

export function validateDefinition(definition: CollectionDefinition): CollectionDefinition {
  if (!NAME.test(definition.name)) {
    throw new ReadStoreUsageError(`Collection name "${definition.name}" must match ${NAME}`);
  }
  for (const field of definition.indexes) {
    if (!NAME.test(field)) {
      throw new ReadStoreUsageError(`Index field "${field}" of ${definition.name} must match ${NAME}`);
    }
  }
  if (new Set(definition.indexes).size !== definition.indexes.length) {
    throw new ReadStoreUsageError(`Collection ${definition.name} lists an index twice`);
  }
  return { name: definition.name, indexes: [...definition.indexes].sort() };
}

export function sameDefinition(a: CollectionDefinition, b: CollectionDefinition): boolean {
  return a.name === b.name && a.indexes.length === b.indexes.length && a.indexes.every((field, i) => field === b.indexes[i]);
}

export function definitionMismatch(existing: CollectionDefinition, requested: CollectionDefinition): ReadStoreUsageError {
  return new ReadStoreUsageError(
    `Collection ${requested.name} is already defined with indexes [${existing.indexes.join(', ')}], ` +
      `not [${requested.indexes.join(', ')}]; a projection that changes its indexes needs a new collection version`,
  );
}

export function unknownCollection(collection: string): ReadStoreUsageError {
  return new ReadStoreUsageError(`Collection ${collection} has not been defined (call defineCollection first)`);
}

/** Only string values are indexed: `find` filters by string equality, and null means "no value". */
export function indexEntries(definition: CollectionDefinition, document: Document): Array<[field: string, value: string]> {
  const entries: Array<[string, string]> = [];
  for (const field of definition.indexes) {
    const value = document[field];
    if (typeof value === 'string') entries.push([field, value]);
  }
  return entries;
}

export function assertIndexedWhere(definition: CollectionDefinition, query: FindQuery | undefined): Array<[string, string]> {
  const where = Object.entries(query?.where ?? {});
  for (const [field, value] of where) {
    if (!definition.indexes.includes(field)) {
      throw new ReadStoreUsageError(`Collection ${definition.name} has no index on "${field}"`);
    }
    if (typeof value !== 'string') {
      throw new ReadStoreUsageError(`find on ${definition.name}.${field} needs a string value`);
    }
  }
  return where;
}

export function matchesWhere(document: Document, where: ReadonlyArray<[string, string]>): boolean {
  return where.every(([field, value]) => document[field] === value);
}

/**
 * Serialises a document the way both adapters store it. JSON is the contract: what a caller gets
 * back is what JSON would give back (no undefined fields, dates as strings), in memory as in Redis.
 */
export function serializeDocument(change: DocumentChange): string {
  if (change.document === null) throw new ReadStoreUsageError('A deletion has no serialised form');
  if (typeof change.document !== 'object' || Array.isArray(change.document)) {
    throw new ReadStoreUsageError(`Document ${change.collection}/${change.id} must be a JSON object`);
  }
  return JSON.stringify(change.document);
}

/** Later changes to the same document win, as if applied in order. */
export function lastChangePerDocument(changes: readonly DocumentChange[]): DocumentChange[] {
  const byKey = new Map<string, DocumentChange>();
  for (const change of changes) {
    const key = `${change.collection}\u0000${change.id}`;
    byKey.delete(key);
    byKey.set(key, change);
  }
  return [...byKey.values()];
}

export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
