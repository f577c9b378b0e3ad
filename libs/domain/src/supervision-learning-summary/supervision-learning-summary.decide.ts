import { assertNever, type CommandMetadata, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  DraftSupervisionLearningSummary,
  RecordDmtReviewOfSupervisionLearningSummary,
  SubmitSupervisionLearningSummary,
  SupervisionLearningSummaryCommand,
} from './supervision-learning-summary.commands.js';
import { SupervisionLearningSummaryErrorCode as Code } from './supervision-learning-summary.errors.js';
import type { SupervisionLearningSummaryEvent } from './supervision-learning-summary.events.js';
import { evolve, initialState, type SupervisionLearningSummary } from './supervision-learning-summary.state.js';
import { supervisionLearningSummaryId } from './supervision-learning-summary.stream.js';
import { MAX_SUPERVISION_AUDITS, MAX_THEMES, isQuarter, quarterStart } from './supervision-learning-summary.values.js';

/**
 * SUP-6: the Head of Service writes a quarterly summary of issues and learning from supervision
 * audits; DMT reviews it quarterly. The rules chosen:
 * - only a Head of Service writes and submits, and only their own summary;
 * - one summary per Head of Service per quarter (its stream is named by both); revisable until
 *   submitted, unchangeable after;
 * - a summary is written for a quarter that has begun (its first day is today or earlier);
 * - issues and learning are both required; themes and the audits drawn on are optional lists;
 * - only a DMT member records DMT's review, once, of a submitted summary, with comments, dated on
 *   or after the submission and not after today.
 */
export function decide(command: SupervisionLearningSummaryCommand, state: SupervisionLearningSummary): SupervisionLearningSummaryEvent[] {
  switch (command.type) {
    case 'DraftSupervisionLearningSummary':
      return draft(command, state);
    case 'SubmitSupervisionLearningSummary':
      return submit(command, state);
    case 'RecordDmtReviewOfSupervisionLearningSummary':
      return recordDmtReview(command, state);
    default:
      return assertNever(command);
  }
}

export const supervisionLearningSummaryDecider: Decider<
  SupervisionLearningSummaryCommand,
  SupervisionLearningSummary,
  SupervisionLearningSummaryEvent
> = { decide, evolve, initialState };

// ---------------------------------------------------------------------------------------------
// One function per command.

function draft(command: DraftSupervisionLearningSummary, state: SupervisionLearningSummary): SupervisionLearningSummaryEvent[] {
  const d = command.data;
  const headOfServiceId = byTheHeadOfService(d.headOfServiceId, command.metadata);
  const quarter = checkedQuarter(d.quarter);
  const today = command.metadata.now.slice(0, 10);
  if (quarterStart(quarter) > today) {
    throw new DomainError(
      Code.QUARTER_NOT_BEGUN,
      `quarter ${quarter} begins on ${quarterStart(quarter)}: a summary is written for a quarter that has begun (SUP-6)`,
      'BAD_USER_INPUT',
      { field: 'quarter', rule: 'SUP-6' },
    );
  }
  const summaryId = supervisionLearningSummaryId(headOfServiceId, quarter);
  if (state.status !== 'NOT_WRITTEN' && state.summaryId !== summaryId) {
    throw new DomainError(Code.OTHER_SUMMARY, `This stream holds summary ${state.summaryId}, not ${summaryId}`, 'CONFLICT', {
      field: 'quarter',
    });
  }
  if (state.status === 'SUBMITTED' || state.status === 'REVIEWED') {
    throw new DomainError(
      Code.ALREADY_SUBMITTED,
      `The summary for ${quarter} is submitted and no longer changes; there is one summary per Head of Service per quarter (SUP-6)`,
      'CONFLICT',
      { field: 'quarter', rule: 'SUP-6' },
    );
  }
  return [
    {
      type: 'SupervisionLearningSummaryDrafted',
      data: {
        summaryId,
        headOfServiceId,
        quarter,
        serviceAreaId: optionalText(d.serviceAreaId),
        issues: required(d.issues, 'issues'),
        learning: required(d.learning, 'learning'),
        themes: distinctTexts(d.themes, 'themes', MAX_THEMES),
        supervisionAuditIds: distinctTexts(d.supervisionAuditIds, 'supervisionAuditIds', MAX_SUPERVISION_AUDITS),
        draftedAt: command.metadata.now,
      },
    },
  ];
}

function submit(command: SubmitSupervisionLearningSummary, state: SupervisionLearningSummary): SupervisionLearningSummaryEvent[] {
  byTheHeadOfService(command.data.headOfServiceId, command.metadata);
  checkedQuarter(command.data.quarter);
  if (state.status === 'NOT_WRITTEN') throw notFound(command.data.quarter);
  if (state.status !== 'DRAFT') {
    throw new DomainError(Code.ALREADY_SUBMITTED, `The summary for ${state.quarter} is already submitted (SUP-6)`, 'CONFLICT', {
      field: 'quarter',
      rule: 'SUP-6',
    });
  }
  return [
    {
      type: 'SupervisionLearningSummarySubmitted',
      data: { summaryId: state.summaryId, headOfServiceId: state.headOfServiceId, quarter: state.quarter, submittedAt: command.metadata.now },
    },
  ];
}

