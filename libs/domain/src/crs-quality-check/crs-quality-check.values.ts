import type { CrsPlanKind } from '../crs-monitoring-form/conference-and-review.values.js';

/**
 * The CRS team manager's monthly quality assurance (appendix D, "Team Manager"; DOMAIN.md CRS-2).
 * Criterion texts follow the appendix's words; keys are stable and never change.
 */

export const CRS_QUALITY_CHECK_KINDS = ['MEETING_OBSERVATION', 'MINUTES_AUDIT', 'PLAN_AUDIT'] as const;
export type CrsQualityCheckKind = (typeof CRS_QUALITY_CHECK_KINDS)[number];

export type CrsCriterion = { readonly key: string; readonly text: string };

/** 1. Observation: "to ensure the chairing is robust, all safeguarding issues are addressed and the plans are progressing". */
export const MEETING_OBSERVATION_CRITERIA = [
  { key: 'ROBUST_CHAIRING', text: 'The chairing is robust' },
  { key: 'SAFEGUARDING_ISSUES_ADDRESSED', text: 'All safeguarding issues are addressed' },
  { key: 'PLANS_PROGRESSING', text: 'The plans are progressing' },
] as const satisfies readonly CrsCriterion[];

/** 2. Minutes: "ensuring the quality of minutes, evidence of multi-agency input and decision making and child centred planning". */
export const MINUTES_AUDIT_CRITERIA = [
  { key: 'QUALITY_OF_MINUTES', text: 'The quality of minutes' },
  { key: 'MULTI_AGENCY_INPUT_AND_DECISION_MAKING', text: 'Evidence of multi-agency input and decision making' },
  { key: 'CHILD_CENTRED_PLANNING', text: 'Child centred planning' },
] as const satisfies readonly CrsCriterion[];

/** 3. Plans: "ensuring the plans are robust, SMART and child centred". */
export const PLAN_AUDIT_CRITERIA = [
  { key: 'ROBUST', text: 'The plan is robust' },
  { key: 'SMART', text: 'The plan is SMART (specific, measurable, achievable, realistic, timed)' },
  { key: 'CHILD_CENTRED', text: 'The plan is child centred' },
] as const satisfies readonly CrsCriterion[];

/**
 * CRS-2: the six things the CRS team manager does at least once a month. An observation's own audit
 * of its minutes and plan is part of the observation; the framework lists the audits of minutes and
 * of plans as duties of their own, so only separate audits count towards them.
 */
export const CRS_MONTHLY_REQUIREMENTS = [
  { requirement: 'OBSERVE_CP_CONFERENCE', kind: 'MEETING_OBSERVATION', planKind: 'CP' },
  { requirement: 'OBSERVE_LAC_REVIEW', kind: 'MEETING_OBSERVATION', planKind: 'LAC' },
  { requirement: 'AUDIT_CP_CONFERENCE_MINUTES', kind: 'MINUTES_AUDIT', planKind: 'CP' },
  { requirement: 'AUDIT_LAC_REVIEW_MINUTES', kind: 'MINUTES_AUDIT', planKind: 'LAC' },
  { requirement: 'AUDIT_CP_PLAN', kind: 'PLAN_AUDIT', planKind: 'CP' },
  { requirement: 'AUDIT_LAC_PLAN', kind: 'PLAN_AUDIT', planKind: 'LAC' },
] as const satisfies readonly { requirement: string; kind: CrsQualityCheckKind; planKind: CrsPlanKind }[];
export type CrsMonthlyRequirement = (typeof CRS_MONTHLY_REQUIREMENTS)[number]['requirement'];
