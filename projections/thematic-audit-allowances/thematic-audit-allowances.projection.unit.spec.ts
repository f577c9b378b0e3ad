import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { caseFileAuditStreamId, thematicAuditAllowanceStreamId, type CaseFileAuditEvent } from '../../libs/domain/src/index.js';
import { AP_ID, NOW, THEME, YEAR, auditIdOf, claimed, released } from '../../libs/domain/src/thematic-audit-allowance/thematic-audit-allowance.fixtures.js';
import { fold, recorded } from '../staff/people.test-support.js';
import type { ThematicAuditAllowanceDocument } from './thematic-audit-allowances.document.js';
import {
  THEMATIC_AUDIT_ALLOWANCES_COLLECTION,
  evolveThematicAuditAllowanceDocument,
  thematicAuditAllowancesProjection,
} from './thematic-audit-allowances.projection.js';
import {
  getThematicAuditAllowance,
  listThematicAuditAllowances,
  listThematicAuditsWithoutSlot,
  listUnscheduledThematicClaims,
} from './thematic-audit-allowances.queries.js';

const ALLOWANCE = thematicAuditAllowanceStreamId(AP_ID, YEAR);
const SCHEDULED_AT = '2025-03-03T09:00:01.000Z';

function scheduled(auditId: string, overrides: Partial<Extract<CaseFileAuditEvent, { type: 'CaseFileAuditScheduled' }>['data']> = {}): RecordedEvent {
  const event: CaseFileAuditEvent = {
    type: 'CaseFileAuditScheduled',
    data: {
      auditId,
      azeusNumber: 'AZ-104233',
      auditType: 'THEMATIC',
      auditorId: AP_ID,
      dueDate: '2025-09-30',
      teamId: 'team-north-1',
      theme: THEME,
      scheduledAt: SCHEDULED_AT,
      ...overrides,
    },
  };
  return recorded(caseFileAuditStreamId(auditId), event, 0);
}

/** Four slots claimed, three audits scheduled, one left behind, one released and re-used, one scheduled without a slot. */
function history(): RecordedEvent[] {
  let revision = 0;
  const onAllowance = (event: Parameters<typeof recorded>[1]) => recorded(ALLOWANCE, event, revision++);
  return [
    onAllowance(claimed(1)),
    scheduled(auditIdOf(1)),
    onAllowance(claimed(2)),
    onAllowance(claimed(3)),
    scheduled(auditIdOf(3)),
    onAllowance(released(2)),
    onAllowance(claimed(4)),
    scheduled(auditIdOf(4)),
    onAllowance(claimed(5)),
    scheduled('thematic-without-slot'),
    scheduled('monthly-1', { auditType: 'MONTHLY' }),
  ];
}

