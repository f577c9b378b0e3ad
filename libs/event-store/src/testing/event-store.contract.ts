import { randomUUID } from 'node:crypto';
import {
  ANY,
  ConcurrencyError,
  NO_STREAM,
  STREAM_EXISTS,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '../event-store.port.js';
import { collectSubscription, eventually, newEvent, uniqueCategory } from './event-store.fixtures.js';

export interface EventStoreUnderTest {
  readonly store: EventStore;
  readonly teardown: () => Promise<void>;
}

/**
 * The behaviour every EventStore adapter must share. Each test writes to streams of its own
 * random category, and every assertion about `$all` looks only at those streams, so the suite
 * also holds on a shared log that other tests and the server's system events write to.
 */
export function describeEventStoreContract(name: string, setup: () => Promise<EventStoreUnderTest>): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let teardown: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ store, teardown } = await setup());
    });

    afterAll(async () => {
      await teardown?.();
    });

    const ids = (events: readonly { eventId: string }[]): string[] => events.map((event) => event.eventId);
    const ofStreams = (events: readonly RecordedEvent[], category: string): RecordedEvent[] =>
      events.filter((event) => event.streamId.startsWith(category));

    async function rejection(promise: Promise<unknown>): Promise<unknown> {
      try {
        await promise;
      } catch (error) {
        return error;
      }
      throw new Error('Expected the append to be refused, but it succeeded');
    }

    async function expectConflict(
      streamId: string,
      expectedRevision: ExpectedRevision,
      actual: number,
      events: readonly NewEvent[] = [newEvent('ConflictingThingHappened')],
    ): Promise<void> {
      const error = await rejection(store.appendToStream(streamId, events, { expectedRevision }));
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ name: 'ConcurrencyError', streamId, expected: expectedRevision, actual });
    }

    describe('When appending with expected revision no_stream', () => {
      it('should create a new stream at revision 0 onwards, with the events in order', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        const events = [newEvent('FirstThingHappened', { n: 1 }), newEvent('SecondThingHappened', { n: 2 })];

        const result = await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });

        expect(result.nextExpectedRevision).toBe(1);
        const recorded = await store.readStream(streamId);
        expect(recorded.map((e) => [e.revision, e.eventId, e.type, e.streamId])).toEqual([
          [0, events[0]!.eventId, 'FirstThingHappened', streamId],
          [1, events[1]!.eventId, 'SecondThingHappened', streamId],
        ]);
        expect(recorded[1]!.position).toBe(result.position);
        expect(recorded[0]!.position < recorded[1]!.position).toBe(true);
      });

      it('should refuse a stream that exists with ConcurrencyError naming its revision, and append nothing', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        await store.appendToStream(streamId, [newEvent('A'), newEvent('B')], { expectedRevision: NO_STREAM });
        const refused = newEvent('ConflictingThingHappened');

        await expectConflict(streamId, NO_STREAM, 1, [refused]);

        const recorded = await store.readStream(streamId);
        expect(recorded).toHaveLength(2);
        expect(ids(recorded)).not.toContain(refused.eventId);
      });
    });

    describe('When appending with an exact expected revision', () => {
      it('should append when the stream is at that revision', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        await store.appendToStream(streamId, [newEvent('A'), newEvent('B')], { expectedRevision: NO_STREAM });

        const result = await store.appendToStream(streamId, [newEvent('C')], { expectedRevision: 1 });

        expect(result.nextExpectedRevision).toBe(2);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('should refuse a stale revision with ConcurrencyError whose actual is the real revision, and append nothing', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        await store.appendToStream(streamId, [newEvent('A'), newEvent('B'), newEvent('C')], { expectedRevision: NO_STREAM });

        await expectConflict(streamId, 0, 2);
        await expectConflict(streamId, 5, 2);

        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('should refuse an exact revision for a stream that does not exist, with actual -1', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;

        await expectConflict(streamId, 0, -1);

        expect(await store.readStream(streamId)).toEqual([]);
      });
    });

    describe('When appending with expected revision any', () => {
      it('should append to a new stream and to an existing stream', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;

        const first = await store.appendToStream(streamId, [newEvent('A')], { expectedRevision: ANY });
        const second = await store.appendToStream(streamId, [newEvent('B'), newEvent('C')], { expectedRevision: ANY });

        expect([first.nextExpectedRevision, second.nextExpectedRevision]).toEqual([0, 2]);
        expect((await store.readStream(streamId)).map((e) => [e.revision, e.type])).toEqual([
          [0, 'A'],
          [1, 'B'],
          [2, 'C'],
        ]);
      });
    });

    describe('When appending with expected revision stream_exists', () => {
      it('should append to an existing stream', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        await store.appendToStream(streamId, [newEvent('A')], { expectedRevision: NO_STREAM });

        const result = await store.appendToStream(streamId, [newEvent('B')], { expectedRevision: STREAM_EXISTS });

        expect(result.nextExpectedRevision).toBe(1);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B']);
      });

      it('should refuse a missing stream with ConcurrencyError (actual -1) and append nothing', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;

        await expectConflict(streamId, STREAM_EXISTS, -1);

        expect(await store.readStream(streamId)).toEqual([]);
      });
    });

    describe('When an append is retried with the same event ids', () => {
      it('should append nothing and answer with the same revision (no_stream)', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        const events = [newEvent('A'), newEvent('B')];
        const first = await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });

        const retried = await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });

        expect(retried.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(ids(await store.readStream(streamId))).toEqual(ids(events));
      });

      it('should append nothing and answer with the same revision (exact revision)', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        await store.appendToStream(streamId, [newEvent('A')], { expectedRevision: NO_STREAM });
        const events = [newEvent('B'), newEvent('C')];
        const first = await store.appendToStream(streamId, events, { expectedRevision: 0 });

        const retried = await store.appendToStream(streamId, events, { expectedRevision: 0 });

        expect(first.nextExpectedRevision).toBe(2);
        expect(retried.nextExpectedRevision).toBe(2);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });
    });

    describe('When reading a stream', () => {
      const streamId = `${uniqueCategory()}-${randomUUID()}`;
      const types = ['E0', 'E1', 'E2', 'E3', 'E4'];
      const appended = types.map((type) => newEvent(type));

      beforeAll(async () => {
        await store.appendToStream(streamId, appended.slice(0, 3), { expectedRevision: NO_STREAM });
        await store.appendToStream(streamId, appended.slice(3), { expectedRevision: 2 });
      });

      it('should read forwards in revision order with increasing positions', async () => {
        const recorded = await store.readStream(streamId);

        expect(recorded.map((e) => [e.revision, e.type])).toEqual(types.map((type, revision) => [revision, type]));
        expect(ids(recorded)).toEqual(ids(appended));
        recorded.slice(1).forEach((event, index) => expect(event.position > recorded[index]!.position).toBe(true));
        recorded.forEach((event) => {
          expect(event.created).toBeInstanceOf(Date);
          expect(Number.isNaN(event.created.getTime())).toBe(false);
        });
      });

      it('should read backwards from the last revision', async () => {
        const recorded = await store.readStream(streamId, { direction: 'backwards' });

        expect(recorded.map((e) => e.revision)).toEqual([4, 3, 2, 1, 0]);
      });

      it('should read forwards from a revision (inclusive) up to maxCount', async () => {
        const recorded = await store.readStream(streamId, { fromRevision: 1, maxCount: 2 });

        expect(recorded.map((e) => e.type)).toEqual(['E1', 'E2']);
      });

      it('should read backwards from a revision (inclusive) up to maxCount', async () => {
        const recorded = await store.readStream(streamId, { direction: 'backwards', fromRevision: 3, maxCount: 2 });

        expect(recorded.map((e) => e.type)).toEqual(['E3', 'E2']);
      });

      it('should read only the last event backwards with maxCount 1', async () => {
        const recorded = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });

        expect(recorded.map((e) => e.revision)).toEqual([4]);
      });

      it('should return [] from a revision past the end', async () => {
        expect(await store.readStream(streamId, { fromRevision: 5 })).toEqual([]);
      });

      it('should return [] for a stream that does not exist', async () => {
        expect(await store.readStream(`${uniqueCategory()}-${randomUUID()}`)).toEqual([]);
        expect(await store.readStream(`${uniqueCategory()}-${randomUUID()}`, { direction: 'backwards' })).toEqual([]);
      });
    });

    describe('When events carry nested data, unicode and markup', () => {
      const data = {
        childName: 'Zoë Ødegård-Nguyễn 李小龍',
        emoji: '👩‍👧 ✅',
        note: '<script>alert("x")</script> & <b>bold</b> \'quoted\' \\ back\\slash\nnew line\ttab',
        grades: [{ criterion: 1, grade: 'Good' }, { criterion: 16, grade: null }],
        nested: { deeper: { deepest: [1, 2.5, -3, 0, true, false, null, 'text', { empty: {} }, []] } },
        big: 9007199254740991,
      };
      const metadata = { actor: { staffId: 'staff-1', role: 'Auditor' }, now: '2026-11-26T09:00:00.000Z', tags: ['α', 'β'] };

      it('should read data and metadata back exactly, from the stream and from $all', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        const event = newEvent('RoundTripped', data, metadata);
        const start = await store.headPosition();
        await store.appendToStream(streamId, [event], { expectedRevision: NO_STREAM });

        const [fromStream] = await store.readStream(streamId);
        const fromAll = ofStreams(await store.readAll(start === null ? {} : { after: start }), streamId);

        expect(fromStream).toMatchObject({ eventId: event.eventId, type: 'RoundTripped', data, metadata });
        expect(fromStream!.data).toEqual(data);
        expect(fromStream!.metadata).toEqual(metadata);
        expect(fromAll).toHaveLength(1);
        expect(fromAll[0]!.data).toEqual(data);
        expect(fromAll[0]!.metadata).toEqual(metadata);
      });
    });

    describe('When reading $all', () => {
      const category = uniqueCategory();
      const streamA = `${category}-${randomUUID()}`;
      const streamB = `${category}-${randomUUID()}`;
      let start: bigint | null;
      const appendedIds: string[] = [];
      const appendedPositions: bigint[] = [];

      beforeAll(async () => {
        start = await store.headPosition();
        for (const [streamId, expectedRevision, events] of [
          [streamA, NO_STREAM, [newEvent('A1'), newEvent('A2')]],
          [streamB, NO_STREAM, [newEvent('B1')]],
          [streamA, 1, [newEvent('A3')]],
        ] as const) {
          const result = await store.appendToStream(streamId, events, { expectedRevision });
          appendedIds.push(...ids(events));
          appendedPositions.push(result.position);
        }
      });

      it('should return, after a position, the later events of several streams in the order they were appended', async () => {
        const all = await store.readAll(start === null ? {} : { after: start });
        const mine = ofStreams(all, category);

        expect(ids(mine)).toEqual(appendedIds);
        expect(mine.map((e) => `${e.streamId === streamA ? 'A' : 'B'}${e.revision}`)).toEqual(['A0', 'A1', 'B0', 'A2']);
        all.slice(1).forEach((event, index) => expect(event.position > all[index]!.position).toBe(true));
        if (start !== null) all.forEach((event) => expect(event.position > start!).toBe(true));
      });

      it('should report the same positions that the appends returned', async () => {
        const mine = ofStreams(await store.readAll(start === null ? {} : { after: start }), category);
        const byId = new Map(mine.map((e) => [e.eventId, e.position]));

        expect([byId.get(appendedIds[1]!), byId.get(appendedIds[2]!), byId.get(appendedIds[3]!)]).toEqual(appendedPositions);
        const streamRead = await store.readStream(streamA);
        expect(streamRead.map((e) => e.position)).toEqual(streamRead.map((e) => byId.get(e.eventId)));
      });

      it('should return only events strictly after the given position', async () => {
        const mine = ofStreams(await store.readAll({ after: appendedPositions[0]! }), category);

        expect(ids(mine)).toEqual(appendedIds.slice(2));
      });

      it('should stop at maxCount', async () => {
        const all = await store.readAll({ after: appendedPositions[0]!, maxCount: 1 });

        expect(all).toHaveLength(1);
        expect(all[0]!.position > appendedPositions[0]!).toBe(true);
      });

      it('should read backwards, newest first, strictly before the given position', async () => {
        const all = await store.readAll({ direction: 'backwards', after: appendedPositions[2]!, maxCount: 1000 });
        const mine = ofStreams(all, category);

        expect(ids(mine).slice(0, 3)).toEqual([appendedIds[2], appendedIds[1], appendedIds[0]]);
        all.slice(1).forEach((event, index) => expect(event.position < all[index]!.position).toBe(true));
        all.forEach((event) => expect(event.position < appendedPositions[2]!).toBe(true));
      });

      it('should read backwards from the end of the log when no position is given', async () => {
        const all = await store.readAll({ direction: 'backwards', maxCount: 3 });

        expect(all.length).toBeGreaterThan(0);
        expect(all.length).toBeLessThanOrEqual(3);
        expect(all[0]!.position >= appendedPositions[2]!).toBe(true);
        all.slice(1).forEach((event, index) => expect(event.position < all[index]!.position).toBe(true));
      });

      it('should give a head position at or after the last append', async () => {
        const head = await store.headPosition();

        expect(head).not.toBeNull();
        expect(head! >= appendedPositions[2]!).toBe(true);
      });
    });

    describe('When subscribing to $all', () => {
      it('should replay existing events, say it caught up once, then deliver live events in order, filtered by stream prefix', async () => {
        const category = uniqueCategory();
        const start = await store.headPosition();
        const streamA = `${category}-${randomUUID()}`;
        const streamB = `${category}-${randomUUID()}`;
        const existing = [newEvent('A1'), newEvent('A2')];
        await store.appendToStream(streamA, existing, { expectedRevision: NO_STREAM });
        const existingB = [newEvent('B1')];
        await store.appendToStream(streamB, existingB, { expectedRevision: NO_STREAM });
        await store.appendToStream(`${uniqueCategory()}-${randomUUID()}`, [newEvent('Elsewhere')], { expectedRevision: NO_STREAM });

        const subscription = collectSubscription(store, { after: start ?? undefined, filter: { streamPrefixes: [category] } });
        try {
          await eventually(() => subscription.caughtUp > 0, 'the subscription to catch up');
          const replayedBeforeCaughtUp = subscription.events.slice(0, subscription.eventsWhenCaughtUp ?? 0);
          const live = [newEvent('A3'), newEvent('A4')];
          await store.appendToStream(streamA, live, { expectedRevision: 1 });
          const liveB = [newEvent('B2')];
          await store.appendToStream(streamB, liveB, { expectedRevision: 0 });
          await store.appendToStream(`${uniqueCategory()}-${randomUUID()}`, [newEvent('Elsewhere')], { expectedRevision: NO_STREAM });
          await eventually(() => subscription.events.length >= 6, 'the live events');

          expect(ids(replayedBeforeCaughtUp)).toEqual(ids([...existing, ...existingB]));
          expect(ids(subscription.events)).toEqual(ids([...existing, ...existingB, ...live, ...liveB]));
          expect(subscription.events.every((e) => e.streamId.startsWith(category))).toBe(true);
          subscription.events.slice(1).forEach((event, index) => {
            expect(event.position > subscription.events[index]!.position).toBe(true);
          });
          expect(subscription.caughtUp).toBe(1);
          expect(subscription.errors).toEqual([]);
        } finally {
          await subscription.unsubscribe();
        }
      });

      it('should deliver only events strictly after the given position', async () => {
        const category = uniqueCategory();
        const streamId = `${category}-${randomUUID()}`;
        const events = [newEvent('E1'), newEvent('E2'), newEvent('E3')];
        await store.appendToStream(streamId, events.slice(0, 1), { expectedRevision: NO_STREAM });
        const [first] = await store.readStream(streamId);
        await store.appendToStream(streamId, events.slice(1), { expectedRevision: 0 });

        const subscription = collectSubscription(store, { after: first!.position, filter: { streamPrefixes: [category] } });
        try {
          await eventually(() => subscription.caughtUp > 0 && subscription.events.length >= 2, 'the later events');

          expect(ids(subscription.events)).toEqual(ids(events.slice(1)));
        } finally {
          await subscription.unsubscribe();
        }
      });

      it('should deliver only events whose type starts with a given prefix, and apply both filters together', async () => {
        const category = uniqueCategory();
        const typePrefix = `T${randomUUID().replaceAll('-', '')}`;
        const start = await store.headPosition();
        const streamId = `${category}-${randomUUID()}`;
        const events = [newEvent(`${typePrefix}Scheduled`), newEvent(`Other${typePrefix}`), newEvent(`${typePrefix}Graded`)];
        await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });
        const elsewhere = newEvent(`${typePrefix}Elsewhere`);
        await store.appendToStream(`${uniqueCategory()}-${randomUUID()}`, [elsewhere], { expectedRevision: NO_STREAM });

        const byType = collectSubscription(store, { after: start ?? undefined, filter: { eventTypePrefixes: [typePrefix] } });
        const byBoth = collectSubscription(store, {
          after: start ?? undefined,
          filter: { streamPrefixes: [category], eventTypePrefixes: [typePrefix] },
        });
        try {
          await eventually(() => byType.caughtUp > 0 && byBoth.caughtUp > 0, 'both subscriptions to catch up');
          await eventually(() => byType.events.length >= 3 && byBoth.events.length >= 2, 'the matching events');

          expect(ids(byType.events)).toEqual(ids([events[0]!, events[2]!, elsewhere]));
          expect(ids(byBoth.events)).toEqual(ids([events[0]!, events[2]!]));
        } finally {
          await Promise.all([byType.unsubscribe(), byBoth.unsubscribe()]);
        }
      });

      it('should deliver the next event only after the previous handler settled', async () => {
        const category = uniqueCategory();
        const start = await store.headPosition();
        const streamId = `${category}-${randomUUID()}`;
        const events = [newEvent('E1'), newEvent('E2'), newEvent('E3'), newEvent('E4')];
        await store.appendToStream(streamId, events.slice(0, 2), { expectedRevision: NO_STREAM });
        let running = 0;
        let overlapped = false;
        const subscription = collectSubscription(
          store,
          { after: start ?? undefined, filter: { streamPrefixes: [category] } },
          async () => {
            running++;
            overlapped ||= running > 1;
            await new Promise((resolve) => setTimeout(resolve, 5));
            running--;
          },
        );
        try {
          await store.appendToStream(streamId, events.slice(2), { expectedRevision: 1 });
          await eventually(() => subscription.settled.length >= 4, 'all four events to be handled');

          expect(overlapped).toBe(false);
          expect(ids(subscription.settled)).toEqual(ids(events));
        } finally {
          await subscription.unsubscribe();
        }
      });

      it('should stop and report to onError when onEvent throws, delivering nothing after the failed event', async () => {
        const category = uniqueCategory();
        const start = await store.headPosition();
        const streamId = `${category}-${randomUUID()}`;
        const events = [newEvent('Fine'), newEvent('Poison'), newEvent('After')];
        await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });
        const failure = new Error('the handler failed');

        const subscription = collectSubscription(
          store,
          { after: start ?? undefined, filter: { streamPrefixes: [category] } },
          (event) => {
            if (event.type === 'Poison') throw failure;
          },
        );
        try {
          await eventually(() => subscription.errors.length > 0, 'the error to be reported');
          await store.appendToStream(streamId, [newEvent('Later')], { expectedRevision: 2 });

          expect(subscription.errors).toEqual([failure]);
          expect(subscription.events.map((e) => e.type)).toEqual(['Fine', 'Poison']);
          expect(subscription.settled.map((e) => e.type)).toEqual(['Fine']);
        } finally {
          await subscription.unsubscribe();
        }
      });

      it('should resolve unsubscribe only after the running handler finished, and deliver nothing afterwards', async () => {
        const category = uniqueCategory();
        const start = await store.headPosition();
        const streamId = `${category}-${randomUUID()}`;
        await store.appendToStream(streamId, [newEvent('Slow'), newEvent('Next')], { expectedRevision: NO_STREAM });
        let release: () => void = () => undefined;
        const released = new Promise<void>((resolve) => (release = resolve));
        let handlerFinished = false;

        const subscription = collectSubscription(
          store,
          { after: start ?? undefined, filter: { streamPrefixes: [category] } },
          async (event) => {
            if (event.type === 'Slow') {
              await released;
              handlerFinished = true;
            }
          },
        );
        try {
          await eventually(() => subscription.events.length === 1, 'the first event to reach the handler');
        } finally {
          const unsubscribed = subscription.unsubscribe().then(() => handlerFinished);
          release();
          expect(await unsubscribed).toBe(true);
        }
        await store.appendToStream(streamId, [newEvent('Late')], { expectedRevision: 1 });
        const witness = collectSubscription(store, { after: start ?? undefined, filter: { streamPrefixes: [category] } });
        try {
          await eventually(() => witness.events.length >= 3, 'another subscription to see the later event');
        } finally {
          await witness.unsubscribe();
        }
        expect(subscription.events.map((e) => e.type)).toEqual(['Slow']);
        expect(subscription.errors).toEqual([]);
      });

      it('should report checkpoints in increasing order, up to at least the last delivered event', async () => {
        const category = uniqueCategory();
        const start = await store.headPosition();
        const streamId = `${category}-${randomUUID()}`;
        await store.appendToStream(streamId, [newEvent('E1'), newEvent('E2')], { expectedRevision: NO_STREAM });

        const subscription = collectSubscription(store, { after: start ?? undefined, filter: { streamPrefixes: [category] } });
        try {
          await eventually(() => subscription.caughtUp > 0 && subscription.events.length >= 2, 'the events');
          const lastDelivered = subscription.events[1]!.position;
          await eventually(
            () => subscription.checkpoints.some((checkpoint) => checkpoint >= lastDelivered),
            'a checkpoint at or after the last delivered event',
          );

          subscription.checkpoints.slice(1).forEach((checkpoint, index) => {
            expect(checkpoint >= subscription.checkpoints[index]!).toBe(true);
          });
        } finally {
          await subscription.unsubscribe();
        }
      });
    });

    describe('When 50 appenders race on one stream, each reading the revision and appending with it', () => {
      it('should let each revision 0..49 be won exactly once and lose no event', async () => {
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        const appenders = Array.from({ length: 50 }, (_, index) => newEvent('RaceEntered', { appender: index }));

        const won = await Promise.all(
          appenders.map(async (event) => {
            for (let attempt = 1; ; attempt++) {
              const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
              const expectedRevision = last === undefined ? NO_STREAM : last.revision;
              try {
                const result = await store.appendToStream(streamId, [event], { expectedRevision });
                return { eventId: event.eventId, revision: result.nextExpectedRevision };
              } catch (error) {
                if (!(error instanceof ConcurrencyError) || attempt >= 200) throw error;
              }
            }
          }),
        );

        const recorded = await store.readStream(streamId);
        expect(recorded).toHaveLength(50);
        expect(won.map((w) => w.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, r) => r));
        expect(recorded.map((e) => e.revision)).toEqual(Array.from({ length: 50 }, (_, r) => r));
        for (const { eventId, revision } of won) expect(recorded[revision]!.eventId).toBe(eventId);
        expect(new Set(ids(recorded)).size).toBe(50);
        expect(new Set(ids(recorded))).toEqual(new Set(ids(appenders)));
      });
    });
  });
}
