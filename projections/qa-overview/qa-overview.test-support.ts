import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import {
  learningInputStreamId,
  remedialActionStreamId,
  serviceAreaStreamId,
  staffMemberStreamId,
  supervisionLearningSummaryStreamId,
  teamStreamId,
} from '../../libs/domain/src/index.js';
import { actionEvents } from '../../libs/domain/src/remedial-action/remedial-action.fixtures.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { ALL_PROJECTIONS } from '../index.js';
import { allGraded, auditStream, project } from '../learning-themes/learning-themes.test-support.js';

/**
 * A first quarter of 2026 as recorded: a service area, two teams, a TM, an AP and a Head of Service;
 * case file audits submitted in February and March (one late, submitted in April); an action raised
 * in March and verified in April; the HoS's SUP-6 summary for the quarter submitted in April.
 */

type Step = { readonly streamId: string; readonly type: string; readonly data: Record<string, unknown>; readonly at: string };

const firstInstant = (data: Record<string, unknown>): string | null => {
  for (const [key, value] of Object.entries(data)) if (key.endsWith('At') && typeof value === 'string') return value;
  return null;
};

/** Recorded events, positions from 1 in the order given; each recorded at its step's time. */
export function recordAll(steps: readonly Step[]): RecordedEvent[] {
  const revisions = new Map<string, number>();
  return steps.map((step, i) => {
    const revision = revisions.get(step.streamId) ?? 0;
    revisions.set(step.streamId, revision + 1);
    const position = BigInt(i + 1);
    return {
      eventId: `${step.streamId}-${revision}`,
      type: step.type,
      data: step.data,
      metadata: {
        schemaVersion: 1,
        actor: { staffId: 'sqa-1', role: 'SQA_MANAGER' },
        now: step.at,
        commandId: `command-${position}`,
        correlationId: `command-${position}`,
        causationId: `command-${position}`,
      },
      streamId: step.streamId,
      revision,
      position,
      created: new Date(step.at),
    };
  });
}

const stepsOf = (events: readonly RecordedEvent[]): Step[] =>
  events.map((e) => ({ streamId: e.streamId, type: e.type, data: e.data as Record<string, unknown>, at: firstInstant(e.data as Record<string, unknown>) ?? '2026-01-01T09:00:00.000Z' }));

const SETUP_AT = '2025-12-01T09:00:00.000Z';

function staff(staffId: string, name: string, role: string, teamId: string | null, lineManagerId: string | null): Step {
  return {
    streamId: staffMemberStreamId(staffId),
    type: 'StaffMemberRegistered',
    data: { staffId, name, role, teamId, lineManagerId, startDate: '2024-01-01', inAsye: false, needsPerformanceSupport: false, registeredAt: SETUP_AT },
    at: SETUP_AT,
  };
}

function action(actionId: string, raisedAt: string, timescale: string, steps: readonly (readonly [type: string, data: Record<string, unknown>])[] = []): Step[] {
  const raised = actionEvents.raised({
    actionId,
    source: { kind: 'CASE_FILE_AUDIT', id: 'a-mar', submittedAt: raisedAt },
    teamId: 'team-a',
    ownerId: 'sw-1',
    managerId: 'staff-tm-1',
    copyTo: [],
    timescale,
    raisedAt,
  });
  return [
    { streamId: remedialActionStreamId(actionId), type: raised.type, data: raised.data as Record<string, unknown>, at: raisedAt },
    ...steps.map(([type, data]) => ({ streamId: remedialActionStreamId(actionId), type, data: { actionId, ...data }, at: firstInstant(data)! })),
  ];
}

