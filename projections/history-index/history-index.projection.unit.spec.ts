import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { chainEvents } from '../../libs/event-store/src/hash-chain.js';
import { ProjectionBatch, type AnyProjection } from '../../libs/read-store/src/projection-batch.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { HistoryReferencesDocument, HistorySubjectDocument } from './history-index.document.js';
import {
  HISTORY_REFERENCES_COLLECTION,
  evolveHistoryReferences,
  evolveHistorySubject,
  historyReferencesProjection,
  historySubjectsProjection,
} from './history-index.projection.js';
import { asOfInstant, subjectReferences } from './history-index.queries.js';

// Recorded, hash-chained events for these tests, as the command handler stores them.

interface Fact {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly at: string;
  readonly actor?: { readonly staffId: string; readonly role: string } | null;
}

class Log {
  private position = 100n;
  private readonly streams = new Map<string, RecordedEvent[]>();
  readonly all: RecordedEvent[] = [];

  /** Appends facts to a stream, chained, at the next positions. */
  append(streamId: string, ...facts: Fact[]): RecordedEvent[] {
    const existing = this.streams.get(streamId) ?? [];
    const last = existing[existing.length - 1];
    const chained = chainEvents(
      streamId,
      last === undefined ? null : (last.metadata['hash'] as string),
      facts.map((fact, i) => ({
        eventId: `${streamId}:${existing.length + i}`,
        type: fact.type,
        data: fact.data,
        metadata: {
          schemaVersion: 1,
          ...(fact.actor === null ? {} : { actor: fact.actor ?? { staffId: 'staff-sqa-0001', role: 'SQA_OFFICER' } }),
          now: fact.at,
          commandId: `command-${this.position + BigInt(i)}`,
          correlationId: `correlation-${streamId}`,
          causationId: `command-${this.position + BigInt(i)}`,
        },
      })),
    );
    const recorded = chained.map((event, i): RecordedEvent => {
      this.position += 1n;
      return { ...event, streamId, revision: existing.length + i, position: this.position, created: new Date(Date.parse(facts[i]!.at) + 1000) };
    });
    this.streams.set(streamId, [...existing, ...recorded]);
    this.all.push(...recorded);
    return recorded;
  }
}

/** Folds events through the real projection batch into a memory read store. */
async function project(reads: MemoryReadStore, events: readonly RecordedEvent[], projections: readonly AnyProjection[] = [historyReferencesProjection, historySubjectsProjection]): Promise<void> {
  for (const projection of projections) {
    await reads.defineCollection(projection.collection);
    const batch = new ProjectionBatch(projection, reads, await reads.checkpoint(`${projection.name}.v${projection.version}`));
    for (const event of events) await batch.apply(event);
    await batch.commit();
  }
}

const AUDIT = 'caseFileAudit-a-1';
const ACTION = 'remedialAction-r-1';
const AUDITOR = { staffId: 'tm-1', role: 'TEAM_MANAGER' };
const SW = { staffId: 'sw-1', role: 'SOCIAL_WORKER' };

function caseLog(): Log {
  const log = new Log();
  log.append(AUDIT, {
    type: 'CaseFileAuditScheduled',
    data: { auditId: 'a-1', azeusNumber: 'AZ-1', auditorId: 'tm-1', dueDate: '2025-06-30' },
    at: '2025-05-30T09:00:00.000Z',
    actor: AUDITOR,
  });
  log.append(AUDIT, { type: 'CaseFileAuditStarted', data: { auditId: 'a-1' }, at: '2025-06-02T09:00:00.000Z', actor: AUDITOR });
  log.append(ACTION, {
    type: 'RemedialActionRaised',
    data: { actionId: 'r-1', azeusNumber: 'AZ-1', ownerId: 'sw-1', managerId: 'tm-1', raisedBy: AUDITOR },
    at: '2025-06-03T09:00:00.000Z',
    actor: AUDITOR,
  });
  log.append(ACTION, { type: 'RemedialActionCompleted', data: { actionId: 'r-1', completedBy: 'sw-1' }, at: '2025-07-01T09:00:00.000Z', actor: SW });
  return log;
}

