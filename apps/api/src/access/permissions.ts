import { CASE_KEY_SHREDDING_ROLES } from '../../../../libs/domain/src/case-key/case-key.decide.js';
import { MODERATOR_ROLES, LEARNING_THEME_TAGGER_ROLES } from '../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { INDEPENDENT_CHAIR_ROLES } from '../../../../libs/domain/src/crs-monitoring-form/conference-and-review.values.js';
import { CRS_ESCALATION_RAISER_ROLES, CRS_ESCALATION_STAGE_RECIPIENT_ROLES } from '../../../../libs/domain/src/crs-escalation/crs-escalation.values.js';
import { DIP_SAMPLING_ROLES } from '../../../../libs/domain/src/dip-sample/dip-sample.values.js';
import { INSPECTOR_ACCESS_GRANTOR_ROLES } from '../../../../libs/domain/src/inspector-access/inspector-access.values.js';
import { LEARNING_INPUT_RECORDER_ROLES } from '../../../../libs/domain/src/learning-input/learning-input.values.js';
import { MEETING_OBSERVER_ROLES } from '../../../../libs/domain/src/meeting-observation/meeting-observation.values.js';
import { OBSERVATION_LEARNING_REPORT_ROLE } from '../../../../libs/domain/src/observation-learning-report/observation-learning-report.values.js';
import { OBSERVER_ROLES } from '../../../../libs/domain/src/practice-observation/practice-observation.values.js';
import { ROLES_THAT_MAY_RAISE } from '../../../../libs/domain/src/remedial-action/remedial-action.decide.js';
import { ROLES, type Role } from '../../../../libs/domain/src/shared/decider.js';
import { SUPERVISION_AUDIT_DUTIES } from '../../../../libs/domain/src/supervision-audit/supervision-audit.values.js';
import { THEMED_AUDIT_DAY_LEAD_ROLES } from '../../../../libs/domain/src/themed-audit-day/themed-audit-day.values.js';

/**
 * Issue 6 item 2, operation level: the one table of who may run what. Every root field of the
 * GraphQL schema (Query and Mutation) and every HTTP route behind a token has a row: the roles
 * that may run it and a short note of whose records they then see or change. The access guard
 * (access.guard.ts) refuses a field or route with no row (fail closed) and a role not in its
 * row; which records of a kind a permitted role sees is the scope's business (scope.ts). The
 * README's permission table is rendered from this one (permissions.markdown.ts) and a test keeps
 * the two, and this table and the schema, the same.
 *
 * Mutations mirror the deciders: a role is listed when the domain lets some member of it make the
 * change (for a rule naming a person, "the auditor", the roles that person can hold). Reads follow
 * the agreed scope model: child-level records and staff data are read by every role, each seeing
 * its own scope; aggregates by leaders and S&QA (and, where they have lines of their own, those
 * whose lines they are); an inspector reads everything but administration and changes nothing.
 */

/** Every role but the inspector's: the only roles that may ever change anything (issue 6 item 3). */
export type StaffRole = Exclude<Role, 'INSPECTOR'>;

export const ACCESS_ROLE_NOT_PERMITTED = 'ACCESS.ROLE_NOT_PERMITTED';
export const ACCESS_OPERATION_NOT_LISTED = 'ACCESS.OPERATION_NOT_LISTED';

export type OperationType = 'Query' | 'Mutation' | 'Route';

export interface Permission<R extends Role = Role> {
  /** The roles that may run it, in the order of ROLES. */
  readonly roles: readonly R[];
  /** Whose records the roles see or change: the scope model's words, or the person a rule names. */
  readonly scope: string;
}

export interface PermissionTable {
  /** GraphQL Query root fields: reads. */
  readonly Query: Readonly<Record<string, Permission>>;
  /** GraphQL Mutation root fields: changes, never the inspector's. */
  readonly Mutation: Readonly<Record<string, Permission<StaffRole>>>;
  /** HTTP routes behind a bearer token (`GET /path/:param`): reads. */
  readonly Route: Readonly<Record<string, Permission>>;
}

// ---------------------------------------------------------------------------------------------
// Scope notes (the README explains each).

