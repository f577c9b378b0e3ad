import type { Role } from '../shared/decider.js';

/**
 * The words of the supervision audit (framework section 4, appendix B; DOMAIN.md SUP-1..SUP-5).
 * Question texts are the form's own words; keys are stable and never change.
 */

/** CASE: case specific supervision (SUP-3); PROFESSIONAL: professional supervision records (SUP-4). */
export const SUPERVISION_AUDIT_KINDS = ['CASE', 'PROFESSIONAL'] as const;
export type SupervisionAuditKind = (typeof SUPERVISION_AUDIT_KINDS)[number];

export const SUPERVISION_ANSWERS = ['YES', 'NO'] as const;
export type SupervisionAnswer = (typeof SUPERVISION_ANSWERS)[number];

export type SupervisionAuditQuestion = { readonly key: string; readonly text: string };

/** The key of the question that also records how many supervisions there were in six months (SUP-3). */
export const REGULAR_SUPERVISION_QUESTION_KEY = 'REGULAR_SUPERVISION';
/** The key of the question whose NO answer is raised with the Head of Service at once (SUP-3). */
export const CHILD_SAFE_QUESTION_KEY = 'CHILD_SAFE';

/** SUP-3: the nine questions of case file supervision, over the past six months. */
export const CASE_SUPERVISION_QUESTIONS = [
  { key: 'SAFE_AND_DEFENSIBLE_DECISIONS', text: 'Is the decision-making in this case safe and defensible?' },
  { key: 'CLEAR_DECISION_MAKING', text: 'Do the records demonstrate clear decision making and management direction?' },
  { key: 'MANAGEMENT_SUPPORT', text: 'Is there evidence of Management support, oversight and challenge?' },
  {
    key: 'DRIVING_THE_CASE_FORWARD',
    text: 'Is there evidence that supervision and management oversight is helping to drive the case forward and intervene where cases are stuck?',
  },
  {
    key: 'CASE_DISCUSSION_AND_REFLECTION',
    text: 'Is there evidence of meaningful case discussion and reflection that contributes to planning for the child?',
  },
  { key: REGULAR_SUPERVISION_QUESTION_KEY, text: 'Is there evidence of regular supervision? (How many in the last 6 months?)' },
  {
    key: 'STATUTORY_REQUIREMENTS',
    text: 'Is there evidence within supervision records that the manager is ensuring statutory requirements/ standards are being met and maintained? (note whether a compliance check was completed during or prior to supervision)',
  },
  {
    key: 'HIGH_RISK_ESCALATION',
    text: 'Is there evidence High risk/complex cases being escalated to senior managers, inc Need to Knows.',
  },
  { key: CHILD_SAFE_QUESTION_KEY, text: 'Is the child safe? (if not immediately raise with HOS)' },
] as const satisfies readonly SupervisionAuditQuestion[];

/** SUP-4: the four questions of professional supervision, over the past six months. */
export const PROFESSIONAL_SUPERVISION_QUESTIONS = [
  { key: 'MONTHLY_PERSONAL_SUPERVISION', text: 'Is there evidence of monthly personal supervision over the past 6 months?' },
  {
    key: 'PERFORMANCE_LINKED_TO_LEARNING',
    text: 'If performance issues are raised from case supervision, is there evidence that this is linked to learning and development discussions held in professional supervision?',
  },
  {
    key: 'PERFORMANCE_ISSUES_ADDRESSED',
    text: 'Are performance issues addressed and clearly defined with expectations given around improvement?',
  },
  { key: 'GOOD_PERFORMANCE_ENCOURAGED', text: 'Is good performance highlighted and encouraged?' },
] as const satisfies readonly SupervisionAuditQuestion[];

export function questionsOf(kind: SupervisionAuditKind): readonly SupervisionAuditQuestion[] {
  return kind === 'CASE' ? CASE_SUPERVISION_QUESTIONS : PROFESSIONAL_SUPERVISION_QUESTIONS;
}

/**
 * Who audits whose supervision: a Head of Service audits a Team Manager's (SUP-1), a Team Manager
 * an Advanced Practitioner's (SUP-2). The audited person is the supervisor whose records are read.
 */
export const SUPERVISION_AUDIT_DUTIES = [
  { rule: 'SUP-1', auditorRole: 'HEAD_OF_SERVICE', supervisorRole: 'TEAM_MANAGER' },
  { rule: 'SUP-2', auditorRole: 'TEAM_MANAGER', supervisorRole: 'ADVANCED_PRACTITIONER' },
] as const satisfies readonly { rule: string; auditorRole: Role; supervisorRole: Role }[];

/**
 * SUP-5: an action agreed when the findings are reviewed. `source` has the shape of a remedial
 * action's source; with the manager, the case and the team the action carries all a remedial
 * action needs (issue 4, item 7), so the service raises one from the event alone.
 */
export type SupervisionAgreedAction = {
  readonly actionId: string;
  readonly action: string;
  readonly ownerId: string;
  /**
   * Who reviews its completion; never the owner. Default: the audited supervisor, or the auditor
   * when the supervisor owns the action (the auditor reviews the findings in the supervisor's
   * supervision). Absent on actions recorded before it was added.
   */
  readonly managerId?: string;
  /** ISO date (YYYY-MM-DD) by which the action is done. */
  readonly timescale: string;
  /** The audited case (CASE audits), else null. Absent on actions recorded before it was added. */
  readonly azeusNumber?: string | null;
  /** The audited supervisor's team as the staff list had it, else null. Absent on older actions. */
  readonly teamId?: string | null;
  readonly source: { readonly kind: 'SUPERVISION_AUDIT'; readonly id: string; readonly submittedAt: string };
};
