import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command, CommandMetadata, Decider, DomainEvent } from '../../domain/src/shared/decider.js';
import { DomainError } from '../../domain/src/shared/domain-error.js';
import { ConcurrencyError, NO_STREAM } from '../../event-store/src/event-store.port.js';
import { eventIdFor } from '../../event-store/src/event-ids.js';
import { verifyChain } from '../../event-store/src/hash-chain.js';
import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { handleCommand } from './command-handler.js';

// A deliberately small decider: a tally that may be opened once and counted until closed.
type TallyCommand =
  | Command<'OpenTally', { name: string }>
  | Command<'CountOne', Record<string, never>>
  | Command<'CloseTally', Record<string, never>>;
type TallyEvent =
  | DomainEvent<'TallyOpened', { name: string }>
  | DomainEvent<'OneCounted', { at: string }>
  | DomainEvent<'TallyClosed', { total: number }>;
type TallyState = { status: 'none' } | { status: 'open'; total: number } | { status: 'closed'; total: number };

const tally: Decider<TallyCommand, TallyState, TallyEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'TallyOpened':
        return { status: 'open', total: 0 };
      case 'OneCounted':
        return state.status === 'open' ? { status: 'open', total: state.total + 1 } : state;
      case 'TallyClosed':
        return { status: 'closed', total: event.data.total };
      default:
        return state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'OpenTally':
        if (state.status !== 'none') throw new DomainError('TALLY.ALREADY_OPEN', 'already open', 'CONFLICT');
        return [{ type: 'TallyOpened', data: { name: command.data.name } }];
      case 'CountOne':
        if (state.status !== 'open') throw new DomainError('TALLY.NOT_OPEN', 'not open', 'CONFLICT');
        return [{ type: 'OneCounted', data: { at: command.metadata.now } }];
      case 'CloseTally':
        if (state.status !== 'open') throw new DomainError('TALLY.NOT_OPEN', 'not open', 'CONFLICT');
        return [{ type: 'TallyClosed', data: { total: state.total } }];
    }
  },
};

function metadata(overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  const commandId = randomUUID();
  return {
    actor: { staffId: 'staff-tm-1', role: 'TEAM_MANAGER' },
    now: '2026-11-26T09:30:00.000Z',
    commandId,
    correlationId: 'request-1',
    causationId: commandId,
    ...overrides,
  };
}

describe('The generic command handler on SQLite', () => {
  let dir: string;
  let store: SqliteEventStore;
  let streamId: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'command-handler-'));
    store = new SqliteEventStore(join(dir, 'events.sqlite'));
    streamId = `tally-${randomUUID()}`;
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('When a command is handled on a new stream', () => {
    it('should append its events with the command metadata, ids derived from the commandId and a verifiable chain', async () => {
      const meta = metadata();
      const result = await handleCommand(store, streamId, tally, { type: 'OpenTally', data: { name: 'visits' }, metadata: meta });

      const events = await store.readStream(streamId);
      expect(result).toEqual({ streamId, revision: 0, position: events[0]!.position, appended: 1, duplicate: false });
      expect(events[0]!.eventId).toBe(eventIdFor(meta.commandId, 0));
      expect(events[0]!.metadata).toMatchObject({
        actor: { staffId: 'staff-tm-1', role: 'TEAM_MANAGER' },
        now: meta.now,
        commandId: meta.commandId,
        correlationId: 'request-1',
        causationId: meta.commandId,
        commandType: 'OpenTally',
        schemaVersion: 1,
      });
      expect(verifyChain(streamId, events).valid).toBe(true);
    });
  });

  describe('When the same command is retried', () => {
    it('should append nothing and answer with the first revision and position', async () => {
      await handleCommand(store, streamId, tally, { type: 'OpenTally', data: { name: 'visits' }, metadata: metadata() });
      const count = { type: 'CountOne' as const, data: {}, metadata: metadata() };
      const first = await handleCommand(store, streamId, tally, count);
      await handleCommand(store, streamId, tally, { type: 'CountOne', data: {}, metadata: metadata() });

      const retried = await handleCommand(store, streamId, tally, count);

      expect(retried).toEqual({ ...first, appended: 0, duplicate: true });
      expect(await store.readStream(streamId)).toHaveLength(3);
    });
  });

  describe('When the caller names a revision the stream has moved past', () => {
    it('should refuse with ConcurrencyError and append nothing', async () => {
      await handleCommand(store, streamId, tally, { type: 'OpenTally', data: { name: 'visits' }, metadata: metadata() });
      await handleCommand(store, streamId, tally, { type: 'CountOne', data: {}, metadata: metadata() });

      await expect(
        handleCommand(store, streamId, tally, { type: 'CloseTally', data: {}, metadata: metadata() }, { expectedRevision: 0 }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    it('should accept the revision the stream is at', async () => {
      await handleCommand(store, streamId, tally, { type: 'OpenTally', data: { name: 'visits' }, metadata: metadata() }, { expectedRevision: NO_STREAM });
      const closed = await handleCommand(store, streamId, tally, { type: 'CloseTally', data: {}, metadata: metadata() }, { expectedRevision: 0 });
      expect(closed.revision).toBe(1);
    });
  });

  describe('When the decider refuses the command', () => {
    it('should throw its DomainError and append nothing', async () => {
      const head = await store.headPosition();
      await expect(
        handleCommand(store, streamId, tally, { type: 'CountOne', data: {}, metadata: metadata() }),
      ).rejects.toMatchObject({ code: 'TALLY.NOT_OPEN', kind: 'CONFLICT' });
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('When twenty writers count on one stream at once without naming a revision', () => {
    it('should retry lost races so that no count is lost', async () => {
      await handleCommand(store, streamId, tally, { type: 'OpenTally', data: { name: 'visits' }, metadata: metadata() });

      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          handleCommand(store, streamId, tally, { type: 'CountOne', data: {}, metadata: metadata() }, { maxAttempts: 50 }),
        ),
      );
      await handleCommand(store, streamId, tally, { type: 'CloseTally', data: {}, metadata: metadata() });

      const events = await store.readStream(streamId);
      expect(new Set(results.map((r) => r.revision)).size).toBe(20);
      expect(events[events.length - 1]).toMatchObject({ type: 'TallyClosed', data: { total: 20 } });
      expect(verifyChain(streamId, events).valid).toBe(true);
    });
  });
});
