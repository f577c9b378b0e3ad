import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import { crsEscalationDecider, crsEscalationStreamId, type CrsEscalationCommand } from '../../libs/domain/src/index.js';
import { AGREED_ACTION, DIRECTOR_ID, HOS_ID, TM_ID, commands, director, hos, tm } from '../../libs/domain/src/crs-escalation/crs-escalation.fixtures.js';
import { crsEscalationsProjection } from './crs-escalations.projection.js';
import { getCrsEscalation, listCrsEscalationsByRecipient, listOverdueCrsEscalations } from './crs-escalations.queries.js';

// CRS escalations end to end on the embedded stores: commands through the one command handler into
// SQLite, folded by runToHead into the memory read store, read by the queries.
describe('CRS escalation slice on SQLite and the memory read store (CRS-1)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  let sequence = 0;
  // Each command its own commandId: the handler treats a repeated one as a retry.
  const on = (command: CrsEscalationCommand) => {
    const commandId = `cmd-${++sequence}`;
    return handleCommand(events, crsEscalationStreamId('esc-1'), crsEscalationDecider, {
      ...command,
      metadata: { ...command.metadata, commandId, causationId: commandId },
    } as CrsEscalationCommand);
  };

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When an IRO escalates informally, the TM does not answer, and the chair goes to the Manager then the director', () => {
    it('should show it overdue with each recipient in turn, and resolved formally with its action', async () => {
      await on(commands.raise());
      await runToHead(events, reads, [crsEscalationsProjection]);
      expect((await listOverdueCrsEscalations(reads, { asOf: '2025-06-20T09:00:00Z' })).map((e) => [e.id, e.clock?.recipientId, e.clock?.workingDaysLate])).toEqual([
        ['esc-1', TM_ID, 1],
      ]);

      await on(commands.escalate(null, undefined, '2025-06-20T10:00:00.000Z'));
      await on(commands.escalate(null, undefined, '2025-06-30T10:00:00.000Z'));
      await expect(on(commands.respond(tm, '2025-07-01T09:00:00.000Z'))).rejects.toMatchObject({ code: 'CRS_ESCALATION.NOT_THE_RECIPIENT', rule: 'CRS-1' });
      await on(commands.respond(hos, '2025-07-01T09:00:00.000Z', 'Placement support funded; legal planning meeting booked'));
      await on(commands.escalate(DIRECTOR_ID, undefined, '2025-07-02T09:00:00.000Z', 'The plan still does not address the risk'));
      await on(commands.respond(director, '2025-07-03T09:00:00.000Z'));
      await on(commands.resolve([{ ...AGREED_ACTION, timescale: '2025-07-31' }], undefined, '2025-07-04T09:00:00.000Z'));
      await expect(on(commands.withdraw())).rejects.toMatchObject({ code: 'CRS_ESCALATION.CLOSED' });

      await runToHead(events, reads, [crsEscalationsProjection]);
      const escalation = await getCrsEscalation(reads, 'esc-1', { asOf: '2025-07-10T00:00:00Z' });
      expect(escalation).toMatchObject({ status: 'RESOLVED', stage: 'FORMAL_STAGE_3', recipientId: DIRECTOR_ID, overdue: false, clock: null });
      expect(escalation?.resolution).toMatchObject({ resolution: 'FORMAL', agreedActions: [{ actionId: 'act-1', timescale: '2025-07-31' }] });
      expect(escalation?.stageClocks.map((c) => [c.stage, c.recipientId, c.state])).toEqual([
        ['INFORMAL', TM_ID, 'ENDED_UNANSWERED'],
        ['FORMAL_STAGE_1', TM_ID, 'ENDED_UNANSWERED'],
        ['FORMAL_STAGE_2', HOS_ID, 'MET'],
        ['FORMAL_STAGE_3', DIRECTOR_ID, 'MET'],
      ]);
      // As at the end of June, stage 1 with the TM was overdue.
      expect((await listOverdueCrsEscalations(reads, { asOf: '2025-06-30T09:00:00Z', recipientId: TM_ID })).map((e) => e.clock?.stage)).toEqual(['FORMAL_STAGE_1']);
      expect(await listCrsEscalationsByRecipient(reads, DIRECTOR_ID, { status: 'RESOLVED' })).toHaveLength(1);
    });
  });
});
