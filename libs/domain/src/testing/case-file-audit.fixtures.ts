import type { CommandMetadata, Role } from '../shared/decider.js';
import type { CaseFileAuditEvent } from '../case-file-audit/case-file-audit.events.js';
import type { KeyInformationInput } from '../case-file-audit/case-file-audit.commands.js';
import type {
  FamilyFeedbackAnswers,
  Grade,
  KeyInformation,
  WorkerInvolvement,
} from '../case-file-audit/case-file-audit.values.js';
import { CRITERION_NUMBERS } from '../case-file-audit/case-file-audit.values.js';

/** Test data for the case file audit: one audit, its auditor, its team manager and social worker. */

export const AUDIT_ID = '6f1c1d2e-3b7a-4c1e-9a55-0c2d9f4e8b11';
export const AZEUS_NUMBER = 'AZ-104233';
export const AUDITOR_ID = 'staff-tm-0042';
export const TEAM_ID = 'team-north-1';
export const TEAM_MANAGER_ID = 'staff-tm-0007';
export const SOCIAL_WORKER_ID = 'staff-sw-0311';
export const DUE_DATE = '2025-06-30';
/** CFA-9: a Head of Service who moderates the audit. */
export const HEAD_OF_SERVICE_ID = 'staff-hos-0003';
export const MODERATED_AT = '2025-07-02T10:00:00.000Z';

export const SCHEDULED_AT = '2025-06-01T09:00:00.000Z';
export const STARTED_AT = '2025-06-10T09:30:00.000Z';
export const NOW = '2025-06-12T14:00:00.000Z';

let commandCounter = 0;

export function metadata(
  overrides: { staffId?: string; role?: Role; now?: string } = {},
): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-8000-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? AUDITOR_ID, role: overrides.role ?? 'TEAM_MANAGER' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

export const keyInformation: KeyInformation = {
  auditTrackingNumber: 'CFA-2025-0612',
  dateOfAudit: '2025-06-12',
  auditorName: 'Priya Shah',
  auditorDesignation: 'Team Manager',
  teamName: 'North Assessment Team',
  teamManagerId: TEAM_MANAGER_ID,
  teamManagerName: 'Daniel Okafor',
  socialWorkerId: SOCIAL_WORKER_ID,
  socialWorkerName: 'Hannah Lewis',
  category: 'CP',
  ageOfChild: 9,
  ethnicity: 'White British',
  gender: 'Female',
  disability: 'None',
  referralDate: '2024-11-04',
  referralSource: 'School',
  reasonForReferral: 'Neglect concerns raised by the designated safeguarding lead',
  previousReferralsAndContacts: ['2022-03-15', '2023-08-02'],
  periods: [
    { kind: 'CIN', startDate: '2024-11-20', endDate: '2025-01-14' },
    { kind: 'CP', startDate: '2025-01-15', endDate: null },
  ],
  placementType: 'At home with mother',
  livingOutOfBorough: false,
  outOfBoroughLocation: null,
  gapsInEssentialInformation: 'Father\'s details not recorded',
  lastVisitInTime: true,
  assessmentInTime: true,
  planInTime: false,
  lastSupervisionInTime: true,
};

export const keyInformationInput: KeyInformationInput = keyInformation;

export const PEN_PICTURE =
  'A nine-year-old girl living with her mother and younger brother; subject to a CP plan under neglect.';

export const familyAnswers: FamilyFeedbackAnswers = {
  experienceOfServices: 'Mother said the social worker explained why she was visiting.',
  listenedToAndCommunication: 'Felt listened to; would like texts before visits.',
  involvementInAssessmentAndPlan: 'Was asked for her views for the assessment.',
  meetings: null,
  supportAndDifference: 'Family support worker helped with routines.',
};