function recordDmtReview(
  command: RecordDmtReviewOfSupervisionLearningSummary,
  state: SupervisionLearningSummary,
): SupervisionLearningSummaryEvent[] {
  const actor = command.metadata.actor;
  if (actor.role !== 'DMT_MEMBER') {
    throw new DomainError(
      Code.NOT_A_DMT_MEMBER,
      `DMT reviews the Head of Service's quarterly summary (SUP-6); you are signed in as ${actor.role}`,
      'FORBIDDEN',
      { rule: 'SUP-6' },
    );
  }
  checkedQuarter(command.data.quarter);
  if (state.status === 'NOT_WRITTEN') throw notFound(command.data.quarter);
  if (state.status === 'DRAFT') {
    throw new DomainError(
      Code.NOT_SUBMITTED,
      `The summary for ${state.quarter} is still a draft: DMT reviews it once the Head of Service submits it (SUP-6)`,
      'CONFLICT',
      { field: 'quarter', rule: 'SUP-6' },
    );
  }
  if (state.status === 'REVIEWED') {
    throw new DomainError(Code.ALREADY_REVIEWED, `DMT has already reviewed the summary for ${state.quarter} (SUP-6)`, 'CONFLICT', {
      field: 'quarter',
      rule: 'SUP-6',
    });
  }
  const reviewDate = isoDate(command.data.reviewDate, 'reviewDate');
  const submittedOn = state.submittedAt.slice(0, 10);
  if (reviewDate < submittedOn) {
    throw new DomainError(
      Code.REVIEW_BEFORE_SUBMISSION,
      `reviewDate ${reviewDate} is before the summary was submitted on ${submittedOn} (SUP-6)`,
      'BAD_USER_INPUT',
      { field: 'reviewDate', rule: 'SUP-6' },
    );
  }
  if (reviewDate > command.metadata.now.slice(0, 10)) {
    throw new DomainError(Code.REVIEW_IN_FUTURE, `reviewDate ${reviewDate} is after today: record the review once held (SUP-6)`, 'BAD_USER_INPUT', {
      field: 'reviewDate',
      rule: 'SUP-6',
    });
  }
  return [
    {
      type: 'SupervisionLearningSummaryReviewedByDmt',
      data: {
        summaryId: state.summaryId,
        reviewedBy: actor.staffId,
        reviewDate,
        comments: required(command.data.comments, 'comments'),
        recordedAt: command.metadata.now,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards and input checks.

/** SUP-6: the Head of Service writes their own summary. */
function byTheHeadOfService(headOfServiceId: unknown, metadata: CommandMetadata): string {
  const actor = metadata.actor;
  if (actor.role !== 'HEAD_OF_SERVICE') {
    throw new DomainError(
      Code.NOT_A_HEAD_OF_SERVICE,
      `The Head of Service writes the quarterly summary of issues and learning (SUP-6); you are signed in as ${actor.role}`,
      'FORBIDDEN',
      { rule: 'SUP-6' },
    );
  }
  const id = required(headOfServiceId, 'headOfServiceId');
  if (id !== actor.staffId) {
    throw new DomainError(Code.NOT_THE_HEAD_OF_SERVICE, 'A Head of Service writes and submits only their own summary (SUP-6)', 'FORBIDDEN', {
      field: 'headOfServiceId',
      rule: 'SUP-6',
    });
  }
  return id;
}

function checkedQuarter(value: unknown): string {
  if (isQuarter(value)) return value;
  throw new DomainError(Code.QUARTER_INVALID, `quarter must be YYYY-Qn (2025-Q3), not ${JSON.stringify(value)} (SUP-6)`, 'BAD_USER_INPUT', {
    field: 'quarter',
    rule: 'SUP-6',
  });
}

function notFound(quarter: unknown): DomainError {
  return new DomainError(Code.NOT_FOUND, `No supervision learning summary is written for ${String(quarter)}`, 'NOT_FOUND', { field: 'quarter' });
}

function required(value: unknown, field: string): string {
  const text = optionalText(value);
  if (text === null) throw new DomainError(Code.FIELD_REQUIRED, `${field} is required (SUP-6)`, 'BAD_USER_INPUT', { field, rule: 'SUP-6' });
  return text;
}

/** Trimmed, blank entries dropped, each once in its first place; at most `max`. */
function distinctTexts(values: readonly unknown[] | null | undefined, field: string, max: number): string[] {
  const texts = [...new Set((Array.isArray(values) ? values : []).map(optionalText).filter((t): t is string => t !== null))];
  if (texts.length > max) {
    throw new DomainError(Code.TOO_MANY, `${field} names at most ${max}, not ${texts.length}`, 'BAD_USER_INPUT', { field, rule: 'SUP-6' });
  }
  return texts;
}

/** Trimmed text, or null when absent or blank. */
function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD (2025-02-30 is refused). */
function isoDate(value: unknown, field: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
    rule: 'SUP-6',
  });
}
