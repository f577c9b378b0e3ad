import type { Command, Decider, DomainEvent } from '../../domain/src/shared/decider.js';
import {
  ConcurrencyError,
  NO_STREAM,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '../../event-store/src/event-store.port.js';
import { chainEvents, lastHashOf } from '../../event-store/src/hash-chain.js';
import { eventIdFor } from '../../event-store/src/event-ids.js';

export interface CommandResult {
  readonly streamId: string;
  /** The stream's revision after the command (-1 if the stream still does not exist). */
  readonly revision: number;
  /** Global position of the command's last event (or of the stream's last event if it changed nothing). */
  readonly position: bigint | null;
  /** Events appended by this call: 0 for a retried command or a command that changed nothing. */
  readonly appended: number;
  /** True when the command had already been handled (same commandId) and nothing was appended. */
  readonly duplicate: boolean;
}

export interface HandleOptions {
  /**
   * The revision the caller last saw. When given, a stream at any other revision is refused with
   * ConcurrencyError (the caller decided on stale state). When omitted, the handler uses the
   * revision it read and retries a lost race, which is safe because decisions are pure.
   */
  readonly expectedRevision?: number | typeof NO_STREAM;
  readonly maxAttempts?: number;
}

export const EVENT_SCHEMA_VERSION = 1;

/**
 * The one command handler: 1. read the stream, 2. fold it, 3. decide, 4. append with the revision read.
 */
export async function handleCommand<C extends Command, S, E extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, S, E>,
  command: C,
  options: HandleOptions = {},
): Promise<CommandResult> {
  const maxAttempts = options.expectedRevision === undefined ? (options.maxAttempts ?? 5) : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptCommand(store, streamId, decider, command, options.expectedRevision);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= maxAttempts) throw error;
    }
  }
}

async function attemptCommand<C extends Command, S, E extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, S, E>,
  command: C,
  callerRevision: number | typeof NO_STREAM | undefined,
): Promise<CommandResult> {
  // 1. Read the stream.
  const recorded = await store.readStream(streamId);
  const revision = recorded.length === 0 ? -1 : recorded[recorded.length - 1]!.revision;

  // A retried command (same commandId) is a no-op that answers as the first attempt did.
  const earlier = recorded.filter((e) => e.metadata['commandId'] === command.metadata.commandId);
  if (earlier.length > 0) {
    const last = earlier[earlier.length - 1]!;
    return { streamId, revision: last.revision, position: last.position, appended: 0, duplicate: true };
  }

  if (callerRevision !== undefined) {
    const expected = callerRevision === NO_STREAM ? -1 : callerRevision;
    if (expected !== revision) throw new ConcurrencyError(streamId, callerRevision, revision);
  }

  // 2. Fold.
  const state = recorded.reduce((s, e) => decider.evolve(s, toDomainEvent<E>(e)), decider.initialState());

  // 3. Decide.
  const decided = decider.decide(command, state);
  if (decided.length === 0) {
    const last = recorded[recorded.length - 1];
    return { streamId, revision, position: last?.position ?? null, appended: 0, duplicate: false };
  }

  // 4. Append with the revision read.
  const { actor, now, commandId, correlationId, causationId } = command.metadata;
  const events: NewEvent[] = decided.map((event, index) => ({
    eventId: eventIdFor(commandId, index),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      schemaVersion: EVENT_SCHEMA_VERSION,
      commandType: command.type,
      actor: { staffId: actor.staffId, role: actor.role },
      now,
      commandId,
      correlationId,
      causationId,
    },
  }));
  const chained = chainEvents(streamId, lastHashOf(recorded), events);
  const result = await store.appendToStream(streamId, chained, {
    expectedRevision: revision === -1 ? NO_STREAM : revision,
  });
  return {
    streamId,
    revision: result.nextExpectedRevision,
    position: result.position,
    appended: chained.length,
    duplicate: false,
  };
}

function toDomainEvent<E extends DomainEvent>(event: RecordedEvent): E {
  return { type: event.type, data: event.data } as unknown as E;
}
