import {
  COMPLIANCE_AUDITS_BEFORE_SUPERVISION,
  THEMATIC_AUDITS_PER_YEAR,
  complianceAuditsOwed,
  isMeetingObserverRole,
  meetingObservationDuty,
  thematicAuditAllowanceId,
  type Role,
} from '../../libs/domain/src/index.js';
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
import { contains } from './periods.js';
import type { QuotaRule } from './quotas.js';

const TM_AND_AP: readonly Role[] = ['TEAM_MANAGER', 'ADVANCED_PRACTITIONER'];
const onOrBefore = (instant: string | null | undefined, day: string) => typeof instant === 'string' && instant.slice(0, 10) <= day;

/** CFA-2: every TM and AP completes one case file audit per calendar month (a monthly or random-sample audit). */
export const monthlyCaseFileAudit: QuotaRule = {
  rule: 'CFA-2',
  description: 'One case file audit completed in the calendar month',
  periodKind: () => 'MONTH',
  appliesTo: (person) => TM_AND_AP.includes(person.role),
  async count(context, person, period, asOfDay) {
    const audits = await context.all<CaseFileAuditDocument>(CASE_FILE_AUDITS_COLLECTION.name);
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
    const allowances = await context.all<ThematicAuditAllowanceDocument>(THEMATIC_AUDIT_ALLOWANCES_COLLECTION.name);
    const allowance = allowances.find((a) => a.id === thematicAuditAllowanceId(person.staffId, Number(period.id)));
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
    const sessions = (await context.all<SupervisionSessionDocument>(SUPERVISION_SESSIONS_COLLECTION.name)).filter((s) => s.status !== 'CANCELLED');
    const audits = await context.all<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name);
    const mine = sessions.filter((s) => s.supervisorId === person.staffId && contains(period, s.date)).sort((a, b) => (a.date < b.date ? -1 : 1));
    let done = 0;
    const evidence: string[] = [];
    for (const session of mine) {
      const previous = sessions
        .filter((s) => s.superviseeId === session.superviseeId && s.date < session.date)
        .map((s) => s.date)
        .sort()
        .pop();
      const quota = complianceAuditsOwed({
        upcomingSupervisionDate: session.date,
        previousSupervisionDate: previous ?? null,
        completedAudits: audits.flatMap((a) =>
          a.superviseeId === session.superviseeId && a.status === 'COMPLETED' && a.completedOn !== null && a.completedOn <= asOfDay
            ? [{ complianceAuditId: a.id, completedOn: a.completedOn }]
            : [],
        ),
      });
      done += quota.counted.length >= COMPLIANCE_AUDITS_BEFORE_SUPERVISION ? COMPLIANCE_AUDITS_BEFORE_SUPERVISION : quota.counted.length;
      evidence.push(...quota.counted);
    }
    const dueDate = mine.length === 0 ? undefined : mine[mine.length - 1]!.date;
    return { required: COMPLIANCE_AUDITS_BEFORE_SUPERVISION * mine.length, done, ...(dueDate ? { dueDate } : {}), evidence };
  },
};

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
    const observations = await context.all<MeetingObservationDocument>(MEETING_OBSERVATIONS_COLLECTION.name);
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

/** Every quota rule the service reports, in DOMAIN.md order. */
export const QUOTA_RULES: readonly QuotaRule[] = [monthlyCaseFileAudit, thematicAuditCap, complianceAuditsBeforeSupervision, keyMeetingObservations];
