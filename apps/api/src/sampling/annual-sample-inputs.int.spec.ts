import { handleCommand } from '../../../../libs/command-handling/src/command-handler.js';
import { caseDecider, caseStreamId, type CaseCommand } from '../../../../libs/domain/src/case/index.js';
import { caseFileAuditStreamId, type CaseFileAuditEvent } from '../../../../libs/domain/src/case-file-audit/index.js';
import type { CommandMetadata } from '../../../../libs/domain/src/shared/decider.js';
import { staffMemberDecider, staffMemberStreamId, type StaffMemberCommand } from '../../../../libs/domain/src/staff/index.js';
import { events as auditEvents, startedWithKeyInformation, submittedAudit } from '../../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { eventIdFor } from '../../../../libs/event-store/src/event-ids.js';
import { NO_STREAM } from '../../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../../../libs/read-store/src/projection-runner.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { casesProjection } from '../../../../projections/cases/index.js';
import { staffProjection } from '../../../../projections/staff/index.js';
import { annualSampleAllocationInputs, annualSampleFrame, generateSeed } from './annual-sample-inputs.js';

// The inputs of the annual sample's commands, gathered from the read models the service keeps:
// recorded through the one command handler into SQLite, projected into the memory read store.

let sequence = 0;
function metadata(now = '2025-06-12T09:00:00.000Z'): CommandMetadata {
  sequence += 1;
  const commandId = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  return { actor: { staffId: 'sqam-001', role: 'SQA_MANAGER' }, now, commandId, correlationId: commandId, causationId: commandId };
}

