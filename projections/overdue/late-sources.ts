import {
  ANNUAL_OBSERVATION_MONTHS,
  DEFAULT_ASYE_OBSERVATION_MONTHS,
  DomainError,
  PERFORMANCE_SUPPORT_OBSERVATION_MONTHS,
  escalationClock,
  notificationClock,
  observationLearningReportDueBy,
  observationLearningReportId,
  supervisionLearningSummaryId,
  timescaleClock,
} from '../../libs/domain/src/index.js';
import { quarterEnd, quarterOf, quarterStart } from '../../libs/domain/src/supervision-learning-summary/supervision-learning-summary.values.js';
import type { CrsEscalationDocument } from '../crs-escalations/crs-escalations.document.js';
import { CRS_ESCALATIONS_COLLECTION } from '../crs-escalations/crs-escalations.projection.js';
import { crsEscalationView } from '../crs-escalations/crs-escalations.queries.js';
import { midwayReviewsOwedWithTeams } from '../crs-monitoring/crs-monitoring.queries.js';
import type { ObservationLearningReportDocument } from '../observation-learning-reports/observation-learning-reports.document.js';
import { OBSERVATION_LEARNING_REPORTS_COLLECTION } from '../observation-learning-reports/observation-learning-reports.projection.js';
import type { SupervisionAuditDocument } from '../supervision-audits/supervision-audits.document.js';
import { SUPERVISION_AUDITS_COLLECTION } from '../supervision-audits/supervision-audits.projection.js';
import type { SupervisionLearningSummaryDocument } from '../supervision-learning-summaries/supervision-learning-summaries.document.js';
import { SUPERVISION_LEARNING_SUMMARIES_COLLECTION } from '../supervision-learning-summaries/supervision-learning-summaries.projection.js';
import type { SupervisionSessionDocument } from '../staff/supervision-sessions.document.js';
import { SUPERVISION_SESSIONS_COLLECTION } from '../staff/supervision-sessions.projection.js';
import { observationDueForWorker } from '../practice-observations/practice-observations-due.queries.js';
import { getStaffMember, listStaffAsAt } from '../staff/staff.queries.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { CaseFileAuditDocument } from '../case-file-audits/case-file-audits.document.js';
import { CASE_FILE_AUDITS_COLLECTION } from '../case-file-audits/case-file-audits.projection.js';
import type { ComplianceAuditDocument } from '../compliance-audits/compliance-audits.document.js';
import { COMPLIANCE_AUDITS_COLLECTION } from '../compliance-audits/compliance-audits.projection.js';
import type { ImmediateEscalationDocument, RemedialActionDocument } from '../remedial-actions/remedial-actions.document.js';
import { IMMEDIATE_ESCALATIONS_COLLECTION } from '../remedial-actions/immediate-escalations.projection.js';
import { REMEDIAL_ACTIONS_COLLECTION } from '../remedial-actions/remedial-actions.projection.js';
import { findUnsettledAt } from '../settled-month.js';
import { lateFromEndOf, type LateEntry, type LateSource } from './overdue.js';

/** CFA-6: a case file audit not submitted by its due date. Whose: the auditor's. */
export const caseFileAuditsLate: LateSource = {
  kinds: ['CASE_FILE_AUDIT'],
  async collect(store, _asOf, horizon) {
    const open = [
      ...(await store.find<CaseFileAuditDocument>(CASE_FILE_AUDITS_COLLECTION.name, { where: { status: 'SCHEDULED' } })),
      ...(await store.find<CaseFileAuditDocument>(CASE_FILE_AUDITS_COLLECTION.name, { where: { status: 'IN_PROGRESS' } })),
    ];
    return open
      .filter((audit) => Date.parse(lateFromEndOf(audit.dueDate)) <= horizon.getTime())
      .map((audit) => ({
        kind: 'CASE_FILE_AUDIT',
        id: audit.id,
        title: `${audit.auditType.toLowerCase().replace(/_/g, ' ')} case file audit of ${audit.azeusNumber}, due ${audit.dueDate}`,
        rule: 'CFA-6',
        dueAt: lateFromEndOf(audit.dueDate),
        ownerId: audit.auditorId,
        teamId: audit.teamId,
        azeusNumber: audit.azeusNumber,
      }));
  },
};