describe('thematicAuditAllowances projection (CFA-3)', () => {
  it('should be thematicAuditAllowances v1, handling the allowance events and thematic audits scheduled', () => {
    expect(thematicAuditAllowancesProjection).toMatchObject({ name: 'thematicAuditAllowances', version: 1, collection: { name: 'thematicAuditAllowances.v1' } });
    expect([...thematicAuditAllowancesProjection.handles].sort()).toEqual(['CaseFileAuditScheduled', 'ThematicAuditSlotClaimed', 'ThematicAuditSlotReleased']);
    const [claim] = history();
    expect(thematicAuditAllowancesProjection.documentIds(claim!)).toEqual([`${AP_ID}-2025`]);
    expect(thematicAuditAllowancesProjection.documentIds(scheduled('x', { dueDate: '2026-01-10' }))).toEqual([`${AP_ID}-2026`]);
    expect(thematicAuditAllowancesProjection.documentIds(scheduled('x', { auditType: 'RANDOM_SAMPLE' }))).toEqual([]);
  });

  describe('When slots are claimed, scheduled, released and claimed again', () => {
    it('should show used and remaining, each slot with its schedule, and the audit scheduled without a slot', () => {
      const document = fold(evolveThematicAuditAllowanceDocument, history())!;
      expect(document).toMatchObject({
        id: `${AP_ID}-2025`,
        auditorId: AP_ID,
        year: 2025,
        yearKey: '2025',
        cap: 4,
        used: 4,
        remaining: 0,
        claimsAwaitingSchedule: 'YES',
        auditsWithoutSlot: 'YES',
      });
      expect(document.slots.map((s) => [s.auditId, s.scheduledAt])).toEqual([
        [auditIdOf(1), SCHEDULED_AT],
        [auditIdOf(3), SCHEDULED_AT],
        [auditIdOf(4), SCHEDULED_AT],
        [auditIdOf(5), null],
      ]);
      expect(document.released).toEqual([
        { auditId: auditIdOf(2), reason: 'Scheduling did not complete', auditStatus: 'NOT_SCHEDULED', releasedBy: AP_ID, releasedAt: NOW },
      ]);
      expect(document.scheduledWithoutSlot).toEqual([{ auditId: 'thematic-without-slot', theme: THEME, dueDate: '2025-09-30', scheduledAt: SCHEDULED_AT }]);
    });
  });

  describe('When an audit is scheduled before its slot is claimed', () => {
    it('should move it from without a slot into the slot once claimed', () => {
      const document = fold(evolveThematicAuditAllowanceDocument, [scheduled(auditIdOf(1)), recorded(ALLOWANCE, claimed(1), 0)])!;
      expect(document).toMatchObject({ used: 1, scheduledWithoutSlot: [], auditsWithoutSlot: 'NO', claimsAwaitingSchedule: 'NO' });
      expect(document.slots[0]).toMatchObject({ auditId: auditIdOf(1), scheduledAt: SCHEDULED_AT });
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once, across the allowance stream and the audit streams', () => {
      const events = history();
      const twice = events.reduce<ThematicAuditAllowanceDocument | null>(
        (d, e) => evolveThematicAuditAllowanceDocument(evolveThematicAuditAllowanceDocument(d, e), e),
        null,
      );
      expect(twice).toEqual(fold(evolveThematicAuditAllowanceDocument, events));
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw', () => {
      expect(evolveThematicAuditAllowanceDocument(null, recorded(ALLOWANCE, { type: 'ThematicAuditSlotClaimed', data: 'garbage' }, 0))).toBeNull();
      expect(evolveThematicAuditAllowanceDocument(null, recorded(ALLOWANCE, { type: 'ThematicAuditSlotReleased', data: {} }, 0))).toBeNull();
      expect(evolveThematicAuditAllowanceDocument(null, scheduled('x', { dueDate: 'soon' }))).toBeNull();
    });
  });

  describe('When allowances are queried', () => {
    async function store(): Promise<MemoryReadStore> {
      const reads = new MemoryReadStore();
      await reads.defineCollection(THEMATIC_AUDIT_ALLOWANCES_COLLECTION);
      const document = fold(evolveThematicAuditAllowanceDocument, history());
      await reads.commit('thematicAuditAllowances.v1', null, 1n, [{ collection: THEMATIC_AUDIT_ALLOWANCES_COLLECTION.name, id: document!.id, document }]);
      return reads;
    }

    it('should answer used and remaining for an auditor-year, all four free when nothing is recorded (CFA-3)', async () => {
      const reads = await store();
      expect(await getThematicAuditAllowance(reads, AP_ID, 2025)).toMatchObject({ used: 4, remaining: 0 });
      expect(await getThematicAuditAllowance(reads, AP_ID, 2026)).toMatchObject({ auditorId: AP_ID, year: 2026, used: 0, remaining: 4, slots: [] });
      expect((await listThematicAuditAllowances(reads, 2025)).map((d) => d.id)).toEqual([`${AP_ID}-2025`]);
      expect(await listThematicAuditAllowances(reads, 2024)).toEqual([]);
    });

    it('should list claims left unscheduled past the grace period, and audits scheduled without a slot', async () => {
      const reads = await store();
      expect(await listUnscheduledThematicClaims(reads, { asOf: '2025-03-03T09:10:00.000Z', graceMinutes: 15 })).toEqual([]);
      expect(await listUnscheduledThematicClaims(reads, { asOf: '2025-03-03T09:20:00.000Z', graceMinutes: 15 })).toEqual([
        { auditId: auditIdOf(5), theme: THEME, dueDate: '2025-09-30', claimedBy: AP_ID, claimedAt: NOW, scheduledAt: null, auditorId: AP_ID, year: 2025 },
      ]);
      expect((await listThematicAuditsWithoutSlot(reads)).map((d) => d.scheduledWithoutSlot.map((a) => a.auditId))).toEqual([['thematic-without-slot']]);
    });
  });
});
