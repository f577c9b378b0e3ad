import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { ProjectionBatch, type AnyProjection } from '../../libs/read-store/src/projection-batch.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { caseFileAuditStreamId, type Grade } from '../../libs/domain/src/index.js';
import type { RemedialActionDocument } from '../remedial-actions/remedial-actions.document.js';
import type { TeamDocument } from '../teams/teams.document.js';

/** Recorded events and stored documents for the learningThemes read models' tests. */

let nextPosition = 1n;

export function recordedOn(streamId: string, type: string, data: Record<string, unknown>, revision: number, now = '2026-03-10T09:00:00.000Z'): RecordedEvent {
  const position = nextPosition++;
  return {
    eventId: `${streamId}-${revision}-${position}`,
    type,
    data,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: 'staff-1', role: 'TEAM_MANAGER' },
      now,
      commandId: `command-${position}`,
      correlationId: `command-${position}`,
      causationId: `command-${position}`,
    },
    streamId,
    revision,
    position,
    created: new Date(now),
  };
}

/** Events of one stream, revisions from 0. */
export function streamOf(streamId: string, events: readonly (readonly [type: string, data: Record<string, unknown>])[]): RecordedEvent[] {
  return events.map(([type, data], revision) => recordedOn(streamId, type, data, revision));
}

export type AuditStory = {
  readonly auditId: string;
  readonly teamId?: string | null;
  readonly auditType?: string;
  readonly theme?: string | null;
  /** Criterion → grade; criteria not listed are marked not applicable. */
  readonly grades: Readonly<Record<number, Grade>>;
  readonly overall: Grade;
  readonly submittedAt: string;
  /** CFA-9: when moderated, and the grades it changed (criterion, or null for the overall grade). */
  readonly moderation?: { readonly at: string; readonly changes?: readonly (readonly [number | null, Grade])[] };
  readonly themes?: readonly string[];
};

/** A case file audit's life as recorded: scheduled, graded, submitted, then moderated and tagged. */
export function auditStream(story: AuditStory): RecordedEvent[] {
  const auditId = story.auditId;
  const events: [string, Record<string, unknown>][] = [
    [
      'CaseFileAuditScheduled',
      {
        auditId,
        azeusNumber: `AZ-${auditId}`,
        auditType: story.auditType ?? 'MONTHLY',
        auditorId: 'staff-tm-1',
        dueDate: '2026-03-31',
        teamId: story.teamId === undefined ? 'team-a' : story.teamId,
        theme: story.theme ?? null,
        scheduledAt: '2026-01-01T09:00:00.000Z',
      },
    ],
    ['CaseFileAuditStarted', { auditId, startedAt: '2026-01-02T09:00:00.000Z' }],
  ];
  for (let criterion = 1; criterion <= 16; criterion++) {
    const grade = story.grades[criterion];
    events.push(
      grade === undefined
        ? ['CaseFileAuditCriterionMarkedNotApplicable', { auditId, criterion, reason: 'Not relevant', markedAt: story.submittedAt }]
        : ['CaseFileAuditCriterionGraded', { auditId, criterion, evaluation: 'Evidence', grade, gradedAt: story.submittedAt }],
    );
  }
  events.push(['CaseFileAuditSubmitted', { auditId, overallGrade: story.overall, rationale: 'Rationale', submittedAt: story.submittedAt }]);
  if (story.moderation !== undefined) {
    const changes = story.moderation.changes ?? [];
    events.push([
      'CaseFileAuditModerated',
      { auditId, agreed: changes.length === 0, feedback: 'Feedback', moderatorId: 'staff-hos-1', moderatorRole: 'HEAD_OF_SERVICE', auditorId: 'staff-tm-1', teamId: story.teamId ?? null, moderatedAt: story.moderation.at },
    ]);
    for (const [criterion, toGrade] of changes) {
      const fromGrade = criterion === null ? story.overall : story.grades[criterion];
      events.push([
        'CaseFileAuditGradeModerated',
        { auditId, scope: criterion === null ? 'OVERALL' : 'CRITERION', criterion, fromGrade, toGrade, reason: 'Reason', moderatorId: 'staff-hos-1', moderatedAt: story.moderation.at },
      ]);
    }
  }
  if (story.themes !== undefined) {
    events.push([
      'CaseFileAuditLearningThemesTagged',
      { auditId, themes: story.themes, taggedBy: 'staff-tm-1', taggedByRole: 'TEAM_MANAGER', taggedAt: story.submittedAt },
    ]);
  }
  return streamOf(caseFileAuditStreamId(auditId), events);
}

/** Every grade of an audit the same, criteria 1..16. */
export function allGraded(grade: Grade): Record<number, Grade> {
  return Object.fromEntries(Array.from({ length: 16 }, (_, i) => [i + 1, grade]));
}

/** Runs the projections over the events, in order, as the projection runner would, and commits. */
export async function project(store: ReadStore, projections: readonly AnyProjection[], events: readonly RecordedEvent[]): Promise<void> {
  const ordered = [...events].sort((a, b) => (a.position < b.position ? -1 : 1));
  for (const projection of projections) {
    await store.defineCollection(projection.collection);
    const batch = new ProjectionBatch(projection, store, await store.checkpoint(`${projection.name}.v${projection.version}`));
    for (const event of ordered) await batch.apply(event);
    await batch.commit();
  }
}

export function team(teamId: string, name: string, history: readonly (readonly [serviceAreaId: string, from: string])[]): TeamDocument {
  return {
    id: teamId,
    teamId,
    name,
    serviceAreaId: history[history.length - 1]![0],
    status: 'ACTIVE',
    closedOn: null,
    serviceAreaHistory: history.map(([value, effectiveFrom]) => ({ value, effectiveFrom })),
    revision: 0,
    registeredAt: `${history[0]![1]}T00:00:00.000Z`,
    lastUpdatedAt: `${history[0]![1]}T00:00:00.000Z`,
  };
}

/** A remedial action as the remedialActions read model holds it: only its source, dates and status matter here. */
export function remedialAction(
  actionId: string,
  source: { kind: RemedialActionDocument['source']['kind']; id: string },
  options: { raisedAt: string; status?: RemedialActionDocument['status']; verifiedAt?: string | null },
): RemedialActionDocument {
  return {
    id: actionId,
    source: { ...source, submittedAt: options.raisedAt },
    sourceId: source.id,
    recommendationId: null,
    azeusNumber: null,
    teamId: null,
    ownerId: 'staff-sw-1',
    managerId: 'staff-tm-1',
    copyTo: [],
    description: 'An action',
    timescale: '2026-06-30',
    status: options.status ?? 'RAISED',
    revision: 0,
    raisedBy: null,
    raisedAt: options.raisedAt,
    notifications: [],
    acknowledgedAt: null,
    completedAt: null,
    evidence: null,
    verifiedBy: null,
    verifiedAt: options.verifiedAt ?? null,
    supervisionDate: null,
    supervisionSessionId: null,
    reopenings: [],
    lastUpdatedAt: options.raisedAt,
  };
}
