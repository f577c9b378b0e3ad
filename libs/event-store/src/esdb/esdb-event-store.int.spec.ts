import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { NO_STREAM, type RecordedEvent } from '../event-store.port.js';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { eventually, newEvent, uniqueCategory } from '../testing/event-store.fixtures.js';
import { startEsdbTestServer } from '../testing/esdb-test-server.js';
import { EsdbEventStore } from './esdb-event-store.js';

interface EventStoreDbUnderTest {
  readonly connectionString: string;
  stop(): Promise<void>;
}

const testServer = async (): Promise<EventStoreDbUnderTest> => startEsdbTestServer();

describeEventStoreContract('EventStoreDB adapter, real client, in-repo gRPC test server', async () => {
  const server = await testServer();
  const store = new EsdbEventStore(server.connectionString);
  return {
    store,
    teardown: async () => {
      await store.close();
      await server.stop();
    },
  };
});
describeEsdbAdapter('in-repo gRPC test server', testServer);

const realConnectionString = process.env['EVENTSTORE_CONNECTION_STRING'];
if (realConnectionString) {
  const realServer = async (): Promise<EventStoreDbUnderTest> => ({ connectionString: realConnectionString, stop: async () => undefined });
  describeEventStoreContract('EventStoreDB adapter, real EventStoreDB', async () => {
    const store = new EsdbEventStore(realConnectionString);
    return { store, teardown: () => store.close() };
  });
  describeEsdbAdapter('real EventStoreDB', realServer);
} else {
  console.info('EVENTSTORE_CONNECTION_STRING is not set: the EventStoreDB tests ran against the in-repo test server only, not a real EventStoreDB.');
}

