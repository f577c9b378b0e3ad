import { randomUUID } from 'node:crypto';
import { EVENT_SCHEMA_VERSION } from '../../../libs/command-handling/src/command-handler.js';
import {
  caseFileAuditDecider,
  caseFileAuditStreamId,
  CRITERION_NUMBERS,
  type CaseFileAuditCommand,
  type CaseFileAuditEvent,
  type GradeCriterion,
  type KeyInformationInput,
} from '../../../libs/domain/src/case-file-audit/index.js';
import type { Actor, CommandMetadata } from '../../../libs/domain/src/shared/decider.js';
import { eventIdFor } from '../../../libs/event-store/src/event-ids.js';
import type { NewEvent } from '../../../libs/event-store/src/event-store.port.js';
import { chainEvents } from '../../../libs/event-store/src/hash-chain.js';

/**
 * What the benchmarks record: whole case file audits of appendix A, from scheduling to submission,
 * with the texts and sizes a real form has. Every tenth audit grades a criterion Inadequate, so
 * the log also holds CFA-13 escalations.
 */

const GRADE_CYCLE = ['GOOD', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING'] as const;
const CATEGORIES = ['CAF_TAC', 'CIN', 'CP', 'LAC', 'CWD', 'CARE_LEAVER'] as const;
const AUDIT_TYPES = ['MONTHLY', 'COMPLIANCE', 'INDEPENDENT', 'RANDOM_SAMPLE'] as const;

export interface AuditPlan {
  readonly auditId: string;
  readonly streamId: string;
  readonly auditor: Actor;
  readonly commands: readonly CaseFileAuditCommand[];
}

function keyInformation(n: number, auditor: Actor): KeyInformationInput {
  return {
    auditTrackingNumber: `CFA-2025-${String(n).padStart(5, '0')}`,
    dateOfAudit: '2025-06-12',
    auditorName: `Auditor ${auditor.staffId}`,
    auditorDesignation: 'Team Manager',
    teamName: `Assessment Team ${(n % 12) + 1}`,
    teamManagerId: `staff-tm-${String(n % 40).padStart(4, '0')}`,
    teamManagerName: `Team Manager ${n % 40}`,
    socialWorkerId: `staff-sw-${String(n % 300).padStart(4, '0')}`,
    socialWorkerName: `Social Worker ${n % 300}`,
    category: CATEGORIES[n % CATEGORIES.length]!,
    ageOfChild: n % 18,
    ethnicity: 'White British',
    gender: n % 2 === 0 ? 'Female' : 'Male',
    disability: 'None',
    referralDate: '2024-11-04',
    referralSource: 'School',
    reasonForReferral: 'Neglect concerns raised by the designated safeguarding lead after repeated absences',
    previousReferralsAndContacts: ['2022-03-15', '2023-08-02'],
    periods: [
      { kind: 'CIN', startDate: '2024-11-20', endDate: '2025-01-14' },
      { kind: 'CP', startDate: '2025-01-15', endDate: null },
    ],
    placementType: 'At home with mother',
    livingOutOfBorough: false,
    outOfBoroughLocation: null,
    gapsInEssentialInformation: "Father's details not recorded",
    lastVisitInTime: true,
    assessmentInTime: true,
    planInTime: n % 3 !== 0,
    lastSupervisionInTime: true,
  };
}

/** The commands of one audit, start to submission (24 or, with an Inadequate grade, 25 events). */
export function planAudit(n: number, runId: string): AuditPlan {
  const auditId = randomUUID();
  const auditor: Actor = { staffId: `staff-tm-${runId}-${n % 50}`, role: 'TEAM_MANAGER' };
  const at = (minute: number): CommandMetadata => {
    const commandId = randomUUID();
    const now = new Date(Date.UTC(2025, 5, 1, 9, 0) + n * 3_600_000 + minute * 60_000).toISOString();
    return { actor: auditor, now, commandId, correlationId: commandId, causationId: commandId };
  };
  const grade = (criterion: number): GradeCriterion => ({
    type: 'GradeCriterion',
    data: {
      auditId,
      criterion,
      evaluation:
        `Criterion ${criterion}: the record shows the child seen alone on each statutory visit, views recorded ` +
        'in their own words and reflected in the plan; management oversight is evident at key decision points.',
      grade: n % 10 === 0 && criterion === 2 ? 'INADEQUATE' : GRADE_CYCLE[(n + criterion) % GRADE_CYCLE.length]!,
    },
    metadata: at(10 + criterion),
  });
  const commands: CaseFileAuditCommand[] = [
    {
      type: 'ScheduleCaseFileAudit',
      data: {
        auditId,
        azeusNumber: `AZ-${100000 + n}`,
        auditType: AUDIT_TYPES[n % AUDIT_TYPES.length]!,
        auditorId: auditor.staffId,
        dueDate: '2025-06-30',
        teamId: `team-${n % 12}`,
      },
      metadata: at(0),
    },
    { type: 'StartCaseFileAudit', data: { auditId }, metadata: at(5) },
    {
      type: 'RecordKeyInformation',
      data: {
        auditId,
        penPicture: 'A nine-year-old living with her mother and younger brother; subject to a CP plan under neglect.',
        keyInformation: keyInformation(n, auditor),
      },
      metadata: at(8),
    },
    ...CRITERION_NUMBERS.map(grade),
    {
      type: 'RecordFamilyFeedback',
      data: {
        auditId,
        answers: {
          experienceOfServices: 'Mother said the social worker explained why she was visiting.',
          listenedToAndCommunication: 'Felt listened to; would like texts before visits.',
          involvementInAssessmentAndPlan: 'Was asked for her views for the assessment.',
          meetings: null,
          supportAndDifference: 'Family support worker helped with routines.',
        },
        givenBy: 'Mother',
      },
      metadata: at(30),
    },
    { type: 'RecordWorkerComments', data: { auditId, comments: 'Agree with the findings; the plan will be updated.' }, metadata: at(40) },
    {
      type: 'AddRecommendation',
      data: {
        auditId,
        recommendationId: randomUUID(),
        action: 'Update the CP plan with specific, measurable outcomes',
        completionDate: '2025-07-15',
        responsible: 'Social worker',
      },
      metadata: at(45),
    },
    {
      type: 'RecordSummary',
      data: { auditId, strengths: 'Child seen alone regularly', areasForImprovement: 'Plan not SMART' },
      metadata: at(50),
    },
    {
      type: 'SubmitCaseFileAudit',
      data: { auditId, overallGrade: 'GOOD', rationale: 'Good practice in most areas; the plan needs sharper outcomes.' },
      metadata: at(55),
    },
  ];
  return { auditId, streamId: caseFileAuditStreamId(auditId), auditor, commands };
}

/**
 * The chained events an audit's commands record, decided here without a store, with the
 * metadata the command handler writes: for filling a log quickly with what the service would
 * have recorded.
 */
export function recordedEventsOf(plan: AuditPlan): NewEvent[] {
  let state = caseFileAuditDecider.initialState();
  const events: NewEvent[] = [];
  for (const command of plan.commands) {
    const decided: CaseFileAuditEvent[] = caseFileAuditDecider.decide(command, state);
    state = decided.reduce(caseFileAuditDecider.evolve, state);
    const { actor, now, commandId, correlationId, causationId } = command.metadata;
    decided.forEach((event, index) =>
      events.push({
        eventId: eventIdFor(commandId, index),
        type: event.type,
        data: event.data as Record<string, unknown>,
        metadata: {
          schemaVersion: EVENT_SCHEMA_VERSION,
          commandType: command.type,
          actor: { staffId: actor.staffId, role: actor.role },
          now,
          commandId,
          correlationId,
          causationId,
        },
      }),
    );
  }
  return chainEvents(plan.streamId, null, events);
}
