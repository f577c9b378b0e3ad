import type { Actor, CommandMetadata } from '../shared/decider.js';
import type { SupervisionLearningSummaryCommand } from './supervision-learning-summary.commands.js';
import type { SupervisionLearningSummaryEvent } from './supervision-learning-summary.events.js';

/** Test data for the quarterly supervision learning summary (SUP-6): a Head of Service's summary for 2025-Q2. */

export const HOS_ID = 'hos-1';
export const DMT_ID = 'dmt-1';
export const QUARTER = '2025-Q2';
export const SUMMARY_ID = `${HOS_ID}-${QUARTER}`;
export const NOW = '2025-06-30T15:00:00.000Z';
export const SUBMITTED_AT = '2025-07-02T10:00:00.000Z';
export const REVIEWED_AT = '2025-07-15T12:00:00.000Z';

export const hos: Actor = { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' };
export const dmt: Actor = { staffId: DMT_ID, role: 'DMT_MEMBER' };

export function metadata(actor: Actor = hos, now: string = NOW): CommandMetadata {
  return { actor, now, commandId: 'cmd-1', correlationId: 'cmd-1', causationId: 'cmd-1' };
}

export const commands = {
  draft(overrides: Record<string, unknown> = {}, actor: Actor = hos, now: string = NOW): SupervisionLearningSummaryCommand {
    return {
      type: 'DraftSupervisionLearningSummary',
      data: {
        headOfServiceId: actor.staffId,
        quarter: QUARTER,
        serviceAreaId: 'assess',
        issues: 'Case supervision rarely records the rationale for decisions',
        learning: 'Reflective discussion is strong where APs supervise',
        themes: [' Recording of rationale ', 'Drift in CIN cases', 'Recording of rationale'],
        supervisionAuditIds: ['sa-1', 'sa-2'],
        ...overrides,
      },
      metadata: metadata(actor, now),
    } as SupervisionLearningSummaryCommand;
  },
  submit(actor: Actor = hos): SupervisionLearningSummaryCommand {
    return { type: 'SubmitSupervisionLearningSummary', data: { headOfServiceId: HOS_ID, quarter: QUARTER }, metadata: metadata(actor, SUBMITTED_AT) };
  },
  review(overrides: Record<string, unknown> = {}, actor: Actor = dmt): SupervisionLearningSummaryCommand {
    return {
      type: 'RecordDmtReviewOfSupervisionLearningSummary',
      data: { headOfServiceId: HOS_ID, quarter: QUARTER, reviewDate: '2025-07-15', comments: 'Workforce development to pick up rationale recording', ...overrides },
      metadata: metadata(actor, REVIEWED_AT),
    } as SupervisionLearningSummaryCommand;
  },
};

export const events = {
  drafted(overrides: Record<string, unknown> = {}): SupervisionLearningSummaryEvent {
    return {
      type: 'SupervisionLearningSummaryDrafted',
      data: {
        summaryId: SUMMARY_ID,
        headOfServiceId: HOS_ID,
        quarter: QUARTER,
        serviceAreaId: 'assess',
        issues: 'Case supervision rarely records the rationale for decisions',
        learning: 'Reflective discussion is strong where APs supervise',
        themes: ['Recording of rationale', 'Drift in CIN cases'],
        supervisionAuditIds: ['sa-1', 'sa-2'],
        draftedAt: NOW,
        ...overrides,
      },
    } as SupervisionLearningSummaryEvent;
  },
  submitted(): SupervisionLearningSummaryEvent {
    return { type: 'SupervisionLearningSummarySubmitted', data: { summaryId: SUMMARY_ID, headOfServiceId: HOS_ID, quarter: QUARTER, submittedAt: SUBMITTED_AT } };
  },
  reviewed(): SupervisionLearningSummaryEvent {
    return {
      type: 'SupervisionLearningSummaryReviewedByDmt',
      data: {
        summaryId: SUMMARY_ID,
        reviewedBy: DMT_ID,
        reviewDate: '2025-07-15',
        comments: 'Workforce development to pick up rationale recording',
        recordedAt: REVIEWED_AT,
      },
    };
  },
};
