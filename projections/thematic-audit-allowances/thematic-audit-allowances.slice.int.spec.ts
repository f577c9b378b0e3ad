import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import {
  DomainError,
  caseFileAuditDecider,
  caseFileAuditStreamId,
  thematicAuditAllowanceDecider,
  thematicAuditAllowanceStreamId,
  thematicAuditYear,
  type CaseFileAuditCommand,
} from '../../libs/domain/src/index.js';
import { AP_ID, THEME, auditIdOf, claim, metadata, release } from '../../libs/domain/src/thematic-audit-allowance/thematic-audit-allowance.fixtures.js';
import { thematicAuditAllowancesProjection } from './thematic-audit-allowances.projection.js';
import { getThematicAuditAllowance, listUnscheduledThematicClaims } from './thematic-audit-allowances.queries.js';

// The CFA-3 cap end to end on the embedded stores: the allowance and the case file audits through
// the one command handler into SQLite, in the order the API uses them, folded by runToHead.
describe('Thematic audit cap slice on SQLite and the memory read store (CFA-3)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const DUE = '2025-09-30';
  const allowance = thematicAuditAllowanceStreamId(AP_ID, thematicAuditYear(DUE));

  const schedule = (n: number): CaseFileAuditCommand => ({
    type: 'ScheduleCaseFileAudit',
    data: { auditId: auditIdOf(n), azeusNumber: `AZ-${n}`, auditType: 'THEMATIC', auditorId: AP_ID, dueDate: DUE, theme: THEME },
    metadata: metadata(),
  });
  /** What the API does for "schedule a thematic audit": claim, then schedule with the same audit id. */
  async function scheduleThematic(n: number): Promise<void> {
    await handleCommand(events, allowance, thematicAuditAllowanceDecider, claim(n, { dueDate: DUE }));
    await handleCommand(events, caseFileAuditStreamId(auditIdOf(n)), caseFileAuditDecider, schedule(n));
  }

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When an advanced practitioner has four thematic audits scheduled in the year', () => {
    it('should refuse the fifth before anything is scheduled, naming CFA-3, and show none remaining', async () => {
      for (const n of [1, 2, 3, 4]) await scheduleThematic(n);

      const refusal = handleCommand(events, allowance, thematicAuditAllowanceDecider, claim(5, { dueDate: DUE }));
      await expect(refusal).rejects.toBeInstanceOf(DomainError);
      await expect(refusal).rejects.toMatchObject({ code: 'THEMATIC_AUDIT_ALLOWANCE.CAP_REACHED', kind: 'CONFLICT', rule: 'CFA-3' });
      expect(await events.readStream(caseFileAuditStreamId(auditIdOf(5)))).toEqual([]);

      // A retried request for a held audit (a new command id) appends nothing.
      expect(await handleCommand(events, allowance, thematicAuditAllowanceDecider, claim(4, { dueDate: DUE }))).toMatchObject({ appended: 0 });

      await runToHead(events, reads, [thematicAuditAllowancesProjection]);
      expect(await getThematicAuditAllowance(reads, AP_ID, 2025)).toMatchObject({
        used: 4,
        remaining: 0,
        claimsAwaitingSchedule: 'NO',
        auditsWithoutSlot: 'NO',
      });
    });
  });

  describe('When a request failed between claiming and scheduling', () => {
    it('should list the slot left behind, give it back once the audit is found never scheduled, and let the year be used in full', async () => {
      for (const n of [1, 2, 3]) await scheduleThematic(n);
      await handleCommand(events, allowance, thematicAuditAllowanceDecider, claim(4, { dueDate: DUE }));
      // ...the process stopped here: audit 4 was never scheduled.

      await runToHead(events, reads, [thematicAuditAllowancesProjection]);
      const leftBehind = await listUnscheduledThematicClaims(reads, { asOf: '2025-03-03T10:00:00.000Z', graceMinutes: 15 });
      expect(leftBehind.map((c) => c.auditId)).toEqual([auditIdOf(4)]);

      // The sweep reads the audit's stream before giving the slot back; a scheduled audit keeps its slot.
      const statusOf = async (auditId: string) => ((await events.readStream(caseFileAuditStreamId(auditId))).length === 0 ? 'NOT_SCHEDULED' : 'SCHEDULED');
      await expect(handleCommand(events, allowance, thematicAuditAllowanceDecider, release(3, await statusOf(auditIdOf(3))))).rejects.toMatchObject({
        code: 'THEMATIC_AUDIT_ALLOWANCE.SLOT_IN_USE',
      });
      await handleCommand(events, allowance, thematicAuditAllowanceDecider, release(4, await statusOf(auditIdOf(4))));

      await scheduleThematic(6);
      await expect(handleCommand(events, allowance, thematicAuditAllowanceDecider, claim(7, { dueDate: DUE }))).rejects.toMatchObject({
        code: 'THEMATIC_AUDIT_ALLOWANCE.CAP_REACHED',
      });

      await runToHead(events, reads, [thematicAuditAllowancesProjection]);
      const year = await getThematicAuditAllowance(reads, AP_ID, 2025);
      expect(year).toMatchObject({ used: 4, remaining: 0, claimsAwaitingSchedule: 'NO' });
      expect(year.slots.map((s) => s.auditId)).toEqual([1, 2, 3, 6].map(auditIdOf));
      expect(year.released.map((r) => [r.auditId, r.auditStatus])).toEqual([[auditIdOf(4), 'NOT_SCHEDULED']]);
    });
  });
});