/** Everything recorded up to the end of March 2026, in the order it happened. */
export function firstQuarterSteps(): Step[] {
  return inOrder([
    { streamId: serviceAreaStreamId('sa-1'), type: 'ServiceAreaRegistered', data: { serviceAreaId: 'sa-1', name: 'Assessment', registeredAt: SETUP_AT }, at: SETUP_AT },
    { streamId: teamStreamId('team-a'), type: 'TeamRegistered', data: { teamId: 'team-a', name: 'Assessment A', serviceAreaId: 'sa-1', registeredAt: SETUP_AT }, at: SETUP_AT },
    { streamId: teamStreamId('team-b'), type: 'TeamRegistered', data: { teamId: 'team-b', name: 'Assessment B', serviceAreaId: 'sa-1', registeredAt: SETUP_AT }, at: SETUP_AT },
    staff('hos-1', 'Helen Ward', 'HEAD_OF_SERVICE', null, null),
    staff('staff-tm-1', 'Tariq Malik', 'TEAM_MANAGER', 'team-a', 'hos-1'),
    staff('staff-ap-1', 'Asha Patel', 'ADVANCED_PRACTITIONER', 'team-b', 'hos-1'),
    staff('sw-1', 'Sam Wood', 'SOCIAL_WORKER', 'team-a', 'staff-tm-1'),
    ...stepsOf(
      auditStream({
        auditId: 'a-feb',
        grades: { ...allGraded('GOOD'), 8: 'REQUIRES_IMPROVEMENT' },
        overall: 'GOOD',
        submittedAt: '2026-02-12T10:00:00.000Z',
        themes: ['Management oversight'],
      }),
    ),
    ...stepsOf(
      auditStream({
        auditId: 'a-mar',
        grades: { ...allGraded('GOOD'), 3: 'INADEQUATE', 8: 'REQUIRES_IMPROVEMENT' },
        overall: 'REQUIRES_IMPROVEMENT',
        submittedAt: '2026-03-16T10:00:00.000Z',
        moderation: { at: '2026-03-20T10:00:00.000Z', changes: [[null, 'INADEQUATE']] },
        themes: ['Management oversight', 'Drift in CIN plans'],
      }),
    ),
    // Scheduled for March and submitted in April: late at the end of March.
    ...stepsOf(auditStream({ auditId: 'a-late', grades: allGraded('GOOD'), overall: 'GOOD', submittedAt: '2026-04-10T10:00:00.000Z' }))
      .slice(0, 2)
      .map((step) => (step.type === 'CaseFileAuditScheduled' ? { ...step, data: { ...step.data, dueDate: '2026-03-15' } } : step)),
    ...action('act-1', '2026-03-17T09:00:00.000Z', '2026-03-25'),
    {
      streamId: supervisionLearningSummaryStreamId('hos-1-2026-Q1'),
      type: 'SupervisionLearningSummaryDrafted',
      data: {
        summaryId: 'hos-1-2026-Q1',
        headOfServiceId: 'hos-1',
        quarter: '2026-Q1',
        serviceAreaId: 'sa-1',
        issues: 'Case supervision rarely records the rationale for decisions',
        learning: 'Reflective discussion is strong where APs supervise',
        themes: ['Recording of rationale'],
        supervisionAuditIds: [],
        draftedAt: '2026-03-30T09:00:00.000Z',
      },
      at: '2026-03-30T09:00:00.000Z',
    },
  ]);
}

const inOrder = (steps: Step[]): Step[] => steps.map((step, i) => ({ step, i })).sort((a, b) => (a.step.at < b.step.at ? -1 : a.step.at > b.step.at ? 1 : a.i - b.i)).map(({ step }) => step);

/** The position of the last event recorded at or before `asOf`. */
export function lastPositionAsOf(events: readonly RecordedEvent[], asOf: Date): bigint | null {
  const recorded = events.filter((e) => e.created.getTime() <= asOf.getTime());
  return recorded.length === 0 ? null : recorded[recorded.length - 1]!.position;
}

/** What April added: the late audit submitted, the action completed and verified, the SUP-6 summary submitted and reviewed. */
export function aprilSteps(): Step[] {
  const late = stepsOf(auditStream({ auditId: 'a-late', grades: allGraded('GOOD'), overall: 'GOOD', submittedAt: '2026-04-10T10:00:00.000Z' })).slice(2);
  return [
    ...late,
    ...action('act-1', '2026-03-17T09:00:00.000Z', '2026-03-25', [
      ['RemedialActionCompleted', { evidence: 'Plan updated', completedBy: 'sw-1', completedAt: '2026-04-02T10:00:00.000Z' }],
      ['RemedialActionVerified', { verifiedBy: 'staff-tm-1', supervisionDate: '2026-04-03', supervisionSessionId: null, verifiedAt: '2026-04-03T16:00:00.000Z' }],
    ]).slice(1),
    {
      streamId: supervisionLearningSummaryStreamId('hos-1-2026-Q1'),
      type: 'SupervisionLearningSummarySubmitted',
      data: { summaryId: 'hos-1-2026-Q1', headOfServiceId: 'hos-1', quarter: '2026-Q1', submittedAt: '2026-04-02T10:00:00.000Z' },
      at: '2026-04-02T10:00:00.000Z',
    },
  ];
}

/** A complaint received on 28 March 2026 and recorded on 2 April. */
export function lateRecordedComplaint(): Step {
  const at = '2026-04-02T09:00:00.000Z';
  return {
    streamId: learningInputStreamId('li-1'),
    type: 'LearningInputRecorded',
    data: {
      learningInputId: 'li-1',
      kind: 'COMPLAINT',
      receivedOn: '2026-03-28',
      source: { description: 'A parent, by letter', type: null },
      teams: [],
      serviceAreaIds: ['sa-1'],
      themes: ['Communication with families'],
      summary: 'Mother was not told the outcome of the assessment for six weeks.',
      complaint: { outcome: null, responseDate: null },
      staffSurvey: null,
      recordedBy: 'sqa-1',
      recordedByRole: 'SQA_MANAGER',
      recordedAt: at,
    },
    at,
  };
}

/** A fresh read store with the events replayed through every projection the service runs. */
export async function replay(events: readonly RecordedEvent[]): Promise<MemoryReadStore> {
  const store = new MemoryReadStore();
  await project(store, ALL_PROJECTIONS, events);
  return store;
}