describe('historyReferences and historySubjects projections (REP-3)', () => {
  describe('When an event names a case and staff', () => {
    it('should file a reference under the case and each person for its month, and count it under the record', () => {
      const [raised] = caseLog().all.filter((e) => e.type === 'RemedialActionRaised');
      expect(historyReferencesProjection.documentIds(raised!)).toEqual(['case:AZ-1@2025-06', 'staff:tm-1@2025-06', 'staff:sw-1@2025-06']);
      expect(historySubjectsProjection.documentIds(raised!)).toEqual(['case:AZ-1', 'staff:tm-1', 'staff:sw-1', `record:${ACTION}`]);
      expect(historyReferencesProjection).toMatchObject({ name: 'historyReferences', version: 1, collection: { name: 'historyReferences.v1' } });
      expect(historySubjectsProjection).toMatchObject({ name: 'historySubjects', version: 1, collection: { name: 'historySubjects.v1' } });
    });
  });

  describe('When a case\'s events are indexed', () => {
    it('should keep each month\'s references in log order and the months under the subject', async () => {
      const reads = new MemoryReadStore();
      const log = caseLog();
      await project(reads, log.all);

      const { subject, references } = await subjectReferences(reads, 'case:AZ-1', null);
      expect(subject).toMatchObject({
        events: 2,
        months: [
          { month: '2025-05', events: 1 },
          { month: '2025-06', events: 1 },
        ],
        firstAt: '2025-05-30T09:00:00.000Z',
        lastAt: '2025-06-03T09:00:00.000Z',
      });
      // The Started event does not name the case: the case's history finds it through its record.
      expect(references.map((r) => [r.streamId, r.revision, r.type, r.actor?.staffId])).toEqual([
        [AUDIT, 0, 'CaseFileAuditScheduled', 'tm-1'],
        [ACTION, 0, 'RemedialActionRaised', 'tm-1'],
      ]);
      const sw = await subjectReferences(reads, 'staff:sw-1', null);
      expect(sw.references.map((r) => r.type)).toEqual(['RemedialActionRaised', 'RemedialActionCompleted']);
      expect((await subjectReferences(reads, `record:${ACTION}`, null)).subject).toMatchObject({ events: 2, months: [{ month: '2025-06' }, { month: '2025-07' }] });
    });

    it('should give only what was recorded by a date, as it stood then (REP-3)', async () => {
      const reads = new MemoryReadStore();
      await project(reads, caseLog().all);
      const june2 = await subjectReferences(reads, 'staff:tm-1', asOfInstant('2025-06-02'));
      expect(june2.references.map((r) => r.type)).toEqual(['CaseFileAuditScheduled', 'CaseFileAuditStarted']);
      const instant = await subjectReferences(reads, 'staff:tm-1', asOfInstant('2025-06-02T08:59:59.999Z'));
      expect(instant.references.map((r) => r.type)).toEqual(['CaseFileAuditScheduled']);
      expect(await subjectReferences(reads, 'case:AZ-404', null)).toEqual({ subject: null, references: [] });
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once, by position (REP-3)', () => {
      const events = caseLog().all;
      const once = events.reduce<HistoryReferencesDocument | null>((d, e) => evolveHistoryReferences(d, e), null);
      const twice = events.reduce<HistoryReferencesDocument | null>((d, e) => evolveHistoryReferences(evolveHistoryReferences(d, e), e), null);
      expect(twice).toEqual(once);
      const subjectOnce = events.reduce<HistorySubjectDocument | null>((d, e) => evolveHistorySubject(d, e), null);
      const subjectTwice = events.reduce<HistorySubjectDocument | null>((d, e) => evolveHistorySubject(evolveHistorySubject(d, e), e), null);
      expect(subjectTwice).toEqual(subjectOnce);
      expect(subjectOnce).toMatchObject({ events: 4 });
    });

    it('should not change a document through the batch when the log is read again from the start', async () => {
      const reads = new MemoryReadStore();
      const events = caseLog().all;
      await project(reads, events);
      const before = await reads.get(HISTORY_REFERENCES_COLLECTION.name, 'case:AZ-1@2025-06');
      // A fresh batch from no checkpoint redelivers everything to the documents already written.
      await reads.reset('historyReferences.v1', []);
      await project(reads, events, [historyReferencesProjection]);
      expect(await reads.get(HISTORY_REFERENCES_COLLECTION.name, 'case:AZ-1@2025-06')).toEqual(before);
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw, filing it under its record only, at the store\'s time', () => {
      const garbage: RecordedEvent = {
        eventId: 'e',
        type: 'CaseFileAuditStarted',
        data: 'garbage' as unknown as Record<string, unknown>,
        metadata: { now: 'not a time' },
        streamId: 'caseFileAudit-x',
        revision: 0,
        position: 7n,
        created: new Date('2025-06-12T10:00:00.000Z'),
      };
      expect(historyReferencesProjection.documentIds(garbage)).toEqual([]);
      expect(historySubjectsProjection.documentIds(garbage)).toEqual(['record:caseFileAudit-x']);
      expect(evolveHistorySubject(null, garbage)).toMatchObject({ events: 1, months: [{ month: '2025-06' }], lastPosition: '7' });
    });
  });

  describe('When a busy subject has a thousand events in one month (measured)', () => {
    it('should keep the month\'s document near 250 bytes a reference', () => {
      const log = new Log();
      for (let i = 0; i < 1000; i++) {
        log.append(`caseFileAudit-${'0'.repeat(8)}-0000-4000-8000-${String(i).padStart(12, '0')}`, {
          type: 'CaseFileAuditCriterionGraded',
          data: { auditId: String(i), criterion: 3, grade: 'GOOD', evaluation: 'x'.repeat(2000) },
          at: `2025-06-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00.000Z`,
          actor: { staffId: 'staff-tm-0042', role: 'TEAM_MANAGER' },
        });
      }
      const chunk = log.all.reduce<HistoryReferencesDocument | null>((d, e) => evolveHistoryReferences(d, e), null)!;
      const bytes = Buffer.byteLength(JSON.stringify(chunk));
      expect(chunk.references).toHaveLength(1000);
      // The event data (2 kB each here) stays in the log: the index holds references only.
      expect(bytes / 1000).toBeLessThan(300);
    });
  });

  describe('When asOf is read', () => {
    it('should take a date as the end of that day and an instant as given, refusing anything else', () => {
      expect(asOfInstant('2025-06-02')).toBe('2025-06-02T23:59:59.999Z');
      expect(asOfInstant('2025-06-02T10:00:00+01:00')).toBe('2025-06-02T09:00:00.000Z');
      expect(asOfInstant(null)).toBeNull();
      expect(() => asOfInstant('yesterday')).toThrow(RangeError);
    });
  });
});