/** CFA-4, CFA-6: a compliance audit not completed by the supervision it precedes. */
export const complianceAuditsLate: LateSource = {
  kinds: ['COMPLIANCE_AUDIT'],
  async collect(store, _asOf, horizon) {
    const open = await store.find<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name, { where: { status: 'IN_PROGRESS' } });
    return open
      .filter((audit) => Date.parse(lateFromEndOf(audit.supervisionDate)) <= horizon.getTime())
      .map((audit) => ({
        kind: 'COMPLIANCE_AUDIT',
        id: audit.id,
        title: `Compliance audit of ${audit.azeusNumber} before the supervision of ${audit.superviseeId} on ${audit.supervisionDate}`,
        rule: 'CFA-4',
        dueAt: lateFromEndOf(audit.supervisionDate),
        ownerId: audit.auditorId,
        teamId: audit.teamId,
        azeusNumber: audit.azeusNumber,
      }));
  },
};

/**
 * CFA-7: an action not yet sent to both its owner and its manager within 48 hours of the record it
 * came from (whose: whoever raised it, on whose behalf it is sent), and an action not completed by
 * its timescale (whose: the owner's; managed by the manager the action names). From every strand.
 */
export const remedialActionsLate: LateSource = {
  kinds: ['ACTION_NOTIFICATION', 'ACTION_TIMESCALE'],
  async collect(store, asOf, horizon) {
    // Only the actions not settled (sent to both and completed or verified) before asOf's month.
    const actions = await findUnsettledAt<RemedialActionDocument>(store, REMEDIAL_ACTIONS_COLLECTION.name, 'settledMonth', asOf);
    const entries: LateEntry[] = [];
    for (const action of actions) {
      const what = `${action.description} (${action.source.kind.toLowerCase().replace(/_/g, ' ')} ${action.source.id})`;
      const notification = notificationClock(action, asOf);
      if ((notification.state === 'OVERDUE' || notification.state === 'RUNNING') && Date.parse(notification.dueBy) <= horizon.getTime()) {
        entries.push({
          kind: 'ACTION_NOTIFICATION',
          id: action.id,
          title: `Notify the owner and manager of the action: ${what}`,
          rule: 'CFA-7',
          dueAt: notification.dueBy,
          ownerId: action.raisedBy?.staffId ?? null,
          teamId: action.teamId,
          azeusNumber: action.azeusNumber,
        });
      }
      if (action.status === 'VERIFIED') continue;
      const timescale = timescaleClock(action, asOf);
      const dueAt = lateFromEndOf(action.timescale);
      if ((timescale.state === 'OVERDUE' || timescale.state === 'RUNNING') && Date.parse(dueAt) <= horizon.getTime()) {
        entries.push({
          kind: 'ACTION_TIMESCALE',
          id: action.id,
          title: `Complete the action by ${action.timescale}: ${what}`,
          rule: 'CFA-7',
          dueAt,
          ownerId: action.ownerId,
          managerId: action.managerId,
          teamId: action.teamId,
          azeusNumber: action.azeusNumber,
        });
      }
    }
    return entries;
  },
};

/** CFA-13: an immediate escalation the manager has not acknowledged within 24 hours. Whose: the manager's. */
export const immediateEscalationsLate: LateSource = {
  kinds: ['IMMEDIATE_ESCALATION'],
  async collect(store, asOf, horizon) {
    const raised = await store.find<ImmediateEscalationDocument>(IMMEDIATE_ESCALATIONS_COLLECTION.name, { where: { status: 'RAISED' } });
    return raised.flatMap((escalation): LateEntry[] => {
      const clock = escalationClock(escalation.escalatedAt, escalation.acknowledgedAt, asOf);
      if ((clock.state !== 'OVERDUE' && clock.state !== 'RUNNING') || Date.parse(clock.dueBy) > horizon.getTime()) return [];
      return [
        {
          kind: 'IMMEDIATE_ESCALATION',
          id: escalation.id,
          title: `Acknowledge the Inadequate grade of case ${escalation.azeusNumber} (${escalation.reason})`,
          rule: 'CFA-13',
          dueAt: clock.dueBy,
          ownerId: escalation.managerId,
          teamId: null,
          azeusNumber: escalation.azeusNumber,
        },
      ];
    });
  },
};

const OBSERVED_ROLES = new Set(['SOCIAL_WORKER', 'ADVANCED_PRACTITIONER']);

/**
 * OBS-1, OBS-2, OBS-3: a worker (social worker or AP) whose next practice observation is due: every
 * 12 months, every 6 for a worker needing support, on the ASYE schedule for a newly qualified one.
 * Whose: the worker's line manager's, who observes them (or agrees an AP does).
 */
