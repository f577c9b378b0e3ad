import {
  COMPLIANCE_AUDITS_BEFORE_SUPERVISION,
  SUPERVISION_AUDIT_DUTIES,
  THEMATIC_AUDITS_PER_YEAR,
  complianceAuditsOwed,
  crsTeamManagerMonthlyDuty,
  isMeetingObserverRole,
  meetingObservationDuty,
  monthlySupervisionAuditDuty,
  observationLearningReportDueBy,
  observationLearningReportId,
  supervisionLearningSummaryId,
  thematicAuditAllowanceId,
  type Role,
} from '../../libs/domain/src/index.js';
import type { CrsQualityCheckDocument } from '../crs-monitoring/crs-monitoring.documents.js';
import { CRS_QUALITY_CHECKS_COLLECTION } from '../crs-monitoring/crs-quality-checks.projection.js';
import type { ObservationLearningReportDocument } from '../observation-learning-reports/observation-learning-reports.document.js';
import { OBSERVATION_LEARNING_REPORTS_COLLECTION } from '../observation-learning-reports/observation-learning-reports.projection.js';
import type { SupervisionAuditDocument } from '../supervision-audits/supervision-audits.document.js';
import { SUPERVISION_AUDITS_COLLECTION } from '../supervision-audits/supervision-audits.projection.js';
import type { SupervisionLearningSummaryDocument } from '../supervision-learning-summaries/supervision-learning-summaries.document.js';
import { SUPERVISION_LEARNING_SUMMARIES_COLLECTION } from '../supervision-learning-summaries/supervision-learning-summaries.projection.js';
import type { MeetingObservationDocument } from '../meeting-observations/meeting-observations.document.js';
import { MEETING_OBSERVATIONS_COLLECTION } from '../meeting-observations/meeting-observations.projection.js';
import type { CaseFileAuditDocument } from '../case-file-audits/case-file-audits.document.js';
import { CASE_FILE_AUDITS_COLLECTION } from '../case-file-audits/case-file-audits.projection.js';
import type { ComplianceAuditDocument } from '../compliance-audits/compliance-audits.document.js';
import { COMPLIANCE_AUDITS_COLLECTION } from '../compliance-audits/compliance-audits.projection.js';
import type { SupervisionSessionDocument } from '../staff/supervision-sessions.document.js';
import { SUPERVISION_SESSIONS_COLLECTION } from '../staff/supervision-sessions.projection.js';
import type { ThematicAuditAllowanceDocument } from '../thematic-audit-allowances/thematic-audit-allowances.document.js';
import { THEMATIC_AUDIT_ALLOWANCES_COLLECTION } from '../thematic-audit-allowances/thematic-audit-allowances.projection.js';
import { contains, monthsFromTo, parsePeriod, previousPeriod } from './periods.js';
import type { QuotaContext, QuotaRule } from './quotas.js';

const TM_AND_AP: readonly Role[] = ['TEAM_MANAGER', 'ADVANCED_PRACTITIONER'];
const onOrBefore = (instant: string | null | undefined, day: string) => typeof instant === 'string' && instant.slice(0, 10) <= day;

/** CFA-2: every TM and AP completes one case file audit per calendar month (a monthly or random-sample audit). */
export const monthlyCaseFileAudit: QuotaRule = {
  rule: 'CFA-2',
  description: 'One case file audit completed in the calendar month',
  periodKind: () => 'MONTH',
  appliesTo: (person) => TM_AND_AP.includes(person.role),
  async count(context, person, period, asOfDay) {
    const audits = await context.where<CaseFileAuditDocument>(CASE_FILE_AUDITS_COLLECTION.name, { auditorId: person.staffId, submittedMonth: period.id });
    const done = audits.filter(
      (a) =>
        a.auditorId === person.staffId &&
        (a.auditType === 'MONTHLY' || a.auditType === 'RANDOM_SAMPLE') &&
        a.submittedAt !== null &&
        onOrBefore(a.submittedAt, asOfDay) &&
        contains(period, a.submittedAt.slice(0, 10)),
    );
    return { required: 1, done: done.length, evidence: done.map((a) => a.id).sort() };
  },
};

