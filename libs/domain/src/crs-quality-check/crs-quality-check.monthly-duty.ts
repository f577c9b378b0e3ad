import type { CrsPlanKind } from '../crs-monitoring-form/conference-and-review.values.js';
import { DomainError } from '../shared/domain-error.js';
import { CrsQualityCheckErrorCode as Code } from './crs-quality-check.errors.js';
import { CRS_MONTHLY_REQUIREMENTS, type CrsMonthlyRequirement, type CrsQualityCheckKind } from './crs-quality-check.values.js';

/** What the monthly duty needs to know of a check; a read model document fits it. */
export type CrsQualityCheckForDuty = {
  readonly crsTeamManagerId: string;
  readonly kind: CrsQualityCheckKind;
  readonly planKind: CrsPlanKind;
  /** YYYY-MM-DD: the meeting observed, or the audit. */
  readonly checkedOn: string;
};

export type CrsMonthlyRequirementStatus = {
  readonly requirement: CrsMonthlyRequirement;
  readonly kind: CrsQualityCheckKind;
  readonly planKind: CrsPlanKind;
  /** At least one a month (CRS-2). */
  readonly required: number;
  readonly done: number;
  readonly met: boolean;
};

export type CrsTeamManagerMonthlyDuty = {
  readonly crsTeamManagerId: string;
  /** YYYY-MM. */
  readonly month: string;
  readonly requirements: readonly CrsMonthlyRequirementStatus[];
  readonly met: readonly CrsMonthlyRequirement[];
  readonly missing: readonly CrsMonthlyRequirement[];
  readonly allMet: boolean;
};

/**
 * CRS-2: for one CRS team manager and calendar month, each of the six requirements (observe a CP
 * conference and a LAC review; audit minutes of each; audit a CP plan and a LAC plan) with how many
 * were done and whether it is met. A check counts in the month of the day it was done.
 */
export function crsTeamManagerMonthlyDuty(
  crsTeamManagerId: string,
  month: string,
  checks: readonly CrsQualityCheckForDuty[],
): CrsTeamManagerMonthlyDuty {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new DomainError(Code.MONTH_INVALID, `month must be YYYY-MM, not ${JSON.stringify(month)} (CRS-2)`, 'BAD_USER_INPUT', {
      field: 'month',
      rule: 'CRS-2',
    });
  }
  const inMonth = checks.filter((c) => c.crsTeamManagerId === crsTeamManagerId && c.checkedOn.slice(0, 7) === month);
  const requirements = CRS_MONTHLY_REQUIREMENTS.map(({ requirement, kind, planKind }): CrsMonthlyRequirementStatus => {
    const done = inMonth.filter((c) => c.kind === kind && c.planKind === planKind).length;
    return { requirement, kind, planKind, required: 1, done, met: done >= 1 };
  });
  const met = requirements.filter((r) => r.met).map((r) => r.requirement);
  const missing = requirements.filter((r) => !r.met).map((r) => r.requirement);
  return { crsTeamManagerId, month, requirements, met, missing, allMet: missing.length === 0 };
}
