import { assertNever, type Actor, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  ComplaintDetailsInput,
  CorrectLearningInput,
  LearningInputCommand,
  LearningInputContentInput,
  LearningInputFacts,
  RecordComplaintResponse,
  RecordLearningInput,
  StaffSurveyInput,
  WithdrawLearningInput,
} from './learning-input.commands.js';
import { LearningInputErrorCode as Code } from './learning-input.errors.js';
import type { LearningInputEvent } from './learning-input.events.js';
import { evolve, initialState, type LearningInput, type RecordedLearningInput } from './learning-input.state.js';
import {
  COMPLAINT_OUTCOMES,
  LEARNING_INPUT_KINDS,
  LEARNING_INPUT_LIMITS as LIMITS,
  LEARNING_INPUT_RECORDER_ROLES,
  LEARNING_INPUT_SQA_ROLES,
  learningThemeKey,
  sourceTypesOf,
  type ComplaintDetails,
  type ComplaintOutcome,
  type LearningInputContent,
  type LearningInputKind,
  type LearningInputSource,
  type LearningInputTeam,
  type StaffSurveyDetails,
} from './learning-input.values.js';

export function decide(command: LearningInputCommand, state: LearningInput): LearningInputEvent[] {
  switch (command.type) {
    case 'RecordLearningInput':
      return record(command, state);
    case 'CorrectLearningInput':
      return correct(command, state);
    case 'RecordComplaintResponse':
      return recordComplaintResponse(command, state);
    case 'WithdrawLearningInput':
      return withdraw(command, state);
    default:
      return assertNever(command);
  }
}

