import { DEFAULT_ASYE_OBSERVATION_MONTHS, escalationClock, notificationClock, timescaleClock } from '../../libs/domain/src/index.js';
import type { CaseFileAuditDocument } from '../case-file-audits/case-file-audits.document.js';
import { listCaseFileAudits } from '../case-file-audits/case-file-audits.queries.js';
import type { ComplianceAuditDocument } from '../compliance-audits/compliance-audits.document.js';
import { COMPLIANCE_AUDITS_COLLECTION } from '../compliance-audits/compliance-audits.projection.js';
import { lateFromEndOf, type LateEntry, type LateSource } from '../overdue/overdue.js';
import { crsEscalationsLate, midwayReviewsLate, practiceObservationsLate } from '../overdue/late-sources.js';
import type { RemedialActionDocument } from '../remedial-actions/remedial-actions.document.js';
import { listImmediateEscalations, listRemedialActions } from '../remedial-actions/remedial-actions.queries.js';

/**
 * What was late at an instant in the past, read from the documents as they are now. The overview's
 * sources differ from the live overdue view's in one way: they judge each record by its recorded
 * times, not its current status, so an audit submitted after `asOf` still shows as late at `asOf`,
 * and a month's overview reads the same whenever it is rebuilt (REP-1).
 */

const before = (instant: string | null | undefined, asOf: Date) => typeof instant === 'string' && Date.parse(instant) <= asOf.getTime();

/** CFA-6: scheduled by `asOf`, not submitted by then, its due date passed. */
const caseFileAuditsLateAsAt: LateSource = {
  kinds: ['CASE_FILE_AUDIT'],
  async collect(store, asOf) {
    const audits = await listCaseFileAudits(store);
    return audits
      .filter((a: CaseFileAuditDocument) => before(a.scheduledAt, asOf) && !before(a.submittedAt, asOf))
      .filter((a) => Date.parse(lateFromEndOf(a.dueDate)) <= asOf.getTime())
      .map((a) => ({
        kind: 'CASE_FILE_AUDIT',
        id: a.id,
        title: `${a.auditType.toLowerCase().replace(/_/g, ' ')} case file audit of ${a.azeusNumber}, due ${a.dueDate}`,
        rule: 'CFA-6',
        dueAt: lateFromEndOf(a.dueDate),
        ownerId: a.auditorId,
        teamId: a.teamId,
        azeusNumber: a.azeusNumber,
      }));
  },
};

/** CFA-4: started by `asOf`, not completed by then, the supervision it precedes passed. */
const complianceAuditsLateAsAt: LateSource = {
  kinds: ['COMPLIANCE_AUDIT'],
  async collect(store, asOf) {
    const audits = await store.find<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name);
    return audits
      .filter((a) => before(a.startedAt, asOf) && !before(a.completedAt, asOf))
      .filter((a) => Date.parse(lateFromEndOf(a.supervisionDate)) <= asOf.getTime())
      .map((a) => ({
        kind: 'COMPLIANCE_AUDIT',
        id: a.id,
        title: `Compliance audit of ${a.azeusNumber} before the supervision of ${a.superviseeId} on ${a.supervisionDate}`,
        rule: 'CFA-4',
        dueAt: lateFromEndOf(a.supervisionDate),
        ownerId: a.auditorId,
        teamId: a.teamId,
        azeusNumber: a.azeusNumber,
      }));
  },
};

/** A remedial action as it stood at `asOf`: a reopening recorded later had not yet replaced its timescale or undone its completion. */
export function remedialActionAsAt(action: RemedialActionDocument, asOf: Date): RemedialActionDocument {
  const later = action.reopenings.find((r) => !before(r.reopenedAt, asOf));
  const verified = before(action.verifiedAt, asOf);
  if (later === undefined) return verified ? action : { ...action, verifiedAt: null, verifiedBy: null };
  return { ...action, timescale: later.previousTimescale, completedAt: later.completedAt, verifiedAt: null, verifiedBy: null };
}