export function practiceObservationsLate(asyeScheduleMonths: readonly number[]): LateSource {
  return {
    kinds: ['PRACTICE_OBSERVATION'],
    async collect(store, asOf, horizon) {
      const day = asOf.toISOString().slice(0, 10);
      const workers = (await listStaffAsAt(store, day)).filter((w) => OBSERVED_ROLES.has(w.role));
      // Every worker at once: on Redis their reads go out pipelined, not one round trip after another.
      const entries = await Promise.all(
        workers.map(async (worker): Promise<LateEntry | null> => {
          let due;
          try {
            due = await observationDueForWorker(store, worker.staffId, asOf, { asyeScheduleMonths });
          } catch (error) {
            // An ASYE worker whose start the directory does not show has no schedule to be late against.
            if (error instanceof DomainError) return null;
            throw error;
          }
          // Never observed and no schedule: due within the cadence of their start in post.
          const dueDate = due.nextDue ?? (await firstObservationDue(store, worker.staffId, due.needsPerformanceSupport));
          if (dueDate === null || Date.parse(lateFromEndOf(dueDate)) > horizon.getTime()) return null;
          return {
            kind: 'PRACTICE_OBSERVATION',
            id: worker.staffId,
            title: `Observe the practice of ${worker.name} (${due.rule}; last observed ${due.lastObservedOn ?? 'never'})`,
            rule: due.rule,
            dueAt: lateFromEndOf(dueDate),
            ownerId: worker.lineManagerId,
            teamId: worker.teamId,
            azeusNumber: null,
          };
        }),
      );
      return entries.filter((entry): entry is LateEntry => entry !== null);
    },
  };
}

async function firstObservationDue(store: ReadStore, staffId: string, needsPerformanceSupport: boolean): Promise<string | null> {
  const member = await getStaffMember(store, staffId);
  if (member === null) return null;
  const due = new Date(`${member.startDate}T00:00:00.000Z`);
  due.setUTCMonth(due.getUTCMonth() + (needsPerformanceSupport ? PERFORMANCE_SUPPORT_OBSERVATION_MONTHS : ANNUAL_OBSERVATION_MONTHS));
  return due.toISOString().slice(0, 10);
}

/**
 * SUP-3: "Is the child safe?" answered no is raised with the Head of Service at once; not
 * acknowledged within the service's reading of "immediately" (the CFA-13 clock, 24 hours from
 * `escalatedAt`) it is late. Whose: the Head of Service it was raised with.
 */
export const supervisionAuditEscalationsLate: LateSource = {
  kinds: ['SUPERVISION_AUDIT_ESCALATION'],
  async collect(store, asOf, horizon) {
    const audits = await findUnsettledAt<SupervisionAuditDocument>(store, SUPERVISION_AUDITS_COLLECTION.name, 'escalationSettledMonth', asOf);
    return audits.flatMap((audit): LateEntry[] => {
      const escalation = audit.escalation;
      if (escalation === null || Date.parse(escalation.escalatedAt) > asOf.getTime()) return [];
      const clock = escalationClock(escalation.escalatedAt, escalation.acknowledgedAt, asOf);
      if ((clock.state !== 'OVERDUE' && clock.state !== 'RUNNING') || Date.parse(clock.dueBy) > horizon.getTime()) return [];
      return [
        {
          kind: 'SUPERVISION_AUDIT_ESCALATION',
          id: audit.id,
          title: `Acknowledge that the child${audit.azeusNumber === null ? '' : ` of case ${audit.azeusNumber}`} was found not safe in the audit of ${audit.supervisorId}'s case supervision`,
          rule: 'SUP-3',
          dueAt: clock.dueBy,
          ownerId: escalation.headOfServiceId,
          teamId: audit.teamId,
          azeusNumber: audit.azeusNumber,
        },
      ];
    });
  },
};

/**
 * SUP-5: a completed supervision audit's findings are reviewed at the supervisee's next
 * supervision: the first supervision of the supervisee (planned or held, not cancelled) on or after
 * the day the audit was completed. With none in the diary there is no date to be late against.
 * Whose: the auditor's, who records the review.
 */
