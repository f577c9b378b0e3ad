import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import {
  COMPLIANCE_CHECK_ITEMS,
  complianceAuditDecider,
  complianceAuditStreamId,
  type ComplianceAuditCommand,
} from '../../libs/domain/src/index.js';
import { SW_ID, TM_ID, metadata } from '../../libs/domain/src/compliance-audit/compliance-audit.fixtures.js';
import { complianceAuditsProjection } from './compliance-audits.projection.js';
import { complianceQuotaForSupervisee, getComplianceAudit, listComplianceAuditsBySupervisee } from './compliance-audits.queries.js';

// Compliance audits end to end on the embedded stores: commands through the one command handler
// into SQLite, folded by runToHead into the memory read store, read by the queries.
describe('Compliance audit slice on SQLite and the memory read store (CFA-4, CFA-5)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const on = (id: string, command: ComplianceAuditCommand) => handleCommand(events, complianceAuditStreamId(id), complianceAuditDecider, command);
  const at = (now: string) => metadata({ now });

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When a team manager completes two compliance audits before a supervision, one needing actions', () => {
    it('should owe none, hold the case note, and show the actions done once reviewed in supervision', async () => {
      for (const [id, notMet] of [['ca-1', []], ['ca-2', ['VISIT_IN_TIME']]] as const) {
        await on(id, {
          type: 'StartComplianceAudit',
          data: { complianceAuditId: id, azeusNumber: `AZ-${id}`, superviseeId: SW_ID, supervisionDate: '2025-06-20', supervisionSessionId: null },
          metadata: at('2025-06-10T09:00:00.000Z'),
        });
        for (const item of COMPLIANCE_CHECK_ITEMS) {
          const met = !(notMet as readonly string[]).includes(item);
          await on(id, { type: 'RecordComplianceCheck', data: { complianceAuditId: id, item, met, comment: met ? null : 'Last visit 19 days ago' }, metadata: at('2025-06-10T09:30:00.000Z') });
        }
      }
      await expect(on('ca-2', { type: 'CompleteComplianceAudit', data: { complianceAuditId: 'ca-2' }, metadata: at('2025-06-10T10:00:00.000Z') })).rejects.toMatchObject({
        code: 'COMPLIANCE_AUDIT.CASE_NOTE_REQUIRED',
        rule: 'CFA-5',
      });
      await on('ca-2', {
        type: 'RecordManagementDirectionCaseNote',
        data: { complianceAuditId: 'ca-2', note: 'Visit the child this week', actions: [{ actionId: 'v-1', description: 'Statutory visit', timescale: '2025-06-13' }] },
        metadata: at('2025-06-10T10:00:00.000Z'),
      });
      for (const id of ['ca-1', 'ca-2']) await on(id, { type: 'CompleteComplianceAudit', data: { complianceAuditId: id }, metadata: at('2025-06-11T10:00:00.000Z') });

      await runToHead(events, reads, [complianceAuditsProjection]);
      expect(await complianceQuotaForSupervisee(reads, SW_ID, { upcomingSupervisionDate: '2025-06-20', previousSupervisionDate: '2025-05-20' })).toMatchObject({
        counted: ['ca-1', 'ca-2'],
        owed: 0,
        met: true,
      });
      expect(await getComplianceAudit(reads, 'ca-2')).toMatchObject({ auditorId: TM_ID, caseNoteState: 'RECORDED', actionsState: 'OPEN', itemsNotMet: ['VISIT_IN_TIME'] });

      await on('ca-2', {
        type: 'ReviewComplianceActionsInSupervision',
        data: { complianceAuditId: 'ca-2', supervisionDate: '2025-06-20', outcomes: [{ actionId: 'v-1', completed: true }] },
        metadata: at('2025-06-20T15:00:00.000Z'),
      });
      await runToHead(events, reads, [complianceAuditsProjection]);
      expect((await listComplianceAuditsBySupervisee(reads, SW_ID, { asOf: '2025-06-21' })).map((a) => [a.id, a.status, a.actionsState, a.overdue])).toEqual([
        ['ca-1', 'COMPLETED', 'NONE', false],
        ['ca-2', 'COMPLETED', 'ALL_COMPLETED', false],
      ]);
    });
  });
});