/** CFA-3: up to four thematic audits a year, a cap: counted when claimed (scheduled). */
export const thematicAuditCap: QuotaRule = {
  rule: 'CFA-3',
  description: 'Up to four thematic audits a year (a cap)',
  periodKind: () => 'YEAR',
  appliesTo: (person) => TM_AND_AP.includes(person.role),
  async count(context, person, period, asOfDay) {
    const allowance = await context.get<ThematicAuditAllowanceDocument>(THEMATIC_AUDIT_ALLOWANCES_COLLECTION.name, thematicAuditAllowanceId(person.staffId, Number(period.id)));
    const held = (allowance?.slots ?? []).filter((slot) => onOrBefore(slot.claimedAt, asOfDay));
    return { required: 0, done: held.length, limit: allowance?.cap ?? THEMATIC_AUDITS_PER_YEAR, evidence: held.map((s) => s.auditId).sort() };
  },
};

/**
 * CFA-4: before each supervision, at least two compliance audits for each member of staff the TM or
 * AP supervises. For a month: two for every supervision the person holds (or planned) in it, due by
 * the last of them; done counts, per supervision, the audits completed since the supervisee's
 * previous supervision (at most two each).
 */
export const complianceAuditsBeforeSupervision: QuotaRule = {
  rule: 'CFA-4',
  description: 'Two compliance audits before each supervision of a member of staff supervised',
  periodKind: () => 'MONTH',
  appliesTo: (person) => TM_AND_AP.includes(person.role),
  async count(context, person, period, asOfDay) {
    const held = (sessions: SupervisionSessionDocument[]) => sessions.filter((s) => s.status !== 'CANCELLED');
    const mine = held(
      (await Promise.all(monthsFromTo(period.start.slice(0, 7), period.end.slice(0, 7)).map((month) => context.where<SupervisionSessionDocument>(SUPERVISION_SESSIONS_COLLECTION.name, { supervisorId: person.staffId, month })))).flat(),
    )
      .filter((s) => contains(period, s.date))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    // Each supervision's audits are read at once (pipelined on Redis), then added up in date order.
    const perSession = await Promise.all(
      mine.map(async (session) => {
        const previous = await previousSupervision(context, session);
        // Only audits completed since the previous supervision count: read those months, not every audit of the supervisee.
        const audits =
          previous === undefined
            ? await context.where<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name, { superviseeId: session.superviseeId })
            : (
                await Promise.all(
                  monthsFromTo(previous.slice(0, 7), session.date.slice(0, 7)).map((completedMonth) =>
                    context.where<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name, { superviseeId: session.superviseeId, completedMonth }),
                  ),
                )
              ).flat();
        const quota = complianceAuditsOwed({
          upcomingSupervisionDate: session.date,
          previousSupervisionDate: previous ?? null,
          completedAudits: audits.flatMap((a) =>
            a.superviseeId === session.superviseeId && a.status === 'COMPLETED' && a.completedOn !== null && a.completedOn <= asOfDay
              ? [{ complianceAuditId: a.id, completedOn: a.completedOn }]
              : [],
          ),
        });
        return quota.counted;
      }),
    );
    let done = 0;
    const evidence: string[] = [];
    for (const counted of perSession) {
      done += counted.length >= COMPLIANCE_AUDITS_BEFORE_SUPERVISION ? COMPLIANCE_AUDITS_BEFORE_SUPERVISION : counted.length;
      evidence.push(...counted);
    }
    const dueDate = mine.length === 0 ? undefined : mine[mine.length - 1]!.date;
    return { required: COMPLIANCE_AUDITS_BEFORE_SUPERVISION * mine.length, done, ...(dueDate ? { dueDate } : {}), evidence };
  },
};

/** Months walked back from a supervision to find the supervisee's previous one, before reading all of theirs. */
const PREVIOUS_SUPERVISION_MONTHS_WALKED = 12;

