import { assertNever, type Actor, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { crsInputChecks } from '../crs-monitoring-form/conference-and-review.checks.js';
import { planKindOf } from '../crs-monitoring-form/conference-and-review.values.js';
import type {
  CriterionJudgementsInput,
  CrsQualityCheckCommand,
  RecordCrsFeedbackGivenToChair,
  RecordCrsMeetingObservation,
  RecordCrsMinutesAudit,
  RecordCrsPlanAudit,
} from './crs-quality-check.commands.js';
import { CrsQualityCheckErrorCode as Code } from './crs-quality-check.errors.js';
import type { CriterionJudgements, CrsQualityCheckEvent } from './crs-quality-check.events.js';
import { evolve, initialState, type CrsQualityCheck } from './crs-quality-check.state.js';
import {
  MEETING_OBSERVATION_CRITERIA,
  MINUTES_AUDIT_CRITERIA,
  PLAN_AUDIT_CRITERIA,
  type CrsCriterion,
} from './crs-quality-check.values.js';

const check = crsInputChecks(Code, 'CRS-2');

export function decide(command: CrsQualityCheckCommand, state: CrsQualityCheck): CrsQualityCheckEvent[] {
  switch (command.type) {
    case 'RecordCrsMeetingObservation':
      return observe(command, state);
    case 'RecordCrsMinutesAudit':
      return auditMinutes(command, state);
    case 'RecordCrsPlanAudit':
      return auditPlan(command, state);
    case 'RecordCrsFeedbackGivenToChair':
      return recordFeedback(command, state);
    default:
      return assertNever(command);
  }
}

export const crsQualityCheckDecider: Decider<CrsQualityCheckCommand, CrsQualityCheck, CrsQualityCheckEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function observe(command: RecordCrsMeetingObservation, state: CrsQualityCheck): CrsQualityCheckEvent[] {
  notYetRecorded(state);
  const { actor, now } = command.metadata;
  mustBeCrsTeamManager(actor);
  const d = command.data;
  const meetingType = check.meetingType(d.meetingType);
  return [
    {
      type: 'CrsMeetingObserved',
      data: {
        checkId: check.required(d.checkId, 'checkId'),
        crsTeamManagerId: actor.staffId,
        meetingType,
        planKind: planKindOf(meetingType),
        meetingDate: check.pastDate(d.meetingDate, 'meetingDate', now),
        azeusNumber: check.required(d.azeusNumber, 'azeusNumber'),
        chairId: chairOf(d.chairId, actor),
        observation: judged(d.observation, MEETING_OBSERVATION_CRITERIA, 'observation'),
        minutesAudit: judged(d.minutesAudit, MINUTES_AUDIT_CRITERIA, 'minutesAudit'),
        planAudit: judged(d.planAudit, PLAN_AUDIT_CRITERIA, 'planAudit'),
        ...feedback(d),
        recordedAt: now,
      },
    },
  ];
}

function auditMinutes(command: RecordCrsMinutesAudit, state: CrsQualityCheck): CrsQualityCheckEvent[] {
  notYetRecorded(state);
  const { actor, now } = command.metadata;
  mustBeCrsTeamManager(actor);
  const d = command.data;
  const meetingType = check.meetingType(d.meetingType);
  const meetingDate = check.pastDate(d.meetingDate, 'meetingDate', now);
  return [
    {
      type: 'CrsMinutesAudited',
      data: {
        checkId: check.required(d.checkId, 'checkId'),
        crsTeamManagerId: actor.staffId,
        meetingType,
        planKind: planKindOf(meetingType),
        meetingDate,
        azeusNumber: check.required(d.azeusNumber, 'azeusNumber'),
        chairId: chairOf(d.chairId, actor),
        auditedOn: auditDate(d.auditedOn, meetingDate, now),
        judgements: judged(d.judgements, MINUTES_AUDIT_CRITERIA, 'judgements'),
        ...feedback(d),
        recordedAt: now,
      },
    },
  ];
}

function auditPlan(command: RecordCrsPlanAudit, state: CrsQualityCheck): CrsQualityCheckEvent[] {
  notYetRecorded(state);
  const { actor, now } = command.metadata;
  mustBeCrsTeamManager(actor);
  const d = command.data;
  const planDate = check.pastDate(d.planDate, 'planDate', now);
  return [
    {
      type: 'CrsPlanAudited',
      data: {
        checkId: check.required(d.checkId, 'checkId'),
        crsTeamManagerId: actor.staffId,
        planKind: check.planKind(d.planKind),
        azeusNumber: check.required(d.azeusNumber, 'azeusNumber'),
        planDate,
        chairId: chairOf(d.chairId, actor),
        socialWorkerId: check.optionalText(d.socialWorkerId),
        auditedOn: auditDate(d.auditedOn, planDate, now),
        judgements: judged(d.judgements, PLAN_AUDIT_CRITERIA, 'judgements'),
        ...feedback(d),
        recordedAt: now,
      },
    },
  ];
}

function recordFeedback(command: RecordCrsFeedbackGivenToChair, state: CrsQualityCheck): CrsQualityCheckEvent[] {
  if (state.status === 'NOT_RECORDED') {
    throw new DomainError(Code.NOT_FOUND, 'No such CRS quality check', 'NOT_FOUND', { field: 'checkId' });
  }
  const { actor, now } = command.metadata;
  if (actor.staffId !== state.crsTeamManagerId) {
    throw new DomainError(Code.NOT_THE_CRS_TEAM_MANAGER, 'Only the CRS team manager who made the check gives its feedback (CRS-2)', 'FORBIDDEN', {
      rule: 'CRS-2',
    });
  }
  const supervisionDate = check.pastDate(command.data.supervisionDate, 'supervisionDate', now);
  if (supervisionDate < state.checkedOn) {
    throw new DomainError(
      Code.FEEDBACK_BEFORE_CHECK,
      `supervisionDate ${supervisionDate} is before the check of ${state.checkedOn} it gives feedback on (CRS-2)`,
      'BAD_USER_INPUT',
      { field: 'supervisionDate', rule: 'CRS-2' },
    );
  }
  if (state.feedbackGivenOn === supervisionDate) return [];
  if (state.feedbackGivenOn !== null) {
    throw new DomainError(Code.FEEDBACK_ALREADY_GIVEN, `Feedback was already given to the chair in supervision on ${state.feedbackGivenOn} (CRS-2)`, 'CONFLICT', {
      rule: 'CRS-2',
    });
  }
  return [
    {
      type: 'CrsFeedbackGivenToChair',
      data: { checkId: state.checkId, chairId: state.chairId, supervisionDate, recordedAt: now },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards and input checks.

function notYetRecorded(state: CrsQualityCheck): void {
  if (state.status !== 'NOT_RECORDED') {
    throw new DomainError(Code.ALREADY_RECORDED, `CRS quality check ${state.checkId} is already recorded`, 'CONFLICT', {
      field: 'checkId',
      rule: 'CRS-2',
    });
  }
}

/** CRS-2: the CRS team manager quality assures the chairs' practice. */
function mustBeCrsTeamManager(actor: Actor): void {
  if (actor.role !== 'CRS_TEAM_MANAGER') {
    throw new DomainError(
      Code.NOT_THE_CRS_TEAM_MANAGER,
      `Observations and audits of conferences, reviews, minutes and plans are the CRS team manager's, not a ${actor.role}'s (CRS-2)`,
      'FORBIDDEN',
      { rule: 'CRS-2' },
    );
  }
}

function chairOf(value: unknown, actor: Actor): string {
  const chairId = check.required(value, 'chairId');
  if (chairId === actor.staffId) {
    throw new DomainError(Code.OWN_CHAIRING, 'A CRS team manager does not quality assure their own chairing (CRS-2)', 'BAD_USER_INPUT', {
      field: 'chairId',
      rule: 'CRS-2',
    });
  }
  return chairId;
}

function auditDate(value: unknown, madeOn: string, now: string): string {
  const auditedOn = check.pastDate(value, 'auditedOn', now);
  if (auditedOn < madeOn) {
    throw new DomainError(Code.AUDIT_BEFORE_MEETING, `auditedOn ${auditedOn} is before the meeting of ${madeOn} (CRS-2)`, 'BAD_USER_INPUT', {
      field: 'auditedOn',
      rule: 'CRS-2',
    });
  }
  return auditedOn;
}

/** Every criterion of the list judged on the four grades with comments; no criterion outside it. */
function judged(value: CriterionJudgementsInput | null | undefined, criteria: readonly CrsCriterion[], field: string): CriterionJudgements {
  const given = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const unknown = Object.keys(given).find((key) => !criteria.some((c) => c.key === key));
  if (unknown !== undefined) {
    throw new DomainError(
      Code.CRITERION_UNKNOWN,
      `${field}.${unknown} is not a criterion here; the criteria are ${criteria.map((c) => c.key).join(', ')} (CRS-2)`,
      'BAD_USER_INPUT',
      { field: `${field}.${unknown}`, rule: 'CRS-2' },
    );
  }
  return Object.fromEntries(
    criteria.map(({ key }) => {
      if (given[key] === undefined || given[key] === null) {
        throw new DomainError(Code.CRITERION_NOT_JUDGED, `${field}.${key} is not judged: judge every criterion (CRS-2)`, 'BAD_USER_INPUT', {
          field: `${field}.${key}`,
          rule: 'CRS-2',
        });
      }
      return [key, check.rated(given[key], `${field}.${key}`)];
    }),
  );
}

function feedback(d: { readonly feedbackForChair: string; readonly feedbackForWiderTeams?: string | null }) {
  return {
    feedbackForChair: check.required(d.feedbackForChair, 'feedbackForChair'),
    feedbackForWiderTeams: check.optionalText(d.feedbackForWiderTeams),
  };
}
