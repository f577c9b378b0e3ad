import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_SCHEMA_VERSION } from '../../../../libs/command-handling/src/command-handler.js';
import {
  evolveReadLog,
  initialReadLogState,
  readLogDecider,
  readLogStreamId,
  type Actor,
  type ChildRecordReadInput,
  type ReadLogEvent,
  type RecordChildReads,
} from '../../../../libs/domain/src/index.js';
import { eventIdFor } from '../../../../libs/event-store/src/event-ids.js';
import { ConcurrencyError, NO_STREAM, type EventStore, type NewEvent } from '../../../../libs/event-store/src/event-store.port.js';
import { chainEvents, lastHashOf } from '../../../../libs/event-store/src/hash-chain.js';
import { commandMetadata } from '../commands/command-metadata.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';

export interface ChildReads {
  readonly actor: Actor;
  readonly records: readonly ChildRecordReadInput[];
  readonly operationName: string | null;
  readonly correlationId: string;
  /** The instant of the read; its UTC day names the stream. */
  readonly at: Date;
}

/** Attempts at one append before the read is refused: only the same reader's requests at once race. */
const MAX_ATTEMPTS = 20;

/**
 * Appends a request's reads to its reader's read log of the day (issue 6 item 4). The generic
 * command handler reads a stream whole; a busy reader's day may hold thousands of reads, so this
 * reads only the stream's last event, which is all the decision and the hash chain need (every
 * event of the stream names the same reader and day). A lost race with the same reader's other
 * request is retried; anything else fails the read.
 */
@Injectable()
export class ReadLogWriter {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The position of the last event recorded, or null when the request read no child-level record. */
  async record(reads: ChildReads): Promise<bigint | null> {
    if (reads.records.length === 0) return null;
    const metadata = commandMetadata({ actor: reads.actor, correlationId: reads.correlationId, now: reads.at });
    const command: RecordChildReads = { type: 'RecordChildReads', data: { operationName: reads.operationName, records: reads.records }, metadata };
    const streamId = readLogStreamId(reads.actor.staffId, metadata.now.slice(0, 10));
    const events = readLogDecider.decide(command, initialReadLogState()).map(
      (event, index): NewEvent => ({
        eventId: eventIdFor(metadata.commandId, index),
        type: event.type,
        data: event.data as unknown as Record<string, unknown>,
        metadata: {
          schemaVersion: EVENT_SCHEMA_VERSION,
          commandType: command.type,
          actor: { staffId: metadata.actor.staffId, role: metadata.actor.role },
          now: metadata.now,
          commandId: metadata.commandId,
          correlationId: metadata.correlationId,
          causationId: metadata.causationId,
        },
      }),
    );
    let position: bigint | null = null;
    // One event per append: a list of thousands stays within EventStoreDB's append size.
    for (const event of events) position = await this.append(streamId, command, event);
    return position;
  }

  private async append(streamId: string, command: RecordChildReads, event: NewEvent): Promise<bigint> {
    for (let attempt = 1; ; attempt++) {
      const [last] = await this.store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      // The stream's state from its last event; decide refuses a stream of another reader or day.
      const state = last === undefined ? initialReadLogState() : evolveReadLog(initialReadLogState(), { type: last.type, data: last.data } as ReadLogEvent);
      readLogDecider.decide(command, state);
      const chained = chainEvents(streamId, last === undefined ? null : lastHashOf([last]), [event]);
      try {
        const result = await this.store.appendToStream(streamId, chained, { expectedRevision: last === undefined ? NO_STREAM : last.revision });
        return result.position;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= MAX_ATTEMPTS) throw error;
        await sleep(Math.floor(Math.random() * 5 * attempt));
      }
    }
  }
}