/** The date of the supervisee's last supervision (not cancelled) before `session`, if any. */
async function previousSupervision(context: QuotaContext, session: SupervisionSessionDocument): Promise<string | undefined> {
  const before = (sessions: readonly SupervisionSessionDocument[]) =>
    sessions
      .filter((s) => s.status !== 'CANCELLED' && s.date < session.date)
      .map((s) => s.date)
      .sort()
      .pop();
  let month = session.date.slice(0, 7);
  for (let walked = 0; walked < PREVIOUS_SUPERVISION_MONTHS_WALKED && /^\d{4}-(0[1-9]|1[0-2])$/.test(month); walked++) {
    const found = before(await context.where<SupervisionSessionDocument>(SUPERVISION_SESSIONS_COLLECTION.name, { superviseeId: session.superviseeId, month }));
    if (found !== undefined) return found;
    month = previousPeriod(parsePeriod(month)).id;
  }
  return before(await context.where<SupervisionSessionDocument>(SUPERVISION_SESSIONS_COLLECTION.name, { superviseeId: session.superviseeId }));
}

/**
 * MTG-1: a Head of Service observes a key meeting at least twice a year (one by 30 June: the
 * half-year is their period), the chief officer and the director once a year. Done counts completed
 * records of meetings held in the period, completed by `asOfDay`.
 */
export const keyMeetingObservations: QuotaRule = {
  rule: 'MTG-1',
  description: 'Key meetings observed (HoS twice a year, chief officer and director once)',
  periodKind: (person) => (person.role === 'HEAD_OF_SERVICE' ? 'HALF_YEAR' : 'YEAR'),
  appliesTo: (person) => isMeetingObserverRole(person.role),
  async count(context, person, period, asOfDay) {
    if (!isMeetingObserverRole(person.role)) return { required: 0, done: 0, evidence: [] };
    const observations = await context.where<MeetingObservationDocument>(MEETING_OBSERVATIONS_COLLECTION.name, { observerId: person.staffId });
    const duty = meetingObservationDuty(
      person.staffId,
      person.role,
      period.kind === 'HALF_YEAR' ? period.id : period.id.slice(0, 4),
      observations
        .filter((o) => o.observerId === person.staffId)
        .map((o) => ({ observationId: o.id, observerId: o.observerId, meetingDate: o.meetingDate, completed: onOrBefore(o.completedAt, asOfDay) })),
    );
    // The duty counts from 1 January: a second half-year owes the year's total.
    return { required: duty.required, done: duty.done, evidence: duty.doneObservationIds };
  },
};

/**
 * SUP-1 (a Head of Service, of Team Managers) and SUP-2 (a Team Manager, of Advanced
 * Practitioners): each month one CASE and one PROFESSIONAL supervision audit, completed in the
 * month (UTC) and by `asOfDay`; required 2, done the kinds completed (a second of one kind does not
 * stand in for the other), as the strand's own monthly duty counts them. An audit whose supervisor
 * held another role than the rule's (recorded at the start) does not count towards it.
 */
function supervisionAuditsOf(rule: 'SUP-1' | 'SUP-2', description: string): QuotaRule {
  const duty = SUPERVISION_AUDIT_DUTIES.find((d) => d.rule === rule)!;
  return {
    rule,
    description,
    periodKind: () => 'MONTH',
    appliesTo: (person) => person.role === duty.auditorRole,
    async count(context, person, period, asOfDay) {
      const audits = (await context.where<SupervisionAuditDocument>(SUPERVISION_AUDITS_COLLECTION.name, { auditorId: person.staffId }))
        .filter(
          (a) =>
            a.auditorId === person.staffId &&
            a.status === 'COMPLETED' &&
            onOrBefore(a.completedAt, asOfDay) &&
            (a.supervisorRole === null || a.supervisorRole === duty.supervisorRole),
        )
        .sort((a, b) => compare(a.completedAt ?? '', b.completedAt ?? '') || compare(a.id, b.id));
      const counted = monthlySupervisionAuditDuty(person.staffId, period.id, audits);
      // The first audit of each kind completed in the month is the one that counts.
      const evidence = counted.done.map((kind) => audits.find((a) => a.kind === kind && a.completedAt!.slice(0, 7) === period.id)!.id).sort();
      return { required: counted.required.length, done: counted.done.length, evidence };
    },
  };
}

export const headOfServiceSupervisionAudits = supervisionAuditsOf('SUP-1', "One TM's case supervision and one TM's professional supervision audited in the month");
export const teamManagerSupervisionAudits = supervisionAuditsOf('SUP-2', "One AP's case supervision and one AP's professional supervision audited in the month");

