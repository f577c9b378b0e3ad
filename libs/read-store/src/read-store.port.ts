/**
 * The ReadStore port: where projections keep their documents. Two adapters (memory, the embedded
 * default rebuilt by replay at start; Redis) and one contract suite (`testing/read-store.contract.ts`).
 *
 * A projection's documents and its checkpoint change together in one `commit`, the checkpoint as
 * a compare-and-set, so a crash at any point neither loses nor doubles an event's effect.
 */

/** A JSON-serialisable document. */
export type Document = Record<string, unknown>;

export interface CollectionDefinition {
  /** Versioned name, e.g. `caseFileAudits.v1`; a new projection version writes beside the old one. */
  readonly name: string;
  /** Top-level fields with string (or null) values that `find` may filter on by equality. */
  readonly indexes: readonly string[];
}

export interface DocumentChange {
  readonly collection: string;
  readonly id: string;
  /** The whole new document, or null to delete it. */
  readonly document: Document | null;
}

export interface FindQuery {
  /** Equality on indexed fields, all of which must match. */
  readonly where?: Readonly<Record<string, string>>;
}

export interface ReadStore {
  /** Declares a collection and its indexes; idempotent. Called before reading or writing it. */
  defineCollection(definition: CollectionDefinition): Promise<void>;
  get<T extends Document = Document>(collection: string, id: string): Promise<T | null>;
  find<T extends Document = Document>(collection: string, query?: FindQuery): Promise<T[]>;
  /** The last position this projection has committed, or null when it has committed nothing. */
  checkpoint(projection: string): Promise<bigint | null>;
  /**
   * Atomically applies `changes` and moves the projection's checkpoint from `expected` to `next`.
   * Throws CheckpointConflictError, applying nothing, when the checkpoint is not `expected`.
   */
  commit(projection: string, expected: bigint | null, next: bigint, changes: readonly DocumentChange[]): Promise<void>;
  /** Removes a projection's checkpoint and every document of the given collections. */
  reset(projection: string, collections: readonly string[]): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class CheckpointConflictError extends Error {
  override readonly name = 'CheckpointConflictError';
  constructor(
    readonly projection: string,
    readonly expected: bigint | null,
    readonly actual: bigint | null,
  ) {
    super(`Projection ${projection} checkpoint is ${actual ?? 'none'}, expected ${expected ?? 'none'}`);
  }
}
