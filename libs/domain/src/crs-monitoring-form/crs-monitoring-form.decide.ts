import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { crsInputChecks } from './conference-and-review.checks.js';
import { INDEPENDENT_CHAIR_ROLES } from './conference-and-review.values.js';
import type { CrsMonitoringFormCommand, RecordMonitoringFormUsedInSupervision, SubmitMonitoringForm } from './crs-monitoring-form.commands.js';
import { CrsMonitoringFormErrorCode as Code } from './crs-monitoring-form.errors.js';
import type { CrsMonitoringFormEvent } from './crs-monitoring-form.events.js';
import { evolve, initialState, type CrsMonitoringForm } from './crs-monitoring-form.state.js';

const check = crsInputChecks(Code, 'CRS-3');

export function decide(command: CrsMonitoringFormCommand, state: CrsMonitoringForm): CrsMonitoringFormEvent[] {
  switch (command.type) {
    case 'SubmitMonitoringForm':
      return submit(command, state);
    case 'RecordMonitoringFormUsedInSupervision':
      return recordUseInSupervision(command, state);
    default:
      return assertNever(command);
  }
}

export const crsMonitoringFormDecider: Decider<CrsMonitoringFormCommand, CrsMonitoringForm, CrsMonitoringFormEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function submit(command: SubmitMonitoringForm, state: CrsMonitoringForm): CrsMonitoringFormEvent[] {
  // CRS-3: one form after each conference or review.
  if (state.status !== 'NOT_SUBMITTED') {
    throw new DomainError(Code.ALREADY_SUBMITTED, `A monitoring form ${state.formId} is already submitted for this meeting`, 'CONFLICT', {
      field: 'formId',
      rule: 'CRS-3',
    });
  }
  const { actor, now } = command.metadata;
  if (!INDEPENDENT_CHAIR_ROLES.includes(actor.role)) {
    throw new DomainError(
      Code.NOT_A_CHAIR,
      `A monitoring form is completed by the independent chair (IRO or CP chair), not a ${actor.role} (CRS-3)`,
      'FORBIDDEN',
      { rule: 'CRS-3' },
    );
  }
  const d = command.data;
  const meetingDate = check.pastDate(d.meetingDate, 'meetingDate', now);
  const nextMeetingDate = d.nextMeetingDate === null || d.nextMeetingDate === undefined ? null : check.isoDate(d.nextMeetingDate, 'nextMeetingDate');
  if (nextMeetingDate !== null && nextMeetingDate <= meetingDate) {
    throw new DomainError(
      Code.NEXT_MEETING_NOT_AFTER,
      `nextMeetingDate ${nextMeetingDate} must fall after the meeting of ${meetingDate} (CRS-3)`,
      'BAD_USER_INPUT',
      { field: 'nextMeetingDate', rule: 'CRS-3' },
    );
  }
  return [
    {
      type: 'CrsMonitoringFormSubmitted',
      data: {
        formId: check.required(d.formId, 'formId'),
        meetingType: check.meetingType(d.meetingType),
        meetingDate,
        nextMeetingDate,
        azeusNumber: check.required(d.azeusNumber, 'azeusNumber'),
        socialWorkerId: check.required(d.socialWorkerId, 'socialWorkerId'),
        teamManagerId: check.required(d.teamManagerId, 'teamManagerId'),
        teamId: check.optionalText(d.teamId),
        chairId: actor.staffId,
        chairRole: actor.role,
        preparation: check.rated(d.preparation, 'preparation'),
        assessment: check.rated(d.assessment, 'assessment'),
        plan: check.rated(d.plan, 'plan'),
        concerns: check.concerns(d.concerns),
        submittedAt: now,
      },
    },
  ];
}

function recordUseInSupervision(command: RecordMonitoringFormUsedInSupervision, state: CrsMonitoringForm): CrsMonitoringFormEvent[] {
  if (state.status === 'NOT_SUBMITTED') {
    throw new DomainError(Code.NOT_FOUND, 'No such monitoring form', 'NOT_FOUND', { field: 'formId' });
  }
  const { actor, now } = command.metadata;
  if (actor.staffId !== state.teamManagerId) {
    throw new DomainError(
      Code.NOT_THE_TEAM_MANAGER,
      "Only the social worker's team manager named on the form records its use in supervision (CRS-3)",
      'FORBIDDEN',
      { rule: 'CRS-3' },
    );
  }
  const supervisionDate = check.pastDate(command.data.supervisionDate, 'supervisionDate', now);
  if (supervisionDate < state.meetingDate) {
    throw new DomainError(
      Code.SUPERVISION_BEFORE_MEETING,
      `supervisionDate ${supervisionDate} is before the meeting of ${state.meetingDate} the form is about (CRS-3)`,
      'BAD_USER_INPUT',
      { field: 'supervisionDate', rule: 'CRS-3' },
    );
  }
  // The same supervision recorded again changes nothing.
  if (state.usedInSupervision.some((use) => use.supervisionDate === supervisionDate)) return [];
  return [
    {
      type: 'CrsMonitoringFormUsedInSupervision',
      data: {
        formId: state.formId,
        teamManagerId: actor.staffId,
        supervisionDate,
        notes: check.optionalText(command.data.notes),
        recordedAt: now,
      },
    },
  ];
}