export const supervisionAuditFindingsReviewsLate: LateSource = {
  kinds: ['SUPERVISION_AUDIT_FINDINGS_REVIEW'],
  async collect(store, asOf, horizon) {
    const completed = await findUnsettledAt<SupervisionAuditDocument>(store, SUPERVISION_AUDITS_COLLECTION.name, 'findingsReviewSettledMonth', asOf);
    const entries: LateEntry[] = [];
    for (const audit of completed) {
      if (audit.completedAt === null || Date.parse(audit.completedAt) > asOf.getTime()) continue;
      if (audit.findingsReview !== null && Date.parse(audit.findingsReview.recordedAt) <= asOf.getTime()) continue;
      const completedOn = audit.completedAt.slice(0, 10);
      const sessions = await store.find<SupervisionSessionDocument>(SUPERVISION_SESSIONS_COLLECTION.name, { where: { superviseeId: audit.superviseeId } });
      const next = sessions
        .filter((s) => s.status !== 'CANCELLED' && s.date >= completedOn)
        .map((s) => s.date)
        .sort()[0];
      if (next === undefined || Date.parse(lateFromEndOf(next)) > horizon.getTime()) continue;
      entries.push({
        kind: 'SUPERVISION_AUDIT_FINDINGS_REVIEW',
        id: audit.id,
        title: `Review the findings of the ${audit.kind.toLowerCase()} supervision audit at ${audit.superviseeId}'s supervision on ${next}`,
        rule: 'SUP-5',
        dueAt: lateFromEndOf(next),
        ownerId: audit.auditorId,
        teamId: audit.teamId,
        azeusNumber: audit.azeusNumber,
      });
    }
    return entries;
  },
};

/** How many ended quarters (SUP-6) and years (OBS-6) back the view looks for a summary or report not submitted. */
export const SUMMARY_QUARTERS_LOOKED_BACK = 4;
export const REPORT_YEARS_LOOKED_BACK = 1;

/**
 * SUP-6: each Head of Service's quarterly summary, due by the quarter's last day, not submitted:
 * the current quarter (while the horizon reaches its end) and the last SUMMARY_QUARTERS_LOOKED_BACK
 * ended. Who owes one is whoever was a Head of Service on the quarter's last day (on `asOf` while it
 * runs), as the strand's own missing list reads it. Whose: the Head of Service's.
 */
export const supervisionLearningSummariesLate: LateSource = {
  kinds: ['SUPERVISION_LEARNING_SUMMARY'],
  async collect(store, asOf, horizon) {
    const day = asOf.toISOString().slice(0, 10);
    const quarters = [quarterOf(day)];
    while (quarters.length <= SUMMARY_QUARTERS_LOOKED_BACK) quarters.push(quarterOf(dayBefore(quarterStart(quarters[quarters.length - 1]!))));
    const summaries = await store.find<SupervisionLearningSummaryDocument>(SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name);
    const submitted = new Set(summaries.filter((s) => s.submittedAt !== null && Date.parse(s.submittedAt) <= asOf.getTime()).map((s) => s.id));
    const entries: LateEntry[] = [];
    for (const quarter of quarters) {
      const dueBy = quarterEnd(quarter);
      if (Date.parse(lateFromEndOf(dueBy)) > horizon.getTime()) continue;
      for (const head of await listStaffAsAt(store, day < dueBy ? day : dueBy, { role: 'HEAD_OF_SERVICE' })) {
        const id = supervisionLearningSummaryId(head.staffId, quarter);
        if (submitted.has(id)) continue;
        entries.push({
          kind: 'SUPERVISION_LEARNING_SUMMARY',
          id,
          title: `Submit the summary of issues and learning from supervision audits for ${quarter}, due ${dueBy}`,
          rule: 'SUP-6',
          dueAt: lateFromEndOf(dueBy),
          ownerId: head.staffId,
          teamId: head.teamId,
          azeusNumber: null,
        });
      }
    }
    return entries;
  },
};

/**
 * OBS-6: each Head of Service's report of the learning from observations for a year, due by 31
 * December (the strand's due date), not submitted: this year (while the horizon reaches its end) and
 * the last REPORT_YEARS_LOOKED_BACK. Who owes one: a Head of Service on the year's last day (on
 * `asOf` while it runs). Whose: the Head of Service's.
 */