/** Events of an audit, as the decider records them. */
export const events = {
  scheduled(overrides: Partial<Extract<CaseFileAuditEvent, { type: 'CaseFileAuditScheduled' }>['data']> = {}) {
    return {
      type: 'CaseFileAuditScheduled',
      data: {
        auditId: AUDIT_ID,
        azeusNumber: AZEUS_NUMBER,
        auditType: 'MONTHLY',
        auditorId: AUDITOR_ID,
        dueDate: DUE_DATE,
        teamId: TEAM_ID,
        theme: null,
        scheduledAt: SCHEDULED_AT,
        ...overrides,
      },
    } satisfies CaseFileAuditEvent;
  },
  started(at: string = STARTED_AT) {
    return { type: 'CaseFileAuditStarted', data: { auditId: AUDIT_ID, startedAt: at } } satisfies CaseFileAuditEvent;
  },
  keyInformationRecorded(info: KeyInformation = keyInformation, at: string = NOW) {
    return {
      type: 'CaseFileAuditKeyInformationRecorded',
      data: { auditId: AUDIT_ID, penPicture: PEN_PICTURE, keyInformation: info, recordedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  criterionGraded(criterion: number, grade: Grade = 'GOOD', evaluation = `Evidence for criterion ${criterion}`, at = NOW) {
    return {
      type: 'CaseFileAuditCriterionGraded',
      data: { auditId: AUDIT_ID, criterion, evaluation, grade, gradedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  criterionMarkedNotApplicable(criterion: number, reason = 'Does not apply to this child', at = NOW) {
    return {
      type: 'CaseFileAuditCriterionMarkedNotApplicable',
      data: { auditId: AUDIT_ID, criterion, reason, markedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  familyFeedbackRecorded(at = NOW) {
    return {
      type: 'CaseFileAuditFamilyFeedbackRecorded',
      data: { auditId: AUDIT_ID, answers: familyAnswers, givenBy: 'Mother', recordedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  familyFeedbackNotSought(at = NOW) {
    return {
      type: 'CaseFileAuditFamilyFeedbackNotSought',
      data: {
        auditId: AUDIT_ID,
        reason: 'Family declined contact during court proceedings',
        anotherManagerShouldSeek: true,
        recordedAt: at,
      },
    } satisfies CaseFileAuditEvent;
  },
  workerCommentsRecorded(comments = 'Agree with the findings; plan to be updated.', at = NOW) {
    return {
      type: 'CaseFileAuditWorkerCommentsRecorded',
      data: { auditId: AUDIT_ID, comments, recordedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  recommendationAdded(recommendationId = 'rec-1', at = NOW) {
    return {
      type: 'CaseFileAuditRecommendationAdded',
      data: {
        auditId: AUDIT_ID,
        recommendationId,
        action: 'Update the CP plan with measurable outcomes',
        completionDate: '2025-07-15',
        responsible: 'Hannah Lewis (SW)',
        addedAt: at,
      },
    } satisfies CaseFileAuditEvent;
  },
  summaryRecorded(at = NOW) {
    return {
      type: 'CaseFileAuditSummaryRecorded',
      data: {
        auditId: AUDIT_ID,
        strengths: 'Child seen alone regularly',
        areasForImprovement: 'Plan not SMART',
        recordedAt: at,
      },
    } satisfies CaseFileAuditEvent;
  },
  submitted(overallGrade: Grade = 'GOOD', rationale = 'Good practice throughout', at = NOW) {
    return {
      type: 'CaseFileAuditSubmitted',
      data: { auditId: AUDIT_ID, overallGrade, rationale, submittedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  inadequacyEscalated(sequence: number, criterion: number | null, reason: string, at = NOW, escalatedBy = AUDITOR_ID) {
    return {
      type: 'CaseFileAuditInadequacyEscalated',
      data: {
        auditId: AUDIT_ID,
        escalationId: `${AUDIT_ID}:${sequence}`,
        azeusNumber: AZEUS_NUMBER,
        scope: criterion === null ? 'OVERALL' : 'CRITERION',
        criterion,
        reason,
        teamManagerId: TEAM_MANAGER_ID,
        teamManagerName: keyInformation.teamManagerName,
        socialWorkerId: SOCIAL_WORKER_ID,
        socialWorkerName: keyInformation.socialWorkerName,
        escalatedBy,
        escalatedAt: at,
      },
    } satisfies CaseFileAuditEvent;
  },
  workerInvolvementRecorded(
    involvement: WorkerInvolvement = 'DONE_WITH_WORKER',
    date: string | null = null,
    reason: string | null = null,
    at = NOW,
  ) {
    return {
      type: 'CaseFileAuditWorkerInvolvementRecorded',
      data: { auditId: AUDIT_ID, involvement, date, reason, recordedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  moderated(agreed = true, feedback = 'A thorough audit; grades well evidenced.', at = MODERATED_AT, moderatorId = HEAD_OF_SERVICE_ID) {
    return {
      type: 'CaseFileAuditModerated',
      data: {
        auditId: AUDIT_ID,
        agreed,
        feedback,
        moderatorId,
        moderatorRole: 'HEAD_OF_SERVICE',
        auditorId: AUDITOR_ID,
        teamId: TEAM_ID,
        moderatedAt: at,
      },
    } satisfies CaseFileAuditEvent;
  },
  /** A moderated grade: `criterion` null for the overall grade. */
  gradeModerated(criterion: number | null, fromGrade: Grade, toGrade: Grade, reason = 'Evidence does not support the grade', at = MODERATED_AT) {
    return {
      type: 'CaseFileAuditGradeModerated',
      data: {
        auditId: AUDIT_ID,
        scope: criterion === null ? 'OVERALL' : 'CRITERION',
        criterion,
        fromGrade,
        toGrade,
        reason,
        moderatorId: HEAD_OF_SERVICE_ID,
        moderatedAt: at,
      },
    } satisfies CaseFileAuditEvent;
  },
  moderationFeedbackAcknowledged(at = '2025-07-03T09:00:00.000Z') {
    return {
      type: 'CaseFileAuditModerationFeedbackAcknowledged',
      data: { auditId: AUDIT_ID, acknowledgedBy: AUDITOR_ID, acknowledgedAt: at },
    } satisfies CaseFileAuditEvent;
  },
  /** All 16 criteria graded Good. */
  allCriteriaGraded(grade: Grade = 'GOOD') {
    return CRITERION_NUMBERS.map((n) => events.criterionGraded(n, grade));
  },
};

/** An audit started, with section 1 recorded. */
export function startedWithKeyInformation(): CaseFileAuditEvent[] {
  return [events.scheduled(), events.started(), events.keyInformationRecorded()];
}

/** An audit submitted with every criterion and the overall grade Good. */
export function submittedAudit(): CaseFileAuditEvent[] {
  return [...readyToSubmit(), events.submitted()];
}

/** An audit whose form is complete, ready to submit. */
export function readyToSubmit(): CaseFileAuditEvent[] {
  return [...startedWithKeyInformation(), ...events.allCriteriaGraded(), events.familyFeedbackRecorded()];
}
