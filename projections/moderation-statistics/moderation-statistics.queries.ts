import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError, GRADES, type Grade, type ModerationScope } from '../../libs/domain/src/index.js';
import type { ModeratedAuditDocument } from './moderation-statistics.document.js';
import { MODERATION_STATISTICS_COLLECTION } from './moderation-statistics.projection.js';

/**
 * CFA-9 moderation statistics over the `moderationStatistics` read model: how often moderators
 * agreed with each auditor and each team, and how grades moved. Written against the ReadStore port.
 */

export interface ModerationStatisticsFilter {
  readonly auditorId?: string;
  readonly teamId?: string;
  /** First month of moderation counted, YYYY-MM, inclusive. */
  readonly from?: string;
  /** Last month of moderation counted, YYYY-MM, inclusive. */
  readonly to?: string;
  /** Only audits by one of these auditors or of one of these teams: the reader's scope (issue 6 item 2). */
  readonly within?: { readonly staffIds: readonly string[]; readonly teamIds: readonly string[] };
}

/** Moderated audits, how many the moderator agreed with, how many had a grade changed, and the rate. */
export type AgreementCounts = {
  readonly moderated: number;
  readonly agreed: number;
  readonly changed: number;
  /** agreed / moderated, from 0 to 1; null when nothing was moderated. */
  readonly agreementRate: number | null;
};

export type AuditorAgreement = AgreementCounts & { readonly auditorId: string };
export type TeamAgreement = AgreementCounts & { readonly teamId: string | null };

/** How many grades moved from one grade to another, criteria together or the overall grade. */
export type GradeMovementCount = {
  readonly scope: ModerationScope;
  readonly fromGrade: Grade;
  readonly toGrade: Grade;
  readonly count: number;
};

export type CriterionMovementCount = {
  readonly criterion: number;
  readonly fromGrade: Grade;
  readonly toGrade: Grade;
  readonly count: number;
};

export type ModerationStatistics = {
  readonly overall: AgreementCounts;
  /** By auditor id. */
  readonly byAuditor: readonly AuditorAgreement[];
  /** By team id, audits with no team last. */
  readonly byTeam: readonly TeamAgreement[];
  /** Criteria (all together), then the overall grade; each by grade from and to, best grade first. */
  readonly gradeMovements: readonly GradeMovementCount[];
  /** Each criterion's movements, by criterion. */
  readonly criterionMovements: readonly CriterionMovementCount[];
};

export async function moderationStatistics(
  store: ReadStore,
  filter: ModerationStatisticsFilter = {},
): Promise<ModerationStatistics> {
  const from = filter.from === undefined ? undefined : month(filter.from, 'from');
  const to = filter.to === undefined ? undefined : month(filter.to, 'to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new DomainError('MODERATION_STATISTICS.INVALID_PERIOD', `The period starts (${from}) after it ends (${to})`, 'BAD_USER_INPUT', {
      field: 'from',
    });
  }
  const where: Record<string, string> = {};
  if (filter.auditorId !== undefined) where['auditorId'] = filter.auditorId;
  if (filter.teamId !== undefined) where['teamId'] = filter.teamId;
  const audits = (await store.find<ModeratedAuditDocument>(MODERATION_STATISTICS_COLLECTION.name, { where }))
    .filter((audit) => from === undefined || audit.month >= from)
    .filter((audit) => to === undefined || audit.month <= to)
    .filter((audit) => filter.within === undefined || filter.within.staffIds.includes(audit.auditorId) || (audit.teamId !== null && filter.within.teamIds.includes(audit.teamId)));

  return {
    overall: counts(audits),
    byAuditor: groups(audits, (a) => a.auditorId).map(([auditorId, group]) => ({ auditorId, ...counts(group) })),
    byTeam: groups(audits, (a) => a.teamId).map(([teamId, group]) => ({ teamId, ...counts(group) })),
    gradeMovements: tally(
      audits.flatMap((a) => a.movements),
      (m) => `${m.scope}|${m.fromGrade}|${m.toGrade}`,
    )
      .map(([m, count]) => ({ scope: m.scope, fromGrade: m.fromGrade, toGrade: m.toGrade, count }))
      .sort((a, b) => compareScope(a.scope, b.scope) || compareGrades(a, b)),
    criterionMovements: tally(
      audits.flatMap((a) => a.movements).filter((m) => m.scope === 'CRITERION' && m.criterion !== null),
      (m) => `${m.criterion}|${m.fromGrade}|${m.toGrade}`,
    )
      .map(([m, count]) => ({ criterion: m.criterion!, fromGrade: m.fromGrade, toGrade: m.toGrade, count }))
      .sort((a, b) => a.criterion - b.criterion || compareGrades(a, b)),
  };
}

function counts(audits: readonly ModeratedAuditDocument[]): AgreementCounts {
  const agreed = audits.filter((a) => a.agreed).length;
  return {
    moderated: audits.length,
    agreed,
    changed: audits.length - agreed,
    agreementRate: audits.length === 0 ? null : agreed / audits.length,
  };
}

/** Audits grouped by a key, in key order with null last. */
function groups<K extends string | null>(
  audits: readonly ModeratedAuditDocument[],
  keyOf: (audit: ModeratedAuditDocument) => K,
): [K, ModeratedAuditDocument[]][] {
  const byKey = new Map<K, ModeratedAuditDocument[]>();
  for (const audit of audits) byKey.set(keyOf(audit), [...(byKey.get(keyOf(audit)) ?? []), audit]);
  return [...byKey.entries()].sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
}

function tally<T>(items: readonly T[], keyOf: (item: T) => string): [T, number][] {
  const byKey = new Map<string, [T, number]>();
  for (const item of items) {
    const key = keyOf(item);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? [item, 1] : [seen[0], seen[1] + 1]);
  }
  return [...byKey.values()];
}

function compareScope(a: ModerationScope, b: ModerationScope): number {
  return a === b ? 0 : a === 'CRITERION' ? -1 : 1;
}

function compareGrades(a: { fromGrade: Grade; toGrade: Grade }, b: { fromGrade: Grade; toGrade: Grade }): number {
  return GRADES.indexOf(a.fromGrade) - GRADES.indexOf(b.fromGrade) || GRADES.indexOf(a.toGrade) - GRADES.indexOf(b.toGrade);
}

function month(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return value;
  throw new DomainError('MODERATION_STATISTICS.INVALID_PERIOD', `${field} must be a month as YYYY-MM, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
  });
}