/** What only the EventStoreDB adapter does, and the contract cannot say. */
function describeEsdbAdapter(name: string, connect: () => Promise<EventStoreDbUnderTest>): void {
  describe(`EventStoreDB adapter: ${name}`, () => {
    let server: EventStoreDbUnderTest;
    let store: EsdbEventStore;
    /** Writes what EventStoreDB itself would write, which the adapter never does. */
    let raw: EventStoreDBClient;

    beforeAll(async () => {
      server = await connect();
      store = new EsdbEventStore(server.connectionString);
      raw = EventStoreDBClient.connectionString(server.connectionString);
    });

    afterAll(async () => {
      await store.close();
      await raw.dispose();
      await server.stop();
    });

    const ids = (events: readonly { eventId: string }[]): string[] => events.map((event) => event.eventId);

    async function appendSystemEvents(count: number): Promise<void> {
      const statsStream = `$stats-${randomUUID()}`;
      for (let index = 0; index < count; index++) {
        await raw.appendToStream(statsStream, jsonEvent({ type: '$statsCollected', data: { index } }));
      }
      // A `$`-typed event in a stream whose name is not `$`-prefixed is a system event too.
      await raw.appendToStream(`${uniqueCategory()}-${randomUUID()}`, jsonEvent({ type: '$metadata', data: {} }));
    }

    describe('When system events lie between and after the framework events', () => {
      const streamId = `${uniqueCategory()}-${randomUUID()}`;
      const first = newEvent('FirstThingHappened');
      const second = newEvent('SecondThingHappened');
      let start: bigint | null;
      let secondPosition: bigint;

      beforeAll(async () => {
        start = await store.headPosition();
        await store.appendToStream(streamId, [first], { expectedRevision: NO_STREAM });
        await appendSystemEvents(3);
        ({ position: secondPosition } = await store.appendToStream(streamId, [second], { expectedRevision: 0 }));
        await appendSystemEvents(3);
      });

      it('should leave them out of readAll and still return maxCount framework events, reading on past them', async () => {
        const forwards = await store.readAll(start === null ? { maxCount: 2 } : { after: start, maxCount: 2 });

        expect(ids(forwards)).toEqual(ids([first, second]));
      });

      it('should leave them out when reading $all backwards', async () => {
        const backwards = await store.readAll({ direction: 'backwards', maxCount: 2 });

        expect(ids(backwards)).toEqual(ids([second, first]));
      });

      it('should give the head position of the last framework event, not of a system event', async () => {
        expect(await store.headPosition()).toBe(secondPosition);
      });

      it('should not deliver them to a subscription without a filter', async () => {
        const delivered: RecordedEvent[] = [];
        let caughtUp = false;
        const subscription = store.subscribeToAll(start === null ? {} : { after: start }, {
          onEvent: (event) => void delivered.push(event),
          onCaughtUp: () => (caughtUp = true),
        });
        try {
          await eventually(() => caughtUp, 'the subscription to catch up');

          expect(ids(delivered)).toEqual(ids([first, second]));
        } finally {
          await subscription.unsubscribe();
        }
      });
    });

    describe('When an append is retried with the same event ids', () => {
      it('should answer with the position of the events already recorded', async () => {
        // EventStoreDB answers an idempotent append with no position; the adapter looks it up.
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        const events = [newEvent('A'), newEvent('B')];
        const appended = await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });

        const retried = await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });

        expect(retried).toEqual(appended);
      });
    });

    describe('When appending no events', () => {
      it('should answer with the revision and position the stream is at, and still check the expected revision', async () => {
        // EventStoreDB's answer to an empty append does not say whether the stream exists.
        const streamId = `${uniqueCategory()}-${randomUUID()}`;
        const missing = await store.appendToStream(streamId, [], { expectedRevision: NO_STREAM });
        const appended = await store.appendToStream(streamId, [newEvent('A'), newEvent('B')], { expectedRevision: NO_STREAM });

        const nothing = await store.appendToStream(streamId, [], { expectedRevision: 1 });

        expect(missing.nextExpectedRevision).toBe(-1);
        expect(nothing).toEqual(appended);
        await expect(store.appendToStream(streamId, [], { expectedRevision: NO_STREAM })).rejects.toMatchObject({
          name: 'ConcurrencyError',
          actual: 1,
        });
      });
    });

    describe('When a slow handler falls behind while the server checkpoints a filtered subscription', () => {
      it('should report each checkpoint only after every event before it was handled', async () => {
        const category = uniqueCategory();
        const start = await store.headPosition();
        const streamId = `${category}-${randomUUID()}`;
        const elsewhere = `${uniqueCategory()}-${randomUUID()}`;
        // 300 events looked at, half of them filtered out: the server checkpoints every 32, and
        // 150 events are more than the adapter lets wait, so the client's stream is paused too.
        for (let round = 0; round < 30; round++) {
          const expectedRevision = round === 0 ? NO_STREAM : round * 5 - 1;
          const five = (type: string) => Array.from({ length: 5 }, () => newEvent(type));
          await store.appendToStream(streamId, five('Matched'), { expectedRevision });
          await store.appendToStream(elsewhere, five('FilteredOut'), { expectedRevision });
        }
        const handled: bigint[] = [];
        const reported: { checkpoint: bigint; handledBefore: readonly bigint[] }[] = [];
        let caughtUp = false;

        const subscription = store.subscribeToAll(
          { ...(start === null ? {} : { after: start }), filter: { streamPrefixes: [category] } },
          {
            onEvent: async (event) => {
              await new Promise((resolve) => setTimeout(resolve, 1));
              handled.push(event.position);
            },
            onCheckpoint: (checkpoint) => void reported.push({ checkpoint, handledBefore: [...handled] }),
            onCaughtUp: () => (caughtUp = true),
          },
        );
        try {
          await eventually(() => caughtUp, 'the subscription to catch up');
          const mine = (await store.readStream(streamId)).map((event) => event.position);

          expect(handled).toEqual(mine);
          expect(reported.length).toBeGreaterThan(1);
          for (const { checkpoint, handledBefore } of reported) {
            expect(handledBefore).toEqual(mine.filter((position) => position <= checkpoint));
          }
          expect(reported.at(-1)!.checkpoint >= mine.at(-1)!).toBe(true);
        } finally {
          await subscription.unsubscribe();
        }
      });
    });
  });
}
