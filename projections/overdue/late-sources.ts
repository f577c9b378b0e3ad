import {
  ANNUAL_OBSERVATION_MONTHS,
  DEFAULT_ASYE_OBSERVATION_MONTHS,
  DomainError,
  PERFORMANCE_SUPPORT_OBSERVATION_MONTHS, escalationClock, notificationClock, timescaleClock } from '../../libs/domain/src/index.js';
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
    const actions = await store.find<RemedialActionDocument>(REMEDIAL_ACTIONS_COLLECTION.name);
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
      const entries: LateEntry[] = [];
      for (const worker of workers) {
        let due;
        try {
          due = await observationDueForWorker(store, worker.staffId, asOf, { asyeScheduleMonths });
        } catch (error) {
          // An ASYE worker whose start the directory does not show has no schedule to be late against.
          if (error instanceof DomainError) continue;
          throw error;
        }
        // Never observed and no schedule: due within the cadence of their start in post.
        const dueDate = due.nextDue ?? (await firstObservationDue(store, worker.staffId, due.needsPerformanceSupport));
        if (dueDate === null || Date.parse(lateFromEndOf(dueDate)) > horizon.getTime()) continue;
        entries.push({
          kind: 'PRACTICE_OBSERVATION',
          id: worker.staffId,
          title: `Observe the practice of ${worker.name} (${due.rule}; last observed ${due.lastObservedOn ?? 'never'})`,
          rule: due.rule,
          dueAt: lateFromEndOf(dueDate),
          ownerId: worker.lineManagerId,
          teamId: worker.teamId,
          azeusNumber: null,
        });
      }
      return entries;
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

/** Every strand's late records: the list the overdue view reads, given the service's ASYE schedule (OBS-3). */
export function lateSources(options: { asyeScheduleMonths?: readonly number[] } = {}): LateSource[] {
  return [
    caseFileAuditsLate,
    complianceAuditsLate,
    remedialActionsLate,
    immediateEscalationsLate,
    practiceObservationsLate(options.asyeScheduleMonths ?? DEFAULT_ASYE_OBSERVATION_MONTHS),
  ];
}

/** With the default ASYE schedule: the kinds the GraphQL enum lists. */
export const LATE_SOURCES: readonly LateSource[] = lateSources();