describe('Inputs of the annual sample from the read models (CFA-1)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  const onCase = (command: Omit<CaseCommand, 'metadata'>, now?: string) =>
    handleCommand(events, caseStreamId((command.data as { azeusNumber: string }).azeusNumber), caseDecider, { ...command, metadata: metadata(now) } as CaseCommand);
  const onStaff = (command: Omit<StaffMemberCommand, 'metadata'>) =>
    handleCommand(events, staffMemberStreamId((command.data as { staffId: string }).staffId), staffMemberDecider, { ...command, metadata: metadata() } as StaffMemberCommand);

  /** An audit of a case, as its recorded events, submitted on `submittedOn` or still in progress. */
  async function recordAudit(auditId: string, azeusNumber: string, submittedOn: string | null): Promise<void> {
    const history: CaseFileAuditEvent[] = submittedOn === null ? startedWithKeyInformation() : [...submittedAudit().slice(0, -1), auditEvents.submitted('GOOD', 'Good', `${submittedOn}T15:00:00.000Z`)];
    const retargeted = history.map((event) => ({
      eventId: eventIdFor(`${auditId}-command`, sequence++),
      type: event.type,
      data: { ...event.data, auditId, ...(event.type === 'CaseFileAuditScheduled' ? { azeusNumber } : {}) },
      metadata: { schemaVersion: 1, now: '2025-06-12T09:00:00.000Z' },
    }));
    await events.appendToStream(caseFileAuditStreamId(auditId), retargeted, { expectedRevision: NO_STREAM });
  }

  async function project(): Promise<void> {
    await runToHead(events, reads, [casesProjection, caseFileAuditsProjection, staffProjection]);
  }

  describe("When the year's caseload has audited, closed and later cases", () => {
    it('should frame the cases open at any time in the year, each with the day of its latest submitted audit', async () => {
      await onCase({ type: 'OpenCase', data: { azeusNumber: 'AZ-1', category: 'CIN', teamId: 'north', allocatedWorkerId: null, openedOn: '2024-03-01' } });
      await onCase({ type: 'OpenCase', data: { azeusNumber: 'AZ-2', category: 'CP', teamId: 'east', allocatedWorkerId: null, openedOn: '2023-05-01' } });
      await onCase({ type: 'CloseCase', data: { azeusNumber: 'AZ-2', closedOn: '2023-12-20' } });
      await onCase({ type: 'OpenCase', data: { azeusNumber: 'AZ-3', category: 'LAC', teamId: 'care', allocatedWorkerId: null, openedOn: '2023-01-09' } });
      await onCase({ type: 'CloseCase', data: { azeusNumber: 'AZ-3', closedOn: '2024-02-01' } });
      // AZ-1: audited twice, the later one counts; AZ-3: an audit in progress does not count.
      await recordAudit('a0000000-0000-4000-8000-000000000001', 'AZ-1', '2024-04-10');
      await recordAudit('a0000000-0000-4000-8000-000000000002', 'AZ-1', '2024-11-02');
      await recordAudit('a0000000-0000-4000-8000-000000000003', 'AZ-3', null);
      await project();

      expect(await annualSampleFrame(reads, 2024)).toEqual([
        { azeusNumber: 'AZ-1', teamId: 'north', category: 'CIN', lastAuditedOn: '2024-11-02' },
        { azeusNumber: 'AZ-3', teamId: 'care', category: 'LAC', lastAuditedOn: null },
      ]);
      expect(await annualSampleFrame(reads, 2023)).toEqual([
        { azeusNumber: 'AZ-2', teamId: 'east', category: 'CP', lastAuditedOn: null },
        { azeusNumber: 'AZ-3', teamId: 'care', category: 'LAC', lastAuditedOn: null },
      ]);
    });
  });

  describe('When the sample is to be allocated', () => {
    it("should list the TMs and APs in post as auditors, and each case's worker and their line manager on the day", async () => {
      const register = (staffId: string, role: string, lineManagerId: string | null, startDate = '2020-01-06') =>
        onStaff({ type: 'RegisterStaffMember', data: { staffId, name: staffId, role, teamId: 'north', lineManagerId, startDate } });
      await register('hos-1', 'HEAD_OF_SERVICE', null);
      await register('tm-1', 'TEAM_MANAGER', 'hos-1');
      await register('ap-1', 'ADVANCED_PRACTITIONER', 'tm-1');
      await register('ap-2', 'ADVANCED_PRACTITIONER', 'tm-1', '2026-01-05');
      await register('sw-1', 'SOCIAL_WORKER', 'ap-1');
      await onStaff({ type: 'ChangeLineManager', data: { staffId: 'sw-1', lineManagerId: 'tm-1', effectiveFrom: '2025-07-01' } });
      await onCase({ type: 'OpenCase', data: { azeusNumber: 'AZ-1', category: 'CIN', teamId: 'north', allocatedWorkerId: 'sw-1', openedOn: '2024-03-01' } });
      await onCase({ type: 'OpenCase', data: { azeusNumber: 'AZ-2', category: 'CP', teamId: 'north', allocatedWorkerId: null, openedOn: '2024-03-01' } });
      await project();

      const june = await annualSampleAllocationInputs(reads, ['AZ-1', 'AZ-2', 'AZ-9'], '2025-06-15');
      expect(june.auditors).toEqual([
        { staffId: 'tm-1', teamId: 'north', lineManagerId: 'hos-1' },
        { staffId: 'ap-1', teamId: 'north', lineManagerId: 'tm-1' },
      ]);
      expect(june.caseWorkers).toEqual([
        { azeusNumber: 'AZ-1', allocatedWorkerId: 'sw-1', allocatedWorkerLineManagerId: 'ap-1' },
        { azeusNumber: 'AZ-2', allocatedWorkerId: null, allocatedWorkerLineManagerId: null },
        { azeusNumber: 'AZ-9', allocatedWorkerId: null, allocatedWorkerLineManagerId: null },
      ]);
      const july = await annualSampleAllocationInputs(reads, ['AZ-1'], '2025-07-01');
      expect(july.caseWorkers).toEqual([{ azeusNumber: 'AZ-1', allocatedWorkerId: 'sw-1', allocatedWorkerLineManagerId: 'tm-1' }]);
    });
  });

  describe('When a seed is generated', () => {
    it('should be 128 bits of hex, different each time', () => {
      const seeds = new Set([generateSeed(), generateSeed(), generateSeed()]);
      expect(seeds.size).toBe(3);
      for (const seed of seeds) expect(seed).toMatch(/^[0-9a-f]{32}$/);
    });
  });
});
