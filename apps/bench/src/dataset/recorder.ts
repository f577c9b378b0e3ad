import { createHash } from 'node:crypto';
import { EVENT_SCHEMA_VERSION } from '../../../../libs/command-handling/src/command-handler.js';
import type { Command, Decider, DomainEvent } from '../../../../libs/domain/src/shared/decider.js';
import { eventIdFor } from '../../../../libs/event-store/src/event-ids.js';
import type { NewEvent } from '../../../../libs/event-store/src/event-store.port.js';
import { chainEvents } from '../../../../libs/event-store/src/hash-chain.js';

/** The events one command recorded in one stream, appended together, at the command's time. */
export interface Commit {
  readonly at: number;
  /** Order of recording, to keep commits of the same instant in the order they were decided. */
  readonly sequence: number;
  readonly streamId: string;
  readonly events: readonly NewEvent[];
}

/** A deterministic id in UUID form: the same seed and name give the same id on every run. */
export function uuidFor(seed: string, name: string): string {
  const hex = createHash('sha1').update(`${seed}:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Records what the service would have recorded: each stream's commands decided in turn by the real
 * decider (a refused command is a bug in the generator and stops it), every event with the metadata
 * the command handler writes, the stream chained as the handler chains it, then cut into commits
 * (one per command) handed to `sink` in the order decided.
 */
export class Recorder {
  private commandCount = 0;
  private sequence = 0;

  constructor(
    private readonly seed: string,
    private readonly sink: (commit: Commit) => void,
  ) {}

  /** A fresh command id, deterministic for the seed. */
  nextCommandId(): string {
    this.commandCount += 1;
    return uuidFor(this.seed, `command-${this.commandCount}`);
  }

  /** Records the stream and answers the events decided, for what the service would do next with them. */
  record<C extends Command, S, E extends DomainEvent>(streamId: string, decider: Decider<C, S, E>, commands: readonly C[]): E[] {
    let state = decider.initialState();
    const decidedAll: E[] = [];
    const events: NewEvent[] = [];
    const boundaries: { at: number; end: number }[] = [];
    for (const command of commands) {
      let decided: E[];
      try {
        decided = decider.decide(command, state);
      } catch (error) {
        throw new Error(`The dataset generator sent ${command.type} to ${streamId} and it was refused: ${(error as Error).message}`, { cause: error });
      }
      state = decided.reduce(decider.evolve, state);
      decidedAll.push(...decided);
      const { actor, now, commandId, correlationId, causationId } = command.metadata;
      decided.forEach((event, index) =>
        events.push({
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
        }),
      );
      if (decided.length > 0) boundaries.push({ at: Date.parse(now), end: events.length });
    }
    const chained = chainEvents(streamId, null, events);
    let start = 0;
    for (const { at, end } of boundaries) {
      this.sink({ at, sequence: this.sequence++, streamId, events: chained.slice(start, end) });
      start = end;
    }
    return decidedAll;
  }
}
