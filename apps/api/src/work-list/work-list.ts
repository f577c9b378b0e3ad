import { MODERATOR_ROLES, calendarDate, isOverdue, type Role } from '../../../../libs/domain/src/index.js';
import type { AnnualSampleAllocationRow } from '../../../../projections/annual-sample/annual-sample.queries.js';
import type { CaseFileAuditDocument } from '../../../../projections/case-file-audits/case-file-audits.document.js';
import { isAwaitingModeration } from '../../../../projections/case-file-audits/case-file-audits.queries.js';
import type { ComplianceAuditView } from '../../../../projections/compliance-audits/compliance-audits.queries.js';
import type { RemedialActionView } from '../../../../projections/remedial-actions/remedial-actions.queries.js';

/**
 * An auditor's work list (issue: "what is due, overdue, in progress"): the one person's open work
 * across the read models, each item with its due date and whether it is overdue at `asOf`.
 * Pure: the resolver fetches, this decides what is on the list and in what order.
 */

export const WORK_LIST_ITEM_KINDS = ['CASE_FILE_AUDIT', 'SAMPLE_CASE_TO_AUDIT', 'COMPLIANCE_AUDIT', 'REMEDIAL_ACTION', 'MODERATION'] as const;
export type WorkListItemKind = (typeof WORK_LIST_ITEM_KINDS)[number];

export type WorkListEntry = {
  readonly kind: WorkListItemKind;
  /**
   * The audit's, compliance audit's or action's id; for MODERATION the audit to moderate; for
   * SAMPLE_CASE_TO_AUDIT the sample's year and the case, `<year>/<azeusNumber>`.
   */
  readonly id: string;
  readonly title: string;
  /** The record's own status (SCHEDULED, IN_PROGRESS, RAISED, ACKNOWLEDGED, REOPENED, SUBMITTED; ALLOCATED for a sample case). */
  readonly status: string;
  /** Null only for an action about practice or a service rather than one case. */
  readonly azeusNumber: string | null;
  /** YYYY-MM-DD; null where the framework sets no date (moderation, CFA-9). */
  readonly due: string | null;
  /** CFA-6 / CFA-7: past its due date at `asOf` and not done. */
  readonly overdue: boolean;
  /** Begun and not finished: an audit started, an action acknowledged. */
  readonly inProgress: boolean;
  /** REMEDIAL_ACTION only: the action with its clocks at `asOf`. */
  readonly remedialAction: RemedialActionView | null;
};

export type WorkListSources = {
  readonly staffId: string;
  /** Their role at `asOf`, when known: a senior manager's list holds the audits awaiting moderation. */
  readonly role: Role | null;
  readonly asOf: Date;
  /** Case file audits they are the auditor of, in any status (a submitted one still answers for its sample case). */
  readonly audits: readonly CaseFileAuditDocument[];
  /** The allocation of the year's random sample (CFA-1): the cases given to them are theirs to audit. */
  readonly sampleCases: readonly AnnualSampleAllocationRow[];
  /** Compliance audits they are doing. */
  readonly complianceAudits: readonly ComplianceAuditView[];
  /** Remedial actions they own, with their clocks at `asOf`. */
  readonly remedialActions: readonly RemedialActionView[];
  /** Submitted audits no senior manager has moderated yet (read only for a senior manager). */
  readonly awaitingModeration: readonly CaseFileAuditDocument[];
};

/** Open remedial action statuses: the owner still has something to do (COMPLETED waits on the manager). */
const OPEN_ACTION_STATUSES: readonly string[] = ['RAISED', 'ACKNOWLEDGED', 'REOPENED'];

export function isSeniorManager(role: Role | null): boolean {
  return role !== null && (MODERATOR_ROLES as readonly string[]).includes(role);
}