export const SCOPE = {
  CHILD: 'child-level: own / team / service area / all',
  STAFF: 'staff data: the person, line management, S&QA',
  AGGREGATE: 'aggregate: team / service area / all',
  AGGREGATE_OWN_LINES: 'aggregate: own lines / team / service area / all',
  DIRECTORY: 'directory: everyone',
  FORM: 'the form itself: everyone',
  INTEGRITY: 'integrity check: no record content',
  ADMINISTRATION: 'administration',
  OPERATIONS: 'operations: counts, no child or staff data',
} as const;

// ---------------------------------------------------------------------------------------------
// Role groups, each from the rule it stands for.

/** The roles in ROLES order, each once. */
function roles(...groups: ReadonlyArray<readonly Role[] | Role>): readonly Role[] {
  const wanted = new Set(groups.flat());
  return ROLES.filter((role) => wanted.has(role));
}

/**
 * The roles a mutation's row may hold: any but the inspector's. Listing the inspector is a
 * programming error caught when the module loads, as well as a type error.
 */
function changers(...groups: ReadonlyArray<readonly Role[] | Role>): readonly StaffRole[] {
  const listed = roles(...groups);
  if (listed.includes('INSPECTOR')) throw new Error('An inspector may change nothing (issue 6 item 3): INSPECTOR cannot be in a mutation row');
  return listed as readonly StaffRole[];
}

const EVERYONE = ROLES;
const ALL_STAFF = ROLES.filter((role): role is StaffRole => role !== 'INSPECTOR');
/** S&QA, who administer the programme: imports, the caseload, the annual sample (section 3). */
export const SQA_ROLES: readonly StaffRole[] = ['SQA_OFFICER', 'SQA_MANAGER'];
/** Senior managers (CFA-9, CFA-10). */
const SENIOR_MANAGERS = MODERATOR_ROLES;
/** Those who supervise (AP, TM, HoS, chief officer, director, CRS TM) and S&QA. */
export const SUPERVISING_ROLES: readonly StaffRole[] = changers(
  'ADVANCED_PRACTITIONER',
  'TEAM_MANAGER',
  'HEAD_OF_SERVICE',
  'CHIEF_OFFICER',
  'DIRECTOR',
  'CRS_TEAM_MANAGER',
  SQA_ROLES,
);
/**
 * Who can be a case file audit's auditor: TMs and APs (CFA-2, CFA-3), senior managers, and S&QA
 * (independent audits, CFA-10). The decider holds each audit to its one auditor.
 */
const CASE_FILE_AUDITORS = roles('TEAM_MANAGER', 'ADVANCED_PRACTITIONER', SENIOR_MANAGERS, SQA_ROLES);
/** CFA-4, CFA-5: compliance audits are the supervising TM's or AP's (compliance-audit.decide.ts). */
const COMPLIANCE_AUDITORS = roles('TEAM_MANAGER', 'ADVANCED_PRACTITIONER');
/** CFA-3: who may arrange another's thematic audit, besides its auditor (thematic-audit-allowance.decide.ts). */
const THEMATIC_ARRANGERS = roles('TEAM_MANAGER', 'ADVANCED_PRACTITIONER', 'HEAD_OF_SERVICE', 'CHIEF_OFFICER', 'DIRECTOR', SQA_ROLES);
/** SUP-1, SUP-2: a HoS audits a TM's supervision, a TM an AP's. */
const SUPERVISION_AUDITORS = roles(SUPERVISION_AUDIT_DUTIES.map((duty) => duty.auditorRole));
/** OBS-4: comments on an observation are the worker's (observed by a TM or AP) or the observer's. */
const OBSERVED_OR_OBSERVER = roles('SOCIAL_WORKER', OBSERVER_ROLES);
/** CRS-1: whoever a stage of an escalation may go to. */
const CRS_RECIPIENTS = roles(Object.values(CRS_ESCALATION_STAGE_RECIPIENT_ROLES).flat());
/**
 * Aggregates: leaders and S&QA (a TM, AP or CRS TM for their team, a HoS for their service area,
 * the rest everything), DMT and SLT, and an inspector.
 */
const AGGREGATE_READERS = roles(
  'ADVANCED_PRACTITIONER',
  'TEAM_MANAGER',
  'HEAD_OF_SERVICE',
  'CHIEF_OFFICER',
  'DIRECTOR',
  SQA_ROLES,
  'CRS_TEAM_MANAGER',
  'DMT_MEMBER',
  'SLT_MEMBER',
  'INSPECTOR',
);

