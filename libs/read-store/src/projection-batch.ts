import type { RecordedEvent } from '../../event-store/src/event-store.port.js';
import { projectionKey, type Projection } from './projection.js';
import type { Document, DocumentChange, ReadStore } from './read-store.port.js';

/**
 * Any projection, whatever its document type. Document types are usually interfaces, which
 * TypeScript will not widen to `Record<string, unknown>`; the runner only moves them around.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any>;

/** `evolve` threw on a recorded event: a defect in the projection, which retrying cannot mend. */
export class ProjectionEvolveError extends Error {
  override readonly name = 'ProjectionEvolveError';
  constructor(
    readonly projection: string,
    readonly event: Pick<RecordedEvent, 'eventId' | 'type' | 'streamId' | 'position'>,
    cause: unknown,
  ) {
    super(
      `Projection ${projection} failed on ${event.type} ${event.eventId} (stream ${event.streamId}, position ${event.position}): ` +
        (cause instanceof Error ? cause.message : String(cause)),
      { cause },
    );
  }
}

/**
 * The events of one projection since its last commit: folded into the documents they touch
 * (each loaded at most once per batch), then committed with the new checkpoint in one step.
 * Used by the long-running ProjectionRunner and by the one-shot runToHead.
 */
export class ProjectionBatch {
  readonly key: string;
  private readonly handled: ReadonlySet<string>;
  /** Documents as this batch has them: loaded from the read store (null: absent) or evolved. */
  private readonly documents = new Map<string, Document | null>();
  private readonly changed = new Set<string>();
  private position: bigint | null;
  private events = 0;

  constructor(
    readonly projection: AnyProjection,
    private readonly readStore: ReadStore,
    private committedPosition: bigint | null,
  ) {
    this.key = projectionKey(projection);
    this.handled = new Set(projection.handles);
    this.position = committedPosition;
  }

  /** The checkpoint last committed (or read at start). */
  get committed(): bigint | null {
    return this.committedPosition;
  }

  /** Where the checkpoint will be once this batch is committed. */
  get pendingPosition(): bigint | null {
    return this.position;
  }

  /** Events taken since the last commit, handled or not. */
  get size(): number {
    return this.events;
  }

  get hasPending(): boolean {
    return this.position !== this.committedPosition;
  }

  /** Whether the event is after everything this batch has already taken. */
  isAhead(position: bigint): boolean {
    return this.position === null || position > this.position;
  }

  /** Loads, in one go, the documents a page of events will touch (pipelined on Redis). */
  async prefetch(events: readonly RecordedEvent[]): Promise<void> {
    const missing = new Set<string>();
    for (const event of events) {
      if (!this.handled.has(event.type) || !this.isAhead(event.position)) continue;
      for (const id of this.projection.documentIds(event)) if (!this.documents.has(id)) missing.add(id);
    }
    const ids = [...missing];
    const loaded = await Promise.all(ids.map((id) => this.readStore.get(this.projection.collection.name, id)));
    ids.forEach((id, i) => this.documents.set(id, loaded[i] ?? null));
  }

  /**
   * Folds one event. An event at or before the batch's position was already taken and is
   * ignored, so a store that redelivers the event at its `after` position does no harm.
   * Unhandled events only move the position. Throws what `evolve` throws, having changed nothing.
   */
  async apply(event: RecordedEvent): Promise<void> {
    if (!this.isAhead(event.position)) return;
    if (this.handled.has(event.type)) {
      // A document listed twice must still see the event once.
      const ids = new Set(this.projection.documentIds(event));
      const next = new Map<string, Document | null>();
      for (const id of ids) {
        const current = next.has(id) ? next.get(id)! : await this.load(id);
        try {
          next.set(id, this.projection.evolve(current, event, id));
        } catch (error) {
          throw new ProjectionEvolveError(this.key, event, error);
        }
      }
      for (const [id, document] of next) {
        if (document === this.documents.get(id)) continue;
        this.documents.set(id, document);
        this.changed.add(id);
      }
    }
    this.position = event.position;
    this.events += 1;
  }

  /** Moves the position past events the store looked at but did not deliver (filtered, system). */
  advanceTo(position: bigint): void {
    if (this.isAhead(position)) this.position = position;
  }

  /**
   * Commits the changed documents and the new checkpoint atomically, the checkpoint as a
   * compare-and-set from the last committed one. Throws CheckpointConflictError when another
   * writer moved it. Afterwards the batch is empty and holds no documents.
   */
  async commit(): Promise<void> {
    if (!this.hasPending) return;
    const next = this.position!;
    await this.readStore.commit(this.key, this.committedPosition, next, this.changes());
    this.markCommitted(next);
  }

  /** For a commit whose outcome was unknown (a lost reply) and which the store shows as applied. */
  markCommitted(position: bigint): void {
    this.committedPosition = position;
    this.position = position;
    this.events = 0;
    this.changed.clear();
    // Not kept across batches: memory stays bounded and the read store is the one truth.
    this.documents.clear();
  }

  private changes(): DocumentChange[] {
    const collection = this.projection.collection.name;
    return [...this.changed].map((id) => ({ collection, id, document: this.documents.get(id) ?? null }));
  }

  private async load(id: string): Promise<Document | null> {
    if (this.documents.has(id)) return this.documents.get(id)!;
    const document = await this.readStore.get(this.projection.collection.name, id);
    this.documents.set(id, document);
    return document;
  }
}