/** The items of the work list, by due date (undated last), then kind and id. */
export function workListEntries(sources: WorkListSources): WorkListEntry[] {
  const { asOf } = sources;
  const audits = sources.audits
    .filter((a) => a.auditorId === sources.staffId && (a.status === 'SCHEDULED' || a.status === 'IN_PROGRESS'))
    .map(
      (a): WorkListEntry => ({
        kind: 'CASE_FILE_AUDIT',
        id: a.id,
        title: `${label(a.auditType)} case file audit of ${a.azeusNumber}${a.theme ? ` (${a.theme})` : ''}`,
        status: a.status,
        azeusNumber: a.azeusNumber,
        due: a.dueDate,
        overdue: isOverdue(a, asOf),
        inProgress: a.status === 'IN_PROGRESS',
        remedialAction: null,
      }),
    );
  // CFA-1 / CFA-6: a case of the sample allocated to them is work from the day it is allocated,
  // until they schedule its RANDOM_SAMPLE audit (which then stands on the list in its place).
  const scheduledSampleCases = new Set(
    sources.audits.filter((a) => a.auditorId === sources.staffId && a.auditType === 'RANDOM_SAMPLE').map((a) => a.azeusNumber),
  );
  const sampleCases = sources.sampleCases
    .filter((c) => c.auditorId === sources.staffId && c.dueDate !== null && !scheduledSampleCases.has(c.azeusNumber))
    .map(
      (c): WorkListEntry => ({
        kind: 'SAMPLE_CASE_TO_AUDIT',
        id: `${c.year}/${c.azeusNumber}`,
        title: `Random sample case ${c.azeusNumber} to audit (${c.year} sample, CFA-1)`,
        status: 'ALLOCATED',
        azeusNumber: c.azeusNumber,
        due: c.dueDate,
        overdue: c.dueDate !== null && calendarDate(asOf) > c.dueDate,
        inProgress: false,
        remedialAction: null,
      }),
    );
  const compliance = sources.complianceAudits
    .filter((c) => c.auditorId === sources.staffId && c.status === 'IN_PROGRESS')
    .map(
      (c): WorkListEntry => ({
        kind: 'COMPLIANCE_AUDIT',
        id: c.id,
        title: `Compliance audit of ${c.azeusNumber} before supervision of ${c.superviseeId} (CFA-4)`,
        status: c.status,
        azeusNumber: c.azeusNumber,
        // CFA-4: done before the supervision it precedes, so that is its due date.
        due: c.supervisionDate,
        overdue: c.overdue,
        inProgress: true,
        remedialAction: null,
      }),
    );
  const actions = sources.remedialActions
    .filter((r) => r.ownerId === sources.staffId && OPEN_ACTION_STATUSES.includes(r.status))
    .map(
      (r): WorkListEntry => ({
        kind: 'REMEDIAL_ACTION',
        id: r.id,
        title: r.description,
        status: r.status,
        azeusNumber: r.azeusNumber,
        due: r.timescale,
        overdue: r.timescaleClock.state === 'OVERDUE',
        inProgress: r.status === 'ACKNOWLEDGED',
        remedialAction: r,
      }),
    );
  const moderation = isSeniorManager(sources.role)
    ? sources.awaitingModeration
        // CFA-9: nobody moderates their own audit.
        .filter((a) => isAwaitingModeration(a) && a.auditorId !== sources.staffId)
        .map(
          (a): WorkListEntry => ({
            kind: 'MODERATION',
            id: a.id,
            title: `Moderate the ${label(a.auditType).toLowerCase()} case file audit of ${a.azeusNumber} by ${a.auditorId} (CFA-9)`,
            status: a.status,
            azeusNumber: a.azeusNumber,
            due: null,
            overdue: false,
            inProgress: false,
            remedialAction: null,
          }),
        )
    : [];
  return [...audits, ...sampleCases, ...compliance, ...actions, ...moderation].sort(byDue);
}

function byDue(a: WorkListEntry, b: WorkListEntry): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  const kinds = WORK_LIST_ITEM_KINDS.indexOf(a.kind) - WORK_LIST_ITEM_KINDS.indexOf(b.kind);
  return kinds !== 0 ? kinds : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function label(auditType: string): string {
  const words = auditType.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
