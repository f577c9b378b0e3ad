import { randomUUID } from 'node:crypto';
import { ANY, type EventStore, type NewEvent } from '../../../event-store/src/event-store.port.js';
import { CRITERION_NUMBERS, GRADES, caseFileAuditStreamId } from '../../../domain/src/index.js';
import { events as auditEvents } from '../../../domain/src/testing/case-file-audit.fixtures.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import type { AnyProjection } from '../projection-batch.js';
import { probeHappened, probeRemoved, probeStreamId, probeUnrelated, streamLastWriterProjection, streamTallyProjection } from './probe-projections.js';

/** What the crash test projects: the two probes and the real case file audit read model. */
export const CRASH_TEST_PROJECTIONS: readonly AnyProjection[] = [streamTallyProjection, streamLastWriterProjection, caseFileAuditsProjection];

export interface CrashTestHistoryShape {
  readonly probeStreams: number;
  /** Appends per probe stream, taken in rounds so streams interleave and documents are updated many times. */
  readonly rounds: number;
  readonly eventsPerAppend: number;
  readonly audits: number;
}

/**
 * Records a history with many updates to the same documents, interleaved across streams: probe
 * streams in three categories (a few removed at the end), unrelated events no projection handles,
 * and case file audits from scheduled to submitted.
 */
export async function recordCrashTestHistory(store: EventStore, shape: CrashTestHistoryShape): Promise<void> {
  const categories = ['probeAlpha', 'probeBeta', 'probeGamma'];
  const probes = Array.from({ length: shape.probeStreams }, (_, i) => probeStreamId(categories[i % categories.length]!));
  const audits = Array.from({ length: shape.audits }, (_, i) => auditHistory(i));
  const auditChunks = Math.max(1, shape.rounds);

  for (let round = 0; round < shape.rounds; round += 1) {
    for (const [i, streamId] of probes.entries()) {
      const batch = Array.from({ length: shape.eventsPerAppend }, (_, n) => probeHappened(`round ${round}, event ${n}, stream ${i} — «ünïcødé» <ok>`));
      await store.appendToStream(streamId, batch, { expectedRevision: ANY });
      if (i % 10 === 0) await store.appendToStream(probeStreamId('unrelated'), [probeUnrelated()], { expectedRevision: ANY });
    }
    for (const audit of audits) {
      const size = Math.ceil(audit.events.length / auditChunks);
      const chunk = audit.events.slice(round * size, (round + 1) * size);
      if (chunk.length > 0) await store.appendToStream(audit.streamId, chunk, { expectedRevision: ANY });
    }
  }
  for (const streamId of probes.filter((_, i) => i % 25 === 0)) {
    await store.appendToStream(streamId, [probeRemoved()], { expectedRevision: ANY });
  }
  await store.appendToStream(probeStreamId('unrelated'), [probeUnrelated()], { expectedRevision: ANY });
}

function auditHistory(i: number): { streamId: string; events: NewEvent[] } {
  const auditId = randomUUID();
  const grade = (n: number) => GRADES[(i + n) % GRADES.length]!;
  const domainEvents: Array<{ type: string; data: Record<string, unknown> }> = [
    auditEvents.scheduled({ auditorId: `staff-${i % 5}`, teamId: `team-${i % 3}`, dueDate: `2025-07-${String((i % 28) + 1).padStart(2, '0')}` }),
    auditEvents.started(),
    auditEvents.keyInformationRecorded(),
    ...CRITERION_NUMBERS.map((n) => auditEvents.criterionGraded(n, grade(n))),
    // A criterion changed before submission: the document must show the last grade.
    auditEvents.criterionGraded(3, grade(7), 'Regraded after a second look at the file'),
  ];
  if (i % 2 === 0) {
    domainEvents.push(
      auditEvents.familyFeedbackRecorded(),
      auditEvents.workerCommentsRecorded(),
      auditEvents.recommendationAdded(`rec-${i}`),
      auditEvents.summaryRecorded(),
      auditEvents.submitted(grade(i), 'Rationale for the overall grade'),
    );
  }
  const events = domainEvents.map((event, n) => {
    const commandId = randomUUID();
    return {
      eventId: randomUUID(),
      type: event.type,
      data: { ...event.data, auditId },
      metadata: {
        schemaVersion: 1,
        actor: { staffId: `staff-${i % 5}`, role: 'TEAM_MANAGER' },
        now: new Date(Date.UTC(2025, 5, 1, 9, n)).toISOString(),
        commandId,
        correlationId: commandId,
        causationId: commandId,
      },
    };
  });
  return { streamId: caseFileAuditStreamId(auditId), events };
}
