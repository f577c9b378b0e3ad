import { handleCommand } from '../../command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../read-store/src/memory/memory-read-store.js';
import { remedialActionStreamId, type AgreedActionSource, type Decider } from '../../domain/src/index.js';
import { AgreedActionRaiser } from './agreed-action-raiser.js';
import { LogReactionFencedError } from './log-reaction.js';

// A strand of the test's own, so the raiser is tested apart from every real strand: one event
// agreeing the actions it carries, recorded by a team manager.
type AgreeCommand = { type: 'Agree'; data: { recordId: string; actions: { actionId: string; ownerId: string; managerId: string; timescale: string }[] }; metadata: never };
const strand: Decider<any, null, { type: 'ThingActionsAgreed'; data: AgreeCommand['data'] }> = {
  decide: (command) => [{ type: 'ThingActionsAgreed', data: command.data }],
  evolve: (state) => state,
  initialState: () => null,
};
const source: AgreedActionSource = {
  sourceKind: 'SUPERVISION_AUDIT',
  eventTypes: ['ThingActionsAgreed'],
  agreedActions: (event) =>
    (event.data['actions'] as AgreeCommand['data']['actions']).map((a) => ({
      sourceKind: 'SUPERVISION_AUDIT' as const,
      sourceId: String(event.data['recordId']),
      agreedAt: '2026-03-02T10:00:00.000Z',
      actionId: a.actionId,
      description: `Action ${a.actionId}`,
      ownerId: a.ownerId,
      managerId: a.managerId,
      timescale: a.timescale,
      azeusNumber: null,
      teamId: 'team-north',
    })),
};

describe('Agreed action raiser (issue 4 item 7: actions everywhere are one kind of thing)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const errors: Record<string, unknown>[] = [];
  const raiser = (readStore = reads) =>
    new AgreedActionRaiser({ eventStore: events, readStore, sources: [source], log: (entry) => errors.push(entry) });
  const agree = (recordId: string, actions: AgreeCommand['data']['actions']) =>
    handleCommand(events, `thing-${recordId}`, strand, {
      type: 'Agree',
      data: { recordId, actions },
      metadata: {
        actor: { staffId: 'tm-1', role: 'TEAM_MANAGER' },
        now: '2026-03-02T10:00:00.000Z',
        commandId: `00000000-0000-4000-8000-${recordId.padStart(12, '0')}`,
        correlationId: 'c',
        causationId: 'c',
      },
    });

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    errors.length = 0;
  });
  afterEach(() => events.close());

  describe('When a strand records agreed actions', () => {
    it('should raise each as a remedial action with its source, owner, manager and timescale, on behalf of whoever agreed it (CFA-7)', async () => {
      await agree('1', [
        { actionId: 'a-1', ownerId: 'ap-1', managerId: 'tm-1', timescale: '2026-03-31' },
        { actionId: 'a-2', ownerId: 'ap-2', managerId: 'tm-1', timescale: '2026-04-30' },
      ]);

      expect(await raiser().runToHead()).toBe(2);

      const [raised] = await events.readStream(remedialActionStreamId('a-1'));
      expect(raised).toMatchObject({
        type: 'RemedialActionRaised',
        data: {
          actionId: 'a-1',
          source: { kind: 'SUPERVISION_AUDIT', id: '1', submittedAt: '2026-03-02T10:00:00.000Z' },
          azeusNumber: null,
          teamId: 'team-north',
          ownerId: 'ap-1',
          managerId: 'tm-1',
          timescale: '2026-03-31',
          raisedBy: { staffId: 'tm-1', role: 'TEAM_MANAGER' },
          // The 48-hour notification clock starts when the action was agreed, not when it was raised.
          raisedAt: '2026-03-02T10:00:00.000Z',
        },
      });
      expect((await events.readStream(remedialActionStreamId('a-2'))).map((e) => e.type)).toEqual(['RemedialActionRaised']);
    });
  });

  describe('When the raiser runs again, or loses its checkpoint and starts from the beginning', () => {
    it('should raise nothing twice', async () => {
      await agree('1', [{ actionId: 'a-1', ownerId: 'ap-1', managerId: 'tm-1', timescale: '2026-03-31' }]);
      expect(await raiser().runToHead()).toBe(1);

      expect(await raiser().runToHead()).toBe(0);
      expect(await raiser(new MemoryReadStore()).runToHead()).toBe(0);
      expect(await events.readStream(remedialActionStreamId('a-1'))).toHaveLength(1);
    });
  });

  describe('When an agreed action breaks a rule of remedial actions (owner and manager the same person, CFA-5)', () => {
    it('should log the refusal, pass it over and still raise the others', async () => {
      await agree('1', [
        { actionId: 'bad', ownerId: 'tm-1', managerId: 'tm-1', timescale: '2026-03-31' },
        { actionId: 'good', ownerId: 'ap-1', managerId: 'tm-1', timescale: '2026-03-31' },
      ]);

      expect(await raiser().runToHead()).toBe(1);

      expect(await events.readStream(remedialActionStreamId('bad'))).toHaveLength(0);
      expect(await events.readStream(remedialActionStreamId('good'))).toHaveLength(1);
      expect(errors).toEqual([expect.objectContaining({ level: 'error', actionId: 'bad', code: 'REMEDIAL_ACTION.OWNER_IS_MANAGER' })]);
    });
  });

  describe('When two raisers share one read store', () => {
    it('should fence the second out at its first checkpoint', async () => {
      const first = raiser();
      const second = raiser();
      expect(await second.runToHead()).toBe(0);
      await agree('1', [{ actionId: 'a-1', ownerId: 'ap-1', managerId: 'tm-1', timescale: '2026-03-31' }]);
      await first.runToHead();
      await agree('2', [{ actionId: 'a-2', ownerId: 'ap-1', managerId: 'tm-1', timescale: '2026-03-31' }]);

      await expect(second.runToHead()).rejects.toBeInstanceOf(LogReactionFencedError);
      // What it raised before being fenced was idempotent: nothing doubled.
      expect(await events.readStream(remedialActionStreamId('a-1'))).toHaveLength(1);
    });
  });
});
