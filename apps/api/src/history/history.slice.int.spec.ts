import { NO_STREAM, type EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { chainEvents, lastHashOf } from '../../../../libs/event-store/src/hash-chain.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../../../libs/read-store/src/projection-runner.js';
import { auditGradesHistory } from './audit-grades-history.js';
import { asOfInstant, historyReferencesProjection, historySubjectsProjection } from '../../../../projections/history-index/index.js';
import { caseHistory, recordHistory, staffHistory } from './history-timeline.js';

interface Fact {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly at: string;
  readonly actor: { readonly staffId: string; readonly role: string };
}

const AUDIT_ID = 'a0000000-0000-4000-8000-000000000001';
const AUDIT = `caseFileAudit-${AUDIT_ID}`;
const ACTION = 'remedialAction-r-1';
const DAY = 'themedAuditDay-d-1';
const AUDITOR = { staffId: 'tm-1', role: 'TEAM_MANAGER' };
const HOS = { staffId: 'hos-1', role: 'HEAD_OF_SERVICE' };
const SW = { staffId: 'sw-1', role: 'SOCIAL_WORKER' };

async function append(store: EventStore, streamId: string, ...facts: Fact[]): Promise<void> {
  const recorded = await store.readStream(streamId);
  const events = chainEvents(
    streamId,
    lastHashOf(recorded),
    facts.map((fact, i) => ({
      eventId: crypto.randomUUID(),
      type: fact.type,
      data: fact.data,
      metadata: { schemaVersion: 1, actor: fact.actor, now: fact.at, commandId: `c-${recorded.length + i}`, correlationId: 'k', causationId: 'k' },
    })),
  );
  await store.appendToStream(streamId, events, { expectedRevision: recorded.length === 0 ? NO_STREAM : recorded.length - 1 });
}

const grade = (criterion: number, value: string, at: string): Fact => ({
  type: 'CaseFileAuditCriterionGraded',
  data: { auditId: AUDIT_ID, criterion, grade: value, evaluation: `Evidence ${criterion}` },
  at,
  actor: AUDITOR,
});

// The history of a case, a person and a record on the embedded stores: events appended to SQLite
// with their hash chains, indexed by runToHead into the memory read store, read back from the log.
describe('History slice on SQLite and the memory read store (REP-3, CFA-9)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const stores = () => ({ events, reads });

  beforeAll(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    await append(events, AUDIT, {
      type: 'CaseFileAuditScheduled',
      data: { auditId: AUDIT_ID, azeusNumber: 'AZ-1', auditorId: 'tm-1', dueDate: '2025-06-30', teamId: 'team-1' },
      at: '2025-06-01T09:00:00.000Z',
      actor: AUDITOR,
    });
    await append(events, AUDIT, grade(8, 'GOOD', '2025-06-02T09:00:00.000Z'), grade(8, 'OUTSTANDING', '2025-06-02T09:30:00.000Z'), grade(3, 'GOOD', '2025-06-02T10:00:00.000Z'));
    await append(events, AUDIT, {
      type: 'CaseFileAuditKeyInformationRecorded',
      data: { auditId: AUDIT_ID, keyInformation: { socialWorkerId: 'sw-1', teamManagerId: 'tm-1' } },
      at: '2025-06-02T11:00:00.000Z',
      actor: AUDITOR,
    });
    await append(events, AUDIT, {
      type: 'CaseFileAuditSubmitted',
      data: { auditId: AUDIT_ID, overallGrade: 'GOOD', rationale: 'Good practice' },
      at: '2025-06-03T09:00:00.000Z',
      actor: AUDITOR,
    });
    // A themed audit day lists several cases: only its events naming AZ-1 are in AZ-1's history.
    await append(events, DAY, { type: 'ThemedAuditDayPlanned', data: { dayId: 'd-1', leadId: 'hos-1' }, at: '2025-06-04T09:00:00.000Z', actor: HOS });
    await append(events, DAY, { type: 'ThemedAuditRecorded', data: { dayId: 'd-1', azeusNumber: 'AZ-2' }, at: '2025-06-04T10:00:00.000Z', actor: HOS });
    await append(events, DAY, { type: 'ThemedAuditRecorded', data: { dayId: 'd-1', azeusNumber: 'AZ-1' }, at: '2025-06-04T11:00:00.000Z', actor: HOS });
    await append(
      events,
      AUDIT,
      {
        type: 'CaseFileAuditModerated',
        data: { auditId: AUDIT_ID, agreed: false, feedback: 'Criterion 8 overstated', moderatorId: 'hos-1', moderatorRole: 'HEAD_OF_SERVICE', auditorId: 'tm-1' },
        at: '2025-06-10T09:00:00.000Z',
        actor: HOS,
      },
      {
        type: 'CaseFileAuditGradeModerated',
        data: { auditId: AUDIT_ID, scope: 'CRITERION', criterion: 8, fromGrade: 'OUTSTANDING', toGrade: 'REQUIRES_IMPROVEMENT', reason: 'No measurable outcomes', moderatorId: 'hos-1' },
        at: '2025-06-10T09:00:00.000Z',
        actor: HOS,
      },
    );
    await append(events, ACTION, {
      type: 'RemedialActionRaised',
      data: { actionId: 'r-1', azeusNumber: 'AZ-1', ownerId: 'sw-1', managerId: 'tm-1', raisedBy: AUDITOR },
      at: '2025-06-11T09:00:00.000Z',
      actor: AUDITOR,
    });
    await append(events, ACTION, { type: 'RemedialActionCompleted', data: { actionId: 'r-1', completedBy: 'sw-1' }, at: '2025-07-01T09:00:00.000Z', actor: SW });
    await runToHead(events, reads, [historyReferencesProjection, historySubjectsProjection]);
  });

  afterAll(async () => {
    await events.close();
    await reads.close();
  });

  describe('When an inspector reads a case\'s history (REP-3)', () => {
    it('should list its audit, the day\'s event naming it and its action in log order, with who, every chain verified', async () => {
      const view = await caseHistory(stores(), 'AZ-1', null);
      expect(view.entries.map((e) => [e.type, e.actor?.staffId, e.concerns])).toEqual([
        ['CaseFileAuditScheduled', 'tm-1', ['azeusNumber']],
        ['CaseFileAuditCriterionGraded', 'tm-1', ['record']],
        ['CaseFileAuditCriterionGraded', 'tm-1', ['record']],
        ['CaseFileAuditCriterionGraded', 'tm-1', ['record']],
        ['CaseFileAuditKeyInformationRecorded', 'tm-1', ['record']],
        ['CaseFileAuditSubmitted', 'tm-1', ['record']],
        ['ThemedAuditRecorded', 'hos-1', ['azeusNumber']],
        ['CaseFileAuditModerated', 'hos-1', ['record']],
        ['CaseFileAuditGradeModerated', 'hos-1', ['record']],
        ['RemedialActionRaised', 'tm-1', ['azeusNumber']],
        ['RemedialActionCompleted', 'sw-1', ['record']],
      ]);
      expect(view.chainVerified).toBe(true);
      expect(view.streams.map((s) => [s.streamId, s.valid, s.events])).toEqual([
        [AUDIT, true, 8],
        [ACTION, true, 2],
        [DAY, true, 3],
      ]);
      const positions = view.entries.map((e) => BigInt(e.position));
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    });

    it('should show it as it stood at a date between two events: only the earlier ones (REP-3)', async () => {
      const view = await caseHistory(stores(), 'AZ-1', asOfInstant('2025-06-05'));
      expect(view.entries.map((e) => e.type)).toEqual([
        'CaseFileAuditScheduled',
        'CaseFileAuditCriterionGraded',
        'CaseFileAuditCriterionGraded',
        'CaseFileAuditCriterionGraded',
        'CaseFileAuditKeyInformationRecorded',
        'CaseFileAuditSubmitted',
        'ThemedAuditRecorded',
      ]);
      // The whole stream is verified, not only the part up to asOf.
      expect(view.streams.find((s) => s.streamId === AUDIT)).toMatchObject({ valid: true, events: 8 });
      expect(view.asOf).toBe('2025-06-05T23:59:59.999Z');
    });
  });

  describe('When an inspector reads a person\'s history (REP-3)', () => {
    it('should list what they recorded and what names them, with why', async () => {
      const view = await staffHistory(stores(), 'sw-1', null);
      expect(view.entries.map((e) => [e.type, e.concerns])).toEqual([
        ['CaseFileAuditKeyInformationRecorded', ['keyInformation.socialWorkerId']],
        ['RemedialActionRaised', ['ownerId']],
        ['RemedialActionCompleted', ['actor', 'completedBy']],
      ]);
      expect(view.chainVerified).toBe(true);
      const moderator = await staffHistory(stores(), 'hos-1', '2025-06-05T00:00:00.000Z');
      expect(moderator.entries.map((e) => e.type)).toEqual(['ThemedAuditDayPlanned', 'ThemedAuditRecorded', 'ThemedAuditRecorded']);
    });
  });

  describe('When an inspector reads a record\'s history (REP-3)', () => {
    it('should read the stream from the log with its chain, and nothing for an unknown one', async () => {
      const view = await recordHistory(stores(), ACTION, null);
      expect(view.entries.map((e) => [e.revision, e.type, e.summary])).toEqual([
        [0, 'RemedialActionRaised', 'Remedial action raised: case AZ-1'],
        [1, 'RemedialActionCompleted', 'Remedial action completed'],
      ]);
      expect(view.entries[0]!.data).toMatchObject({ actionId: 'r-1', ownerId: 'sw-1' });
      expect(view.chainVerified).toBe(true);
      expect(await recordHistory(stores(), 'remedialAction-none', null)).toMatchObject({ entries: [], chainVerified: true, streams: [{ events: 0, valid: true }] });
    });
  });

  describe('When the log no longer holds an event the index knows of (REP-3)', () => {
    it('should name the missing revision and not call the history verified, though what is left still chains', async () => {
      const cut: EventStore = Object.create(events, {
        readStream: { value: async (streamId: string) => (await events.readStream(streamId)).filter((e) => !(e.streamId === ACTION && e.revision === 1)) },
      });
      const view = await staffHistory({ events: cut, reads }, 'sw-1', null);
      expect(view.streams.find((s) => s.streamId === ACTION)).toMatchObject({ valid: true, missingRevisions: [1] });
      expect(view.chainVerified).toBe(false);
    });
  });

  describe('When an inspector reads an audit\'s grades (CFA-9)', () => {
    it('should show each criterion as first given, as submitted and as moderated, both versions kept', async () => {
      const view = (await auditGradesHistory(events, AUDIT_ID, null))!;
      expect(view).toMatchObject({ azeusNumber: 'AZ-1', submitted: true, chainVerified: true, moderation: { agreed: false, moderatorId: 'hos-1' } });
      expect(view.criteria[7]).toMatchObject({
        criterion: 8,
        firstGrade: 'GOOD',
        submittedGrade: 'OUTSTANDING',
        moderatedGrade: 'REQUIRES_IMPROVEMENT',
        changedByModeration: true,
      });
      expect(view.criteria[7]!.records.map((r) => [r.kind, r.grade, r.actor?.staffId])).toEqual([
        ['GIVEN', 'GOOD', 'tm-1'],
        ['GIVEN', 'OUTSTANDING', 'tm-1'],
        ['MODERATED', 'REQUIRES_IMPROVEMENT', 'hos-1'],
      ]);
      expect(view.criteria[2]).toMatchObject({ firstGrade: 'GOOD', submittedGrade: 'GOOD', moderatedGrade: 'GOOD', changedByModeration: false });
      expect(view.criteria[0]).toMatchObject({ firstGrade: null, submittedGrade: null, moderatedGrade: null });
      expect(view.overall).toMatchObject({ submittedGrade: 'GOOD', moderatedGrade: 'GOOD', changedByModeration: false });
    });

    it('should show the grades as they stood before moderation, and nothing for an unknown audit (CFA-9, REP-3)', async () => {
      const before = (await auditGradesHistory(events, AUDIT_ID, asOfInstant('2025-06-09')))!;
      expect(before.moderation).toBeNull();
      expect(before.criteria[7]).toMatchObject({ submittedGrade: 'OUTSTANDING', moderatedGrade: null, changedByModeration: false });
      expect(before.stream).toMatchObject({ valid: true, events: 8 });
      expect(await auditGradesHistory(events, 'a0000000-0000-4000-8000-00000000ffff', null)).toBeNull();
    });
  });
});
