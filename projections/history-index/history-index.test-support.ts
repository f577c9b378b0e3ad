import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { chainEvents } from '../../libs/event-store/src/hash-chain.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { ProjectionBatch, type AnyProjection } from '../../libs/read-store/src/projection-batch.js';
import { historyReferencesProjection, historySubjectsProjection } from './history-index.projection.js';

/** Recorded, hash-chained events for the history index tests, as the command handler stores them. */

export interface Fact {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly at: string;
  readonly actor?: { readonly staffId: string; readonly role: string } | null;
}

export class Log {
  private position = 100n;
  private readonly streams = new Map<string, RecordedEvent[]>();
  readonly all: RecordedEvent[] = [];

  /** Appends facts to a stream, chained, at the next positions. */
  append(streamId: string, ...facts: Fact[]): RecordedEvent[] {
    const existing = this.streams.get(streamId) ?? [];
    const last = existing[existing.length - 1];
    const chained = chainEvents(
      streamId,
      last === undefined ? null : (last.metadata['hash'] as string),
      facts.map((fact, i) => ({
        eventId: `${streamId}:${existing.length + i}`,
        type: fact.type,
        data: fact.data,
        metadata: {
          schemaVersion: 1,
          ...(fact.actor === null ? {} : { actor: fact.actor ?? { staffId: 'staff-sqa-0001', role: 'SQA_OFFICER' } }),
          now: fact.at,
          commandId: `command-${this.position + BigInt(i)}`,
          correlationId: `correlation-${streamId}`,
          causationId: `command-${this.position + BigInt(i)}`,
        },
      })),
    );
    const recorded = chained.map((event, i): RecordedEvent => {
      this.position += 1n;
      return { ...event, streamId, revision: existing.length + i, position: this.position, created: new Date(Date.parse(facts[i]!.at) + 1000) };
    });
    this.streams.set(streamId, [...existing, ...recorded]);
    this.all.push(...recorded);
    return recorded;
  }
}

/** Folds events through the real projection batch into a memory read store. */
export async function project(reads: MemoryReadStore, events: readonly RecordedEvent[], projections: readonly AnyProjection[] = [historyReferencesProjection, historySubjectsProjection]): Promise<void> {
  for (const projection of projections) {
    await reads.defineCollection(projection.collection);
    const batch = new ProjectionBatch(projection, reads, await reads.checkpoint(`${projection.name}.v${projection.version}`));
    for (const event of events) await batch.apply(event);
    await batch.commit();
  }
}