/**
 * SUP-6: each Head of Service submits a summary of the issues and learning from supervision audits
 * for each quarter, by its last day. Only a summary submitted by then (and by `asOfDay`) counts: one
 * submitted later is the quarter's duty missed.
 */
export const quarterlySupervisionLearningSummary: QuotaRule = {
  rule: 'SUP-6',
  description: 'A quarterly summary of the issues and learning from supervision audits, submitted by the end of the quarter',
  periodKind: () => 'QUARTER',
  appliesTo: (person) => person.role === 'HEAD_OF_SERVICE',
  async count(context, person, period, asOfDay) {
    const summary = await context.get<SupervisionLearningSummaryDocument>(SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, supervisionLearningSummaryId(person.staffId, period.id));
    const done = summary !== null && summary.status !== 'DRAFT' && onOrBefore(summary.submittedAt, asOfDay) && onOrBefore(summary.submittedAt, period.end);
    return { required: 1, done: done ? 1 : 0, evidence: done ? [summary.id] : [] };
  },
};

/**
 * OBS-6: each Head of Service reports the learning from practice observations at least annually:
 * one report for the calendar year, submitted by 31 December (the strand's due date). A report
 * submitted later does not meet the year's duty.
 */
export const annualObservationLearningReport: QuotaRule = {
  rule: 'OBS-6',
  description: 'A report of the learning from practice observations for the year, submitted by 31 December',
  periodKind: () => 'YEAR',
  appliesTo: (person) => person.role === 'HEAD_OF_SERVICE',
  async count(context, person, period, asOfDay) {
    const year = Number(period.id);
    const dueDate = observationLearningReportDueBy(year);
    const report = await context.get<ObservationLearningReportDocument>(OBSERVATION_LEARNING_REPORTS_COLLECTION.name, observationLearningReportId(person.staffId, year));
    const done = report !== null && report.status === 'SUBMITTED' && onOrBefore(report.submittedAt, asOfDay) && onOrBefore(report.submittedAt, dueDate);
    return { required: 1, done: done ? 1 : 0, dueDate, evidence: done ? [report.id] : [] };
  },
};

/**
 * CRS-2: each month the CRS team manager observes a CP conference and a LAC review, audits the
 * minutes of each and audits a CP plan and a LAC plan: six requirements, counted by the strand's
 * own monthly duty (a check counts in the month of the day it was done), of the checks recorded
 * by `asOfDay`. Done is the number of requirements met.
 */
export const crsTeamManagerMonthlyChecks: QuotaRule = {
  rule: 'CRS-2',
  description: 'A CP conference and a LAC review observed, the minutes of each audited, a CP plan and a LAC plan audited in the month',
  periodKind: () => 'MONTH',
  appliesTo: (person) => person.role === 'CRS_TEAM_MANAGER',
  async count(context, person, period, asOfDay) {
    const checks = (await context.where<CrsQualityCheckDocument>(CRS_QUALITY_CHECKS_COLLECTION.name, { crsTeamManagerId: person.staffId })).filter(
      (c) => c.crsTeamManagerId === person.staffId && onOrBefore(c.recordedAt, asOfDay),
    );
    const duty = crsTeamManagerMonthlyDuty(person.staffId, period.id, checks);
    const evidence = checks.filter((c) => c.checkedOn.slice(0, 7) === period.id).map((c) => c.id).sort();
    return { required: duty.requirements.length, done: duty.met.length, evidence };
  },
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every quota rule the service reports, in DOMAIN.md order. OBS-1/2/3 (each worker observed every
 * 12 or 6 months, or on the ASYE schedule) are not here: their clocks run from each worker's last
 * observation, not in calendar periods, so the overdue view lists each observation due instead.
 */
export const QUOTA_RULES: readonly QuotaRule[] = [
  monthlyCaseFileAudit,
  thematicAuditCap,
  complianceAuditsBeforeSupervision,
  headOfServiceSupervisionAudits,
  teamManagerSupervisionAudits,
  quarterlySupervisionLearningSummary,
  annualObservationLearningReport,
  keyMeetingObservations,
  crsTeamManagerMonthlyChecks,
];