export const learningInputDecider: Decider<LearningInputCommand, LearningInput, LearningInputEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function record(command: RecordLearningInput, state: LearningInput): LearningInputEvent[] {
  if (state.status !== 'NOT_RECORDED') {
    throw new DomainError(Code.ALREADY_RECORDED, `Learning input ${state.learningInputId} is already recorded`, 'CONFLICT', {
      field: 'learningInputId',
    });
  }
  const actor = command.metadata.actor;
  recorderRole(actor);
  const d = command.data;
  const learningInputId = required(d.learningInputId, 'learningInputId');
  const kind = LEARNING_INPUT_KINDS.find((k) => k === d.kind);
  if (kind === undefined) {
    throw new DomainError(
      Code.KIND_UNKNOWN,
      `kind ${JSON.stringify(d.kind)} is not a learning input; expected one of ${LEARNING_INPUT_KINDS.join(', ')} (REP-2)`,
      'BAD_USER_INPUT',
      { field: 'kind', rule: 'REP-2' },
    );
  }
  const content = checkedContent(kind, d, d.facts, command.metadata.now, null);
  withinServiceArea(actor, content, d.facts);
  return [
    {
      type: 'LearningInputRecorded',
      data: {
        learningInputId,
        kind,
        ...content,
        recordedBy: actor.staffId,
        recordedByRole: actor.role,
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function correct(command: CorrectLearningInput, state: LearningInput): LearningInputEvent[] {
  const input = recorded(state);
  const actor = command.metadata.actor;
  mayChange(input, actor, 'correct');
  const d = command.data;
  const reason = required(d.reason, 'reason');
  const content = checkedContent(input.kind, d, d.facts, command.metadata.now, input.content.complaint);
  withinServiceArea(actor, content, d.facts);
  // Nothing differs: the correction is already what the input says.
  if (JSON.stringify(content) === JSON.stringify(input.content)) return [];
  return [
    {
      type: 'LearningInputCorrected',
      data: { learningInputId: input.learningInputId, ...content, reason, correctedBy: actor.staffId, correctedAt: command.metadata.now },
    },
  ];
}

function recordComplaintResponse(command: RecordComplaintResponse, state: LearningInput): LearningInputEvent[] {
  const input = recorded(state);
  mayChange(input, command.metadata.actor, 'record the response to');
  if (input.kind !== 'COMPLAINT') {
    throw new DomainError(Code.NOT_A_COMPLAINT, `Learning input ${input.learningInputId} is a ${input.kind}, not a complaint`, 'BAD_USER_INPUT', {
      field: 'learningInputId',
    });
  }
  const d = command.data;
  const response = complaintResponse({ outcome: d.outcome, responseDate: d.responseDate }, input.content.receivedOn, command.metadata.now, '');
  if (response.outcome === null || response.responseDate === null) {
    throw new DomainError(Code.RESPONSE_INCOMPLETE, 'The response to a complaint has an outcome and a response date', 'BAD_USER_INPUT', {
      field: response.outcome === null ? 'outcome' : 'responseDate',
    });
  }
  const current = input.content.complaint;
  if (current !== null && current.outcome !== null) {
    if (current.outcome === response.outcome && current.responseDate === response.responseDate) return [];
    throw new DomainError(
      Code.RESPONSE_ALREADY_RECORDED,
      `The complaint's response is already recorded (${current.outcome} on ${current.responseDate}); correct the learning input to change it`,
      'CONFLICT',
      { field: 'outcome' },
    );
  }
  return [
    {
      type: 'ComplaintResponseRecorded',
      data: {
        learningInputId: input.learningInputId,
        outcome: response.outcome,
        responseDate: response.responseDate,
        recordedBy: command.metadata.actor.staffId,
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function withdraw(command: WithdrawLearningInput, state: LearningInput): LearningInputEvent[] {
  const input = recorded(state);
  mayChange(input, command.metadata.actor, 'withdraw');
  const reason = required(command.data.reason, 'reason');
  return [
    {
      type: 'LearningInputWithdrawn',
      data: { learningInputId: input.learningInputId, reason, withdrawnBy: command.metadata.actor.staffId, withdrawnAt: command.metadata.now },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Who may record and change.

function recorderRole(actor: Actor): void {
  if ((LEARNING_INPUT_RECORDER_ROLES as readonly string[]).includes(actor.role)) return;
  throw new DomainError(
    Code.RECORDER_ROLE_NOT_ALLOWED,
    `Learning inputs are recorded by S&QA officers and managers, or a Head of Service for their own service area; not by a ${actor.role} (REP-2)`,
    'FORBIDDEN',
    { rule: 'REP-2' },
  );
}

function isSqa(actor: Actor): boolean {
  return (LEARNING_INPUT_SQA_ROLES as readonly string[]).includes(actor.role);
}

/** S&QA change any input; a Head of Service only one they recorded. */
function mayChange(input: RecordedLearningInput, actor: Actor, action: string): void {
  recorderRole(actor);
  if (isSqa(actor) || actor.staffId === input.recordedBy) return;
  throw new DomainError(
    Code.NOT_THE_RECORDER,
    `Only S&QA or the Head of Service who recorded learning input ${input.learningInputId} may ${action} it`,
    'FORBIDDEN',
    { field: 'learningInputId', rule: 'REP-2' },
  );
}

/**
 * A Head of Service records inputs touching only their own service: the service areas of their
 * team and of the teams of those they line-manage.
 */
function withinServiceArea(actor: Actor, content: LearningInputContent, facts: LearningInputFacts): void {
  if (isSqa(actor)) return;
  const own = new Set(Array.isArray(facts?.actorServiceAreaIds) ? facts.actorServiceAreaIds : []);
  if (own.size === 0) {
    throw new DomainError(
      Code.NO_SERVICE_AREA,
      'A Head of Service records learning inputs for their own service area, and none is recorded for you (neither your team nor those you line-manage have one)',
      'FORBIDDEN',
      { rule: 'REP-2' },
    );
  }
  const yours = [...own].sort().join(', ');
  const team = content.teams.find((t) => !own.has(t.serviceAreaId));
  if (team !== undefined) {
    throw new DomainError(
      Code.OUTSIDE_SERVICE_AREA,
      `teamIds: team ${team.teamId} is in service area ${team.serviceAreaId}, outside your service (${yours}); S&QA record inputs across service areas`,
      'FORBIDDEN',
      { field: 'teamIds', rule: 'REP-2' },
    );
  }
  const area = content.serviceAreaIds.find((id) => !own.has(id));
  if (area !== undefined) {
    throw new DomainError(
      Code.OUTSIDE_SERVICE_AREA,
      `serviceAreaIds: ${area} is outside your service (${yours}); S&QA record inputs across service areas`,
      'FORBIDDEN',
      { field: 'serviceAreaIds', rule: 'REP-2' },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// What an input says.

function recorded(state: LearningInput): RecordedLearningInput {
  if (state.status === 'NOT_RECORDED') {
    throw new DomainError(Code.NOT_FOUND, 'No learning input is recorded with this id', 'NOT_FOUND', { field: 'learningInputId' });
  }
  if (state.status === 'WITHDRAWN') {
    throw new DomainError(
      Code.WITHDRAWN,
      `Learning input ${state.learningInputId} was withdrawn on ${state.withdrawnAt.slice(0, 10)}; record it anew instead`,
      'CONFLICT',
      { field: 'learningInputId' },
    );
  }
  return state;
}

/**
 * The content of a record or correction, checked. `keptComplaint`: on a correction that does not
 * restate the complaint's response, the response recorded so far is kept.
 */
function checkedContent(
  kind: LearningInputKind,
  input: LearningInputContentInput,
  facts: LearningInputFacts,
  now: string,
  keptComplaint: ComplaintDetails | null,
): LearningInputContent {
  const receivedOn = pastDate(input.receivedOn, 'receivedOn', now);
  const source = checkedSource(kind, input.source);
  const teams = checkedTeams(input.teamIds, facts);
  const serviceAreaIds = checkedServiceAreas(input.serviceAreaIds, facts);
  if (teams.length === 0 && serviceAreaIds.length === 0) {
    throw new DomainError(
      Code.TEAMS_REQUIRED,
      'teamIds: a learning input names the teams or service areas it touches (section 2); give at least one team or service area',
      'BAD_USER_INPUT',
      { field: 'teamIds' },
    );
  }
  const summary = required(input.summary, 'summary');

  let complaint: ComplaintDetails | null = null;
  if (kind === 'COMPLAINT') {
    complaint =
      input.complaint == null
        ? (keptComplaint ?? { outcome: null, responseDate: null })
        : complaintResponse(input.complaint, receivedOn, now, 'complaint.');
  } else if (input.complaint != null) {
    throw new DomainError(Code.NOT_A_COMPLAINT, `complaint: only a complaint has an outcome and a response date, not a ${kind}`, 'BAD_USER_INPUT', {
      field: 'complaint',
    });
  }

  let staffSurvey: StaffSurveyDetails | null = null;
  if (kind === 'STAFF_SURVEY') {
    staffSurvey = checkedStaffSurvey(input.staffSurvey, receivedOn);
  } else if (input.staffSurvey != null) {
    throw new DomainError(Code.NOT_A_STAFF_SURVEY, `staffSurvey: only a staff survey has a year and findings, not a ${kind}`, 'BAD_USER_INPUT', {
      field: 'staffSurvey',
    });
  }

  const themes = checkedThemes(input.themes, staffSurvey?.findings.map((f) => f.theme) ?? []);
  return { receivedOn, source, teams, serviceAreaIds, themes, summary, complaint, staffSurvey };
}

function checkedSource(kind: LearningInputKind, source: LearningInputContentInput['source'] | null | undefined): LearningInputSource {
  const description = required(source?.description, 'source.description');
  const types = sourceTypesOf(kind);
  const given = optionalText(source?.type);
  if (types.length === 0) {
    if (given === null) return { description, type: null };
    throw new DomainError(
      Code.SOURCE_TYPE_NOT_EXPECTED,
      `source.type: a ${kind} has no source type; say who or what it came from in source.description`,
      'BAD_USER_INPUT',
      { field: 'source.type' },
    );
  }
  if (given === null) {
    throw new DomainError(Code.SOURCE_TYPE_REQUIRED, `source.type is required for a ${kind}: one of ${types.join(', ')}`, 'BAD_USER_INPUT', {
      field: 'source.type',
    });
  }
  const type = types.find((t) => t === given);
  if (type === undefined) {
    throw new DomainError(
      Code.SOURCE_TYPE_UNKNOWN,
      `source.type ${JSON.stringify(given)} is not a source of a ${kind}; expected one of ${types.join(', ')}`,
      'BAD_USER_INPUT',
      { field: 'source.type' },
    );
  }
  return { description, type };
}

function checkedTeams(value: readonly string[] | null | undefined, facts: LearningInputFacts): LearningInputTeam[] {
  const ids = idList(value, 'teamIds', LIMITS.teams);
  return ids.map((teamId) => {
    const serviceAreaId = optionalText(facts?.teams?.find((t) => t.teamId === teamId)?.serviceAreaId);
    if (serviceAreaId === null) {
      throw new DomainError(Code.TEAM_UNKNOWN, `teamIds: no team ${teamId} is registered`, 'BAD_USER_INPUT', { field: 'teamIds' });
    }
    return { teamId, serviceAreaId };
  });
}

function checkedServiceAreas(value: readonly string[] | null | undefined, facts: LearningInputFacts): string[] {
  const ids = idList(value, 'serviceAreaIds', LIMITS.serviceAreas);
  const registered = new Set(facts?.registeredServiceAreaIds ?? []);
  const unknown = ids.find((id) => !registered.has(id));
  if (unknown !== undefined) {
    throw new DomainError(Code.SERVICE_AREA_UNKNOWN, `serviceAreaIds: no service area ${unknown} is registered`, 'BAD_USER_INPUT', {
      field: 'serviceAreaIds',
    });
  }
  return ids;
}

/** Trimmed ids, each once, in the order given. */
function idList(value: readonly unknown[] | null | undefined, field: string, limit: number): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    throw new DomainError(Code.FIELD_REQUIRED, `${field} must be a list`, 'BAD_USER_INPUT', { field });
  }
  const ids = [...new Set(value.map((v, i) => required(v, `${field}.${i}`)))];
  if (ids.length > limit) {
    throw new DomainError(Code.TOO_MANY, `${field}: at most ${limit}, not ${ids.length}`, 'BAD_USER_INPUT', { field });
  }
  return ids;
}

/**
 * REP-2: the learning themes, as entered (trimmed), one per theme key, in the order given; a staff
 * survey's finding themes join them after those given.
 */
function checkedThemes(value: readonly unknown[] | null | undefined, findingThemes: readonly string[]): string[] {
  const given = Array.isArray(value) ? value : [];
  const themes = new Map<string, string>();
  given.forEach((theme, i) => {
    const text = optionalText(theme);
    if (text === null || text.length > LIMITS.themeLength) {
      throw new DomainError(
        Code.THEME_INVALID,
        `themes.${i}: a learning theme is a tag of 1 to ${LIMITS.themeLength} characters (REP-2)`,
        'BAD_USER_INPUT',
        { field: `themes.${i}`, rule: 'REP-2' },
      );
    }
    if (!themes.has(learningThemeKey(text))) themes.set(learningThemeKey(text), text);
  });
  for (const text of findingThemes) if (!themes.has(learningThemeKey(text))) themes.set(learningThemeKey(text), text);
  if (themes.size === 0) {
    throw new DomainError(
      Code.THEMES_REQUIRED,
      'themes: a learning input names at least one learning theme it touches (REP-2)',
      'BAD_USER_INPUT',
      { field: 'themes', rule: 'REP-2' },
    );
  }
  if (themes.size > LIMITS.themes) {
    throw new DomainError(Code.TOO_MANY, `themes: at most ${LIMITS.themes} learning themes, not ${themes.size} (REP-2)`, 'BAD_USER_INPUT', {
      field: 'themes',
      rule: 'REP-2',
    });
  }
  return [...themes.values()];
}

/** A complaint's outcome and response date: both or neither, the date between receipt and today. */
function complaintResponse(input: ComplaintDetailsInput, receivedOn: string, now: string, prefix: string): ComplaintDetails {
  const given = optionalText(input.outcome);
  const responseDate = input.responseDate == null ? null : pastDate(input.responseDate, `${prefix}responseDate`, now);
  let outcome: ComplaintOutcome | null = null;
  if (given !== null) {
    const known = COMPLAINT_OUTCOMES.find((o) => o === given);
    if (known === undefined) {
      throw new DomainError(
        Code.OUTCOME_UNKNOWN,
        `${prefix}outcome ${JSON.stringify(given)} is not an outcome; expected one of ${COMPLAINT_OUTCOMES.join(', ')}`,
        'BAD_USER_INPUT',
        { field: `${prefix}outcome` },
      );
    }
    outcome = known;
  }
  if ((outcome === null) !== (responseDate === null)) {
    throw new DomainError(
      Code.RESPONSE_INCOMPLETE,
      `${prefix}${outcome === null ? 'outcome' : 'responseDate'}: a complaint's outcome and response date are given together, or neither while it is open`,
      'BAD_USER_INPUT',
      { field: `${prefix}${outcome === null ? 'outcome' : 'responseDate'}` },
    );
  }
  if (responseDate !== null && responseDate < receivedOn) {
    throw new DomainError(
      Code.RESPONSE_BEFORE_RECEIPT,
      `${prefix}responseDate ${responseDate} is before the complaint was received on ${receivedOn}`,
      'BAD_USER_INPUT',
      { field: `${prefix}responseDate` },
    );
  }
  return { outcome, responseDate };
}

function checkedStaffSurvey(input: StaffSurveyInput | null | undefined, receivedOn: string): StaffSurveyDetails {
  if (input == null) {
    throw new DomainError(Code.STAFF_SURVEY_REQUIRED, 'staffSurvey: a staff survey has its year and findings (REP-2)', 'BAD_USER_INPUT', {
      field: 'staffSurvey',
      rule: 'REP-2',
    });
  }
  const latest = Number(receivedOn.slice(0, 4));
  if (!Number.isInteger(input.year) || input.year < LIMITS.earliestSurveyYear || input.year > latest) {
    throw new DomainError(
      Code.SURVEY_YEAR_INVALID,
      `staffSurvey.year must be a year from ${LIMITS.earliestSurveyYear} to ${latest} (the year its findings were received), not ${JSON.stringify(input.year)}`,
      'BAD_USER_INPUT',
      { field: 'staffSurvey.year' },
    );
  }
  const findings = Array.isArray(input.findings) ? input.findings : [];
  if (findings.length === 0) {
    throw new DomainError(Code.FINDINGS_REQUIRED, "staffSurvey.findings: the staff survey's findings, at least one (REP-2)", 'BAD_USER_INPUT', {
      field: 'staffSurvey.findings',
      rule: 'REP-2',
    });
  }
  if (findings.length > LIMITS.findings) {
    throw new DomainError(Code.TOO_MANY, `staffSurvey.findings: at most ${LIMITS.findings}`, 'BAD_USER_INPUT', { field: 'staffSurvey.findings' });
  }
  return {
    year: input.year,
    findings: findings.map((f, i) => {
      const theme = optionalText(f?.theme);
      if (theme === null || theme.length > LIMITS.themeLength) {
        throw new DomainError(
          Code.THEME_INVALID,
          `staffSurvey.findings.${i}.theme: each finding names its learning theme, 1 to ${LIMITS.themeLength} characters (REP-2)`,
          'BAD_USER_INPUT',
          { field: `staffSurvey.findings.${i}.theme`, rule: 'REP-2' },
        );
      }
      return { theme, text: required(f?.text, `staffSurvey.findings.${i}.text`) };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Input checks.

function required(value: unknown, field: string): string {
  const text = optionalText(value);
  if (text === null) throw new DomainError(Code.FIELD_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field });
  return text;
}

/** Trimmed text, or null when absent or blank. */
function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD (2025-02-30 is refused), not after the day of `now`. */
function pastDate(value: unknown, field: string, now: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  let date: string | null = null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    if (parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day) date = value as string;
  }
  if (date === null) {
    throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', { field });
  }
  if (date > now.slice(0, 10)) {
    throw new DomainError(Code.DATE_IN_FUTURE, `${field} ${date} is in the future; record an input once it is received or held`, 'BAD_USER_INPUT', {
      field,
    });
  }
  return date;
}