export const observationLearningReportsLate: LateSource = {
  kinds: ['OBSERVATION_LEARNING_REPORT'],
  async collect(store, asOf, horizon) {
    const day = asOf.toISOString().slice(0, 10);
    const thisYear = asOf.getUTCFullYear();
    const reports = await store.find<ObservationLearningReportDocument>(OBSERVATION_LEARNING_REPORTS_COLLECTION.name);
    const submitted = new Set(reports.filter((r) => r.status === 'SUBMITTED' && r.submittedAt !== null && Date.parse(r.submittedAt) <= asOf.getTime()).map((r) => r.id));
    const entries: LateEntry[] = [];
    for (let year = thisYear; year >= thisYear - REPORT_YEARS_LOOKED_BACK; year--) {
      const dueBy = observationLearningReportDueBy(year);
      if (Date.parse(lateFromEndOf(dueBy)) > horizon.getTime()) continue;
      for (const head of await listStaffAsAt(store, day < dueBy ? day : dueBy, { role: 'HEAD_OF_SERVICE' })) {
        const id = observationLearningReportId(head.staffId, year);
        if (submitted.has(id)) continue;
        entries.push({
          kind: 'OBSERVATION_LEARNING_REPORT',
          id,
          title: `Submit the report of the learning from practice observations for ${year}, due ${dueBy}`,
          rule: 'OBS-6',
          dueAt: lateFromEndOf(dueBy),
          ownerId: head.staffId,
          teamId: head.teamId,
          azeusNumber: null,
        });
      }
    }
    return entries;
  },
};

/**
 * CRS-1: an escalation open at `asOf` whose current stage has not been answered by its due day (the
 * strand's stage clock: working days from the day the stage began). Whose: the stage's recipient
 * (the TM, the service's Manager, a chief officer or the director).
 */
export const crsEscalationsLate: LateSource = {
  kinds: ['CRS_ESCALATION'],
  async collect(store, asOf, horizon) {
    const escalations = await findUnsettledAt<CrsEscalationDocument>(store, CRS_ESCALATIONS_COLLECTION.name, 'closedMonth', asOf);
    return escalations.flatMap((escalation): LateEntry[] => {
      const clock = crsEscalationView(escalation, { asOf: asOf.toISOString() }).clock;
      if (clock === null || (clock.state !== 'OVERDUE' && clock.state !== 'RUNNING')) return [];
      const dueAt = lateFromEndOf(clock.dueOn);
      if (Date.parse(dueAt) > horizon.getTime()) return [];
      return [
        {
          kind: 'CRS_ESCALATION',
          id: escalation.id,
          title: `Respond to the escalation about case ${escalation.azeusNumber} at stage ${clock.stage}, due ${clock.dueOn}`,
          rule: 'CRS-1',
          dueAt,
          ownerId: clock.recipientId,
          teamId: escalation.teamId,
          azeusNumber: escalation.azeusNumber,
        },
      ];
    });
  },
};

/**
 * CRS-3: a midway review owed between a child's last conference or review and the next, due at the
 * midpoint and late after the strand's tolerance (MIDWAY_REVIEW_TOLERANCE_DAYS). Whose: the chair's.
 */
export const midwayReviewsLate: LateSource = {
  kinds: ['MIDWAY_REVIEW'],
  async collect(store, asOf, horizon) {
    const owed = await midwayReviewsOwedWithTeams(store, { asOf });
    const entries: LateEntry[] = [];
    for (const review of owed) {
      const dueAt = lateFromEndOf(review.overdueAfter);
      if (Date.parse(dueAt) > horizon.getTime()) continue;
      entries.push({
        kind: 'MIDWAY_REVIEW',
        id: review.monitoringFormId,
        title: `Hold the midway review of the ${review.planKind} plan of case ${review.azeusNumber} with the social worker (due ${review.dueOn}, between ${review.previousMeetingDate} and ${review.nextMeetingDate})`,
        rule: 'CRS-3',
        dueAt,
        ownerId: review.chairId,
        teamId: review.teamId,
        azeusNumber: review.azeusNumber,
      });
    }
    return entries;
  },
};

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Every strand's late records: the list the overdue view reads, given the service's ASYE schedule (OBS-3). */
export function lateSources(options: { asyeScheduleMonths?: readonly number[] } = {}): LateSource[] {
  return [
    caseFileAuditsLate,
    complianceAuditsLate,
    remedialActionsLate,
    immediateEscalationsLate,
    supervisionAuditEscalationsLate,
    supervisionAuditFindingsReviewsLate,
    supervisionLearningSummariesLate,
    practiceObservationsLate(options.asyeScheduleMonths ?? DEFAULT_ASYE_OBSERVATION_MONTHS),
    observationLearningReportsLate,
    crsEscalationsLate,
    midwayReviewsLate,
  ];
}

/** With the default ASYE schedule: the kinds the GraphQL enum lists. */
export const LATE_SOURCES: readonly LateSource[] = lateSources();