/** CFA-7: raised by `asOf`; not notified to owner and manager within 48 hours; not completed by its timescale. */
const remedialActionsLateAsAt: LateSource = {
  kinds: ['ACTION_NOTIFICATION', 'ACTION_TIMESCALE'],
  async collect(store, asOf) {
    const entries: LateEntry[] = [];
    for (const document of await listRemedialActions(store, {}, asOf)) {
      if (!before(document.raisedAt, asOf)) continue;
      const action = remedialActionAsAt(document, asOf);
      const what = `${action.description} (${action.source.kind.toLowerCase().replace(/_/g, ' ')} ${action.source.id})`;
      const notification = notificationClock(action, asOf);
      if (notification.state === 'OVERDUE') {
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
      if (action.verifiedAt !== null) continue;
      if (timescaleClock(action, asOf).state === 'OVERDUE') {
        entries.push({
          kind: 'ACTION_TIMESCALE',
          id: action.id,
          title: `Complete the action by ${action.timescale}: ${what}`,
          rule: 'CFA-7',
          dueAt: lateFromEndOf(action.timescale),
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

/** CFA-13: raised by `asOf` and not acknowledged within the threshold by then. */
const immediateEscalationsLateAsAt: LateSource = {
  kinds: ['IMMEDIATE_ESCALATION'],
  async collect(store, asOf) {
    const escalations = await listImmediateEscalations(store, {}, asOf);
    return escalations
      .filter((e) => before(e.escalatedAt, asOf) && escalationClock(e.escalatedAt, e.acknowledgedAt, asOf).state === 'OVERDUE')
      .map((e) => ({
        kind: 'IMMEDIATE_ESCALATION',
        id: e.id,
        title: `Acknowledge the Inadequate grade of case ${e.azeusNumber} (${e.reason})`,
        rule: 'CFA-13',
        dueAt: escalationClock(e.escalatedAt, e.acknowledgedAt, asOf).dueBy,
        ownerId: e.managerId,
        teamId: null,
        azeusNumber: e.azeusNumber,
      }));
  },
};

/** The kinds of late record the overview counts, in the order it shows them, with the rule each serves. */
export const OVERDUE_KINDS: readonly { readonly kind: string; readonly label: string; readonly rule: string }[] = [
  { kind: 'CASE_FILE_AUDIT', label: 'Case file audits', rule: 'CFA-6' },
  { kind: 'COMPLIANCE_AUDIT', label: 'Compliance audits', rule: 'CFA-4' },
  { kind: 'ACTION_NOTIFICATION', label: 'Action notifications', rule: 'CFA-7' },
  { kind: 'ACTION_TIMESCALE', label: 'Actions past timescale', rule: 'CFA-7' },
  { kind: 'IMMEDIATE_ESCALATION', label: 'Immediate escalations', rule: 'CFA-13' },
  { kind: 'PRACTICE_OBSERVATION', label: 'Practice observations', rule: 'OBS-1' },
  { kind: 'CRS_ESCALATION', label: 'CRS escalations', rule: 'CRS-1' },
  { kind: 'MIDWAY_REVIEW', label: 'Midway reviews', rule: 'CRS-3' },
];

/** Every late source the overview reads, as at an instant; the ASYE schedule as the service has it configured (OBS-3). */
export function lateSourcesAsAt(asyeScheduleMonths?: readonly number[]): LateSource[] {
  return [
    caseFileAuditsLateAsAt,
    complianceAuditsLateAsAt,
    remedialActionsLateAsAt,
    immediateEscalationsLateAsAt,
    practiceObservationsLate(asyeScheduleMonths ?? DEFAULT_ASYE_OBSERVATION_MONTHS),
    // The CRS sources of the overdue view already read each record as it stood at asOf.
    crsEscalationsLate,
    midwayReviewsLate,
  ];
}