const read = (scope: string, ...groups: ReadonlyArray<readonly Role[] | Role>): Permission => ({ roles: roles(...groups), scope });
const change = (scope: string, ...groups: ReadonlyArray<readonly Role[] | Role>): Permission<StaffRole> => ({ roles: changers(...groups), scope });

const childLevel = read(SCOPE.CHILD, EVERYONE);
const staffData = read(SCOPE.STAFF, EVERYONE);
const aggregate = read(SCOPE.AGGREGATE, AGGREGATE_READERS);
const aggregateWithOwnLines = (...own: Role[]): Permission => read(SCOPE.AGGREGATE_OWN_LINES, AGGREGATE_READERS, own);

// ---------------------------------------------------------------------------------------------
// The table.

export const PERMISSIONS: PermissionTable = {
  Query: {
    annualSample: childLevel,
    annualSampleAllocation: childLevel,
    auditGradesHistory: childLevel,
    case: childLevel,
    caseFileAudit: childLevel,
    caseFileAudits: childLevel,
    caseHistory: childLevel,
    caseKeyStatus: read(`${SCOPE.ADMINISTRATION}: whether a case's child text can still be read (issue 6 item 5)`, SQA_ROLES),
    cases: childLevel,
    complianceAudit: childLevel,
    complianceAudits: childLevel,
    complianceQuota: aggregateWithOwnLines('SOCIAL_WORKER'),
    crsEscalation: childLevel,
    crsEscalations: childLevel,
    crsMonthlySummary: aggregate,
    crsQualityCheck: staffData,
    crsQualityChecks: staffData,
    crsTeamManagerDuty: aggregate,
    dipSample: childLevel,
    dipSampleSummary: aggregate,
    dipSamplesByAudit: childLevel,
    dipSamplesByAuditorSampled: childLevel,
    gradeDistribution: aggregate,
    headsOfServiceWithoutObservationLearningReport: aggregate,
    immediateEscalation: childLevel,
    immediateEscalations: childLevel,
    independentAudit: childLevel,
    independentAuditByAudit: childLevel,
    independentAudits: childLevel,
    inspectorAccessGrants: read(`${SCOPE.ADMINISTRATION}: inspectors' access (issue 6 item 3)`, SQA_ROLES),
    learningInput: aggregate,
    learningInputs: aggregate,
    learningThemeCounts: aggregate,
    learningThemeSources: aggregate,
    learningThemes: aggregate,
    meetingObservation: childLevel,
    meetingObservationDuty: aggregate,
    meetingObservations: childLevel,
    midwayReview: childLevel,
    midwayReviews: childLevel,
    midwayReviewsOwed: childLevel,
    missingSupervisionLearningSummaries: aggregate,
    moderationMovements: aggregate,
    moderationStatistics: aggregate,
    monitoringForm: childLevel,
    monitoringForms: childLevel,
    monthlyQaOverview: aggregate,
    observationLearningReport: staffData,
    observationLearningReports: staffData,
    overdue: aggregateWithOwnLines('SOCIAL_WORKER', 'IRO', 'CP_CHAIR'),
    overdueCrsEscalations: childLevel,
    practiceObservation: staffData,
    practiceObservationDue: aggregateWithOwnLines('SOCIAL_WORKER'),
    practiceObservationDueDates: aggregateWithOwnLines('SOCIAL_WORKER'),
    practiceObservations: staffData,
    practiceObservationsAwaitingSharing: staffData,
    quarterlyLeadershipReview: aggregate,
    quotas: aggregateWithOwnLines('SOCIAL_WORKER'),
    recordHistory: read('child-level or staff data, as the record is; a read log (readLog-…): S&QA only', EVERYONE),
    recordReads: read(`${SCOPE.ADMINISTRATION}: who read which child-level record (issue 6 item 4)`, SQA_ROLES),
    remedialAction: childLevel,
    remedialActions: childLevel,
    serviceAreas: read(SCOPE.DIRECTORY, EVERYONE),
    staff: read(SCOPE.DIRECTORY, EVERYONE),
    staffHistory: staffData,
    staffMember: read(SCOPE.DIRECTORY, EVERYONE),
    supervisionAudit: staffData,
    supervisionAuditEscalations: childLevel,
    supervisionAuditMonthlyDuty: aggregate,
    supervisionAuditQuestions: read(SCOPE.FORM, EVERYONE),
    supervisionAudits: staffData,
    supervisionLearningSummaries: staffData,
    supervisionLearningSummary: staffData,
    supervisionSessions: staffData,
    team: read(SCOPE.DIRECTORY, EVERYONE),
    teams: read(SCOPE.DIRECTORY, EVERYONE),
    thematicAuditAllowance: aggregate,
    themedAuditDay: childLevel,
    themedAuditDays: childLevel,
    unscheduledThematicClaims: read(`${SCOPE.ADMINISTRATION}: claims to give back (CFA-3)`, THEMATIC_ARRANGERS),
    verifyAnnualSample: read(SCOPE.INTEGRITY, EVERYONE),
    verifyStream: read(SCOPE.INTEGRITY, EVERYONE),
    weakestCriteria: aggregate,
    workList: read('own; another\'s as aggregates: team / service area / all', EVERYONE),
  },
  Mutation: {
    acceptIndependentAuditCommission: change('S&QA (CFA-10)', SQA_ROLES),
    acknowledgeCaseFileAuditModerationFeedback: change("the audit's auditor (CFA-9)", CASE_FILE_AUDITORS),
    acknowledgeImmediateEscalation: change('the team manager it went to (CFA-13)', 'TEAM_MANAGER'),
    acknowledgeRemedialAction: change("the action's owner (CFA-7)", ALL_STAFF),
    acknowledgeSupervisionAuditEscalation: change('the Head of Service it was raised with (SUP-3)', 'HEAD_OF_SERVICE'),
    addCaseFileAuditRecommendation: change("the audit's auditor", CASE_FILE_AUDITORS),
    agreeMeetingLearningAndActions: change('the observer (MTG-4)', MEETING_OBSERVER_ROLES),
    agreePracticeObservationActionPlan: change('the observer (OBS-5)', OBSERVER_ROLES),
    agreeThemedAuditDayActionPlan: change('S&QA (TAD-1)', THEMED_AUDIT_DAY_LEAD_ROLES),
    allocateAnnualSample: change('S&QA (CFA-1)', SQA_ROLES),
    answerSupervisionAuditQuestion: change("the audit's auditor (SUP-3, SUP-4)", SUPERVISION_AUDITORS),
    closeThemedAuditDay: change('S&QA (TAD-1)', THEMED_AUDIT_DAY_LEAD_ROLES),
    closeThemedAuditDayActionPlan: change("the task-and-finish group's lead, or S&QA (TAD-1)", ALL_STAFF),
    commissionIndependentAudit: change('a senior manager (CFA-10)', SENIOR_MANAGERS),
    completeComplianceAudit: change("the audit's auditor (CFA-5)", COMPLIANCE_AUDITORS),
    completeDipSample: change('the S&QA sampler (CFA-11)', DIP_SAMPLING_ROLES),
    completeMeetingObservation: change('the observer (MTG-3)', MEETING_OBSERVER_ROLES),
    completePracticeObservation: change('the observer (OBS-5)', OBSERVER_ROLES),
    completeRemedialAction: change("the action's owner (CFA-7)", ALL_STAFF),
    completeSupervisionAudit: change("the audit's auditor", SUPERVISION_AUDITORS),
    correctLearningInput: change('S&QA, or the Head of Service who recorded it (REP-2)', LEARNING_INPUT_RECORDER_ROLES),
    draftObservationLearningReport: change('a Head of Service, their own (OBS-6)', OBSERVATION_LEARNING_REPORT_ROLE),
    draftSupervisionLearningSummary: change('a Head of Service, their own (SUP-6)', 'HEAD_OF_SERVICE'),
    drawAnnualSample: change('S&QA (CFA-1)', SQA_ROLES),
    escalateCrsEscalation: change('the raising chair (CRS-1)', CRS_ESCALATION_RAISER_ROLES),
    gradeCaseFileAuditCriterion: change("the audit's auditor", CASE_FILE_AUDITORS),
    grantInspectorAccess: change('an S&QA manager (INSP-1)', INSPECTOR_ACCESS_GRANTOR_ROLES),
    importCaseload: change(SCOPE.ADMINISTRATION, SQA_ROLES),
    importStaff: change(SCOPE.ADMINISTRATION, SQA_ROLES),
    judgeDipSampledAuditQuality: change('the S&QA sampler (CFA-11)', DIP_SAMPLING_ROLES),
    judgeMeetingArea: change('the observer (MTG-3)', MEETING_OBSERVER_ROLES),
    judgeRemedialActionFollowThrough: change('the S&QA sampler (CFA-11)', DIP_SAMPLING_ROLES),
    linkIndependentAudit: change('the accepting S&QA officer, or an S&QA manager (CFA-10)', SQA_ROLES),
    linkPracticeObservationToPdr: change('the observer (OBS-5)', OBSERVER_ROLES),
    markCaseFileAuditCriterionNotApplicable: change("the audit's auditor", CASE_FILE_AUDITORS),
    moderateCaseFileAudit: change("a senior manager, not the audit's auditor (CFA-9)", MODERATOR_ROLES),
    planThemedAuditDay: change('S&QA (TAD-1)', THEMED_AUDIT_DAY_LEAD_ROLES),
    raiseCrsEscalation: change('an independent chair (CRS-1)', CRS_ESCALATION_RAISER_ROLES),
    raiseDipSampleFollowUpAction: change('the S&QA sampler (CFA-11)', DIP_SAMPLING_ROLES),
    raiseRemedialAction: change('from an audit: its auditor, a manager or S&QA (CFA-7)', ROLES_THAT_MAY_RAISE),
    reallocateAnnualSampleCase: change('S&QA (CFA-1)', SQA_ROLES),
    recordCaseFileAuditFamilyFeedback: change("the audit's auditor", CASE_FILE_AUDITORS),
    recordCaseFileAuditFamilyFeedbackNotSought: change("the audit's auditor", CASE_FILE_AUDITORS),
    recordCaseFileAuditKeyInformation: change("the audit's auditor (CFA-12)", CASE_FILE_AUDITORS),
    recordCaseFileAuditSummary: change("the audit's auditor", CASE_FILE_AUDITORS),
    recordCaseFileAuditWorkerComments: change("the audit's auditor or the case's social worker", CASE_FILE_AUDITORS, 'SOCIAL_WORKER'),
    recordCaseFileAuditWorkerInvolvement: change("the audit's auditor (CFA-8)", CASE_FILE_AUDITORS),
    recordComplaintResponse: change('S&QA, or the Head of Service who recorded it (REP-2)', LEARNING_INPUT_RECORDER_ROLES),
    recordComplianceCheck: change("the audit's auditor (CFA-5)", COMPLIANCE_AUDITORS),
    recordCrsFeedbackGivenToChair: change('the CRS team manager who made the check (CRS-2)', 'CRS_TEAM_MANAGER'),
    recordCrsMeetingObservation: change('the CRS team manager (CRS-2)', 'CRS_TEAM_MANAGER'),
    recordCrsMinutesAudit: change('the CRS team manager (CRS-2)', 'CRS_TEAM_MANAGER'),
    recordCrsPlanAudit: change('the CRS team manager (CRS-2)', 'CRS_TEAM_MANAGER'),
    recordDmtReviewOfSupervisionLearningSummary: change('a DMT member (SUP-6)', 'DMT_MEMBER'),
    recordLearningInput: change('S&QA for any team, a Head of Service for their service area (REP-2)', LEARNING_INPUT_RECORDER_ROLES),
    recordManagementDirectionCaseNote: change("the audit's auditor (CFA-5)", COMPLIANCE_AUDITORS),
    recordMeetingDiscussionWithChair: change('the observer (MTG-4)', MEETING_OBSERVER_ROLES),
    recordMeetingObservationCopySentToSqa: change('the observer (MTG-4)', MEETING_OBSERVER_ROLES),
    recordMidwayReview: change('an independent chair (CRS-3)', INDEPENDENT_CHAIR_ROLES),
    recordMonitoringFormUsedInSupervision: change('the team manager named on the form (CRS-3)', 'TEAM_MANAGER'),
    recordPracticeObservation: change('a TM, or an AP where agreed or for an ASYE worker (OBS-1, OBS-3)', OBSERVER_ROLES),
    recordPracticeObservationFeedback: change('the observer (OBS-4)', OBSERVER_ROLES),
    recordPracticeObservationReflectiveReview: change('the observer (OBS-5)', OBSERVER_ROLES),
    recordPracticeObservationWorkerComments: change('the observed worker or the observer (OBS-4)', OBSERVED_OR_OBSERVER),
    recordSupervisionAuditCopySentToSqa: change("the audit's auditor (SUP-5)", SUPERVISION_AUDITORS),
    recordSupervisionAuditFindingsReview: change("the audit's auditor (SUP-5)", SUPERVISION_AUDITORS),
    recordSupervisionSessionHeld: change('those who supervise, and S&QA', SUPERVISING_ROLES),
    recordThemedAudit: change('S&QA (TAD-1)', THEMED_AUDIT_DAY_LEAD_ROLES),
    registerCase: change(SCOPE.ADMINISTRATION, SQA_ROLES),
    registerStaffMember: change(SCOPE.ADMINISTRATION, SQA_ROLES),
    rejudgePracticeObservationArea: change('the observer (OBS-4)', OBSERVER_ROLES),
    releaseThematicAuditSlot: change('the auditor, or one who arranges thematic audits (CFA-3)', THEMATIC_ARRANGERS),
    reopenRemedialAction: change("the action's manager (CFA-5)", ALL_STAFF),
    reportIndependentAuditFindings: change('the accepting S&QA officer, or an S&QA manager (CFA-10)', SQA_ROLES),
    resolveCrsEscalation: change('the raising chair (CRS-1)', CRS_ESCALATION_RAISER_ROLES),
    respondToCrsEscalation: change("the current stage's recipient (CRS-1)", CRS_RECIPIENTS),
    revokeInspectorAccess: change('an S&QA manager (INSP-1)', INSPECTOR_ACCESS_GRANTOR_ROLES),
    reviewComplianceActionsInSupervision: change('the supervising TM or AP (CFA-5)', COMPLIANCE_AUDITORS),
    scheduleCaseFileAudit: change('an auditor, their managers or S&QA (CFA-3, CFA-6)', CASE_FILE_AUDITORS),
    sharePracticeObservationWithLineManager: change('the observer (OBS-5)', OBSERVER_ROLES),
    sharePracticeObservationWithSqa: change('the observer (OBS-5)', OBSERVER_ROLES),
    sharePracticeObservationWithWorker: change('the observer (OBS-5)', OBSERVER_ROLES),
    shredCaseKey: change('an S&QA manager, at the end of a case\'s retention (issue 6 item 5)', CASE_KEY_SHREDDING_ROLES),
    startCaseFileAudit: change("the audit's auditor", CASE_FILE_AUDITORS),
    startComplianceAudit: change('a supervising TM or AP (CFA-4)', COMPLIANCE_AUDITORS),
    startDipSample: change('S&QA, of another auditor\'s audit (CFA-11)', DIP_SAMPLING_ROLES),
    startMeetingObservation: change('a HoS, the chief officer or the director (MTG-1)', MEETING_OBSERVER_ROLES),
    startSupervisionAudit: change('a HoS of a TM, a TM of an AP (SUP-1, SUP-2)', SUPERVISION_AUDITORS),
    submitCaseFileAudit: change("the audit's auditor", CASE_FILE_AUDITORS),
    submitMonitoringForm: change('an independent chair (CRS-3)', INDEPENDENT_CHAIR_ROLES),
    submitObservationLearningReport: change('a Head of Service, their own (OBS-6)', OBSERVATION_LEARNING_REPORT_ROLE),
    submitSupervisionLearningSummary: change('a Head of Service, their own (SUP-6)', 'HEAD_OF_SERVICE'),
    tagCaseFileAuditLearningThemes: change('the auditor, a senior manager or S&QA (REP-2)', CASE_FILE_AUDITORS, LEARNING_THEME_TAGGER_ROLES),
    updateStaffMember: change(SCOPE.ADMINISTRATION, SQA_ROLES),
    verifyRemedialAction: change("the action's manager (CFA-5)", ALL_STAFF),
    withdrawCrsEscalation: change('the raising chair (CRS-1)', CRS_ESCALATION_RAISER_ROLES),
    withdrawIndependentAuditCommission: change('a senior manager (CFA-10)', SENIOR_MANAGERS),
    withdrawLearningInput: change('S&QA, or the Head of Service who recorded it (REP-2)', LEARNING_INPUT_RECORDER_ROLES),
  },
  Route: {
    'GET /health/notifications': read(SCOPE.OPERATIONS, ALL_STAFF),
    'GET /metrics': read(SCOPE.OPERATIONS, ALL_STAFF),
    'GET /reports/qa-overview/:file': aggregate,
  },
};

/** The row for a root field or route, or null when the table has none (refused: fail closed). */
export function permissionFor(type: OperationType, name: string): Permission | null {
  const rows: Readonly<Record<string, Permission>> = PERMISSIONS[type];
  return Object.hasOwn(rows, name) ? rows[name]! : null;
}
