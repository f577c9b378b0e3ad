import type { RecordedEvent } from '../../event-store/src/event-store.port.js';
import type { CollectionDefinition, Document } from './read-store.port.js';

/**
 * A projection: a pure fold of recorded events into documents of one collection.
 * `evolve` never throws on a recorded event (it skips, clamps or defaults), and is idempotent:
 * given an event it has already applied (documents carry their stream revision), it returns the
 * document unchanged. Returning the same object it was given means "no change".
 */
export interface Projection<D extends Document = Document> {
  /** Stable name; with `version` it keys the checkpoint. */
  readonly name: string;
  readonly version: number;
  readonly collection: CollectionDefinition;
  /** Event types it handles; other events only advance the checkpoint. */
  readonly handles: readonly string[];
  /** Ids of the documents the event touches. */
  documentIds(event: RecordedEvent): readonly string[];
  /**
   * `id` is the document's, one of `documentIds(event)` (the runner always passes it): for a
   * projection whose event touches several documents that each take a different part of it.
   */
  evolve(document: D | null, event: RecordedEvent, id?: string): D | null;
}

/** The checkpoint key of a projection version. */
export function projectionKey(projection: Pick<Projection, 'name' | 'version'>): string {
  return `${projection.name}.v${projection.version}`;
}
