import { assertNever, type Actor, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  DraftObservationLearningReport,
  ObservationLearningReportCommand,
  SubmitObservationLearningReport,
} from './observation-learning-report.commands.js';
import { ObservationLearningReportErrorCode as Code } from './observation-learning-report.errors.js';
import type { ObservationLearningReportEvent } from './observation-learning-report.events.js';
import { evolve, initialState, type ObservationLearningReport } from './observation-learning-report.state.js';
import { observationLearningReportId } from './observation-learning-report.stream.js';
import { FIRST_REPORT_YEAR, OBSERVATION_LEARNING_REPORT_ROLE } from './observation-learning-report.values.js';

/**
 * OBS-6: each Head of Service reports the learning from staff observation at least annually.
 * Rules: only a Head of Service writes one, for a service area the staff directory shows them
 * heading; one report per Head of Service per calendar year, for this year or a past one; it is
 * drafted (and redrafted) with the learning, its themes, strengths and areas for development,
 * then submitted, after which it no longer changes.
 */
export function decide(command: ObservationLearningReportCommand, state: ObservationLearningReport): ObservationLearningReportEvent[] {
  switch (command.type) {
    case 'DraftObservationLearningReport':
      return draft(command, state);
    case 'SubmitObservationLearningReport':
      return submit(command, state);
    default:
      return assertNever(command);
  }
}

export const observationLearningReportDecider: Decider<ObservationLearningReportCommand, ObservationLearningReport, ObservationLearningReportEvent> = {
  decide,
  evolve,
  initialState,
};

function draft(command: DraftObservationLearningReport, state: ObservationLearningReport): ObservationLearningReportEvent[] {
  const { actor, now } = command.metadata;
  mustBeHeadOfService(actor);
  if (state.status !== 'NOT_STARTED') mustBeTheirs(state.headOfServiceId, actor);
  const d = command.data;
  const year = reportYear(d.year, now);
  if (state.status === 'SUBMITTED') {
    throw new DomainError(
      Code.ALREADY_SUBMITTED,
      `The observation learning report for ${year} is submitted; a Head of Service submits one report a year`,
      'CONFLICT',
      { field: 'year', rule: 'OBS-6' },
    );
  }
  const serviceAreaId = required(d.serviceAreaId, 'serviceAreaId');
  const headed = Array.isArray(d.serviceAreasHeaded) ? d.serviceAreasHeaded : [];
  if (!headed.includes(serviceAreaId)) {
    throw new DomainError(
      Code.SERVICE_AREA_NOT_HEADED,
      `serviceAreaId ${serviceAreaId} is not a service area you head${headed.length > 0 ? ` (you head ${headed.join(', ')})` : ''}`,
      'BAD_USER_INPUT',
      { field: 'serviceAreaId', rule: 'OBS-6' },
    );
  }
  const themes = (Array.isArray(d.themes) ? d.themes : []).map(optionalText).filter((t): t is string => t !== null);
  if (themes.length === 0) {
    throw new DomainError(Code.THEMES_REQUIRED, 'themes needs at least one theme of the learning', 'BAD_USER_INPUT', { field: 'themes', rule: 'OBS-6' });
  }
  const content = {
    reportId: observationLearningReportId(actor.staffId, year),
    headOfServiceId: actor.staffId,
    year,
    serviceAreaId,
    learning: required(d.learning, 'learning'),
    themes,
    strengths: required(d.strengths, 'strengths'),
    areasForDevelopment: required(d.areasForDevelopment, 'areasForDevelopment'),
  };
  if (state.status === 'DRAFT') {
    const { status: _status, ...current } = state;
    if (JSON.stringify(current) === JSON.stringify(content)) return [];
  }
  return [{ type: 'ObservationLearningReportDrafted', data: { ...content, draftedAt: now } }];
}

function submit(command: SubmitObservationLearningReport, state: ObservationLearningReport): ObservationLearningReportEvent[] {
  const { actor, now } = command.metadata;
  mustBeHeadOfService(actor);
  if (state.status === 'NOT_STARTED') {
    throw new DomainError(Code.NOT_DRAFTED, `Write the observation learning report for ${String(command.data.year)} before submitting it`, 'NOT_FOUND', {
      field: 'year',
      rule: 'OBS-6',
    });
  }
  mustBeTheirs(state.headOfServiceId, actor);
  if (state.status === 'SUBMITTED') return [];
  return [
    {
      type: 'ObservationLearningReportSubmitted',
      data: { reportId: state.reportId, headOfServiceId: state.headOfServiceId, year: state.year, serviceAreaId: state.serviceAreaId, submittedAt: now },
    },
  ];
}

function mustBeHeadOfService(actor: Actor): void {
  if (actor.role !== OBSERVATION_LEARNING_REPORT_ROLE) {
    throw new DomainError(Code.NOT_A_HEAD_OF_SERVICE, `A Head of Service reports the learning from staff observation, not ${actor.role}`, 'FORBIDDEN', {
      rule: 'OBS-6',
    });
  }
}

function mustBeTheirs(headOfServiceId: string, actor: Actor): void {
  if (headOfServiceId !== actor.staffId) {
    throw new DomainError(Code.NOT_THE_HEAD_OF_SERVICE, 'Only the Head of Service who writes the report may change or submit it', 'FORBIDDEN', {
      rule: 'OBS-6',
    });
  }
}

function reportYear(value: unknown, now: string): number {
  const thisYear = Number(now.slice(0, 4));
  if (typeof value !== 'number' || !Number.isInteger(value) || value < FIRST_REPORT_YEAR) {
    throw new DomainError(Code.YEAR_INVALID, `year must be a calendar year from ${FIRST_REPORT_YEAR}, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
      field: 'year',
      rule: 'OBS-6',
    });
  }
  if (value > thisYear) {
    throw new DomainError(Code.YEAR_IN_FUTURE, `year ${value} has not begun: report this year's learning or a past year's`, 'BAD_USER_INPUT', {
      field: 'year',
      rule: 'OBS-6',
    });
  }
  return value;
}

function required(value: unknown, field: string): string {
  const text = optionalText(value);
  if (text === null) {
    throw new DomainError(Code.FIELD_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field, rule: 'OBS-6' });
  }
  return text;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
