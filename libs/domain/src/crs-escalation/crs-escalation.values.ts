import type { Role } from '../shared/decider.js';

/**
 * The words of an escalation raised by an independent chair (an IRO or a CP chair) in the
 * Conference and Review Service (framework appendix D; DOMAIN.md CRS-1).
 *
 * Appendix D says a chair who sees practice concerns placing a child at risk raises an escalation
 * and notifies the relevant Team Manager immediately; the TM investigates and takes action; a
 * serious issue, or one that needs a management decision, is sent to the Manager for the service
 * area; concerns may be escalated formally or informally under "the case escalation process". That
 * process is not part of the framework's text, so its stages are the service's reading of it.
 */

/** Who raises an escalation (CRS-1): the independent chairs. */
export const CRS_ESCALATION_RAISER_ROLES = ['IRO', 'CP_CHAIR'] as const satisfies readonly Role[];
export type CrsEscalationRaiserRole = (typeof CRS_ESCALATION_RAISER_ROLES)[number];

/**
 * The stages of the case escalation process, in order. Each stage has one recipient, who responds:
 * - INFORMAL: the chair raises the concern informally with the child's Team Manager;
 * - FORMAL_STAGE_1: formally, with the Team Manager;
 * - FORMAL_STAGE_2: with the Manager (Head of Service) of the service area; a serious issue or one
 *   needing a management decision starts here (CRS-1);
 * - FORMAL_STAGE_3: with a chief officer or the director.
 */
export const CRS_ESCALATION_STAGES = ['INFORMAL', 'FORMAL_STAGE_1', 'FORMAL_STAGE_2', 'FORMAL_STAGE_3'] as const;
export type CrsEscalationStage = (typeof CRS_ESCALATION_STAGES)[number];

/** Who may respond at each stage (the named recipient must also hold one of these roles). */
export const CRS_ESCALATION_STAGE_RECIPIENT_ROLES: Readonly<Record<CrsEscalationStage, readonly Role[]>> = {
  INFORMAL: ['TEAM_MANAGER'],
  FORMAL_STAGE_1: ['TEAM_MANAGER'],
  FORMAL_STAGE_2: ['HEAD_OF_SERVICE'],
  FORMAL_STAGE_3: ['CHIEF_OFFICER', 'DIRECTOR'],
};

export const CRS_ESCALATION_STAGE_LABELS: Readonly<Record<CrsEscalationStage, string>> = {
  INFORMAL: 'Informal, with the Team Manager',
  FORMAL_STAGE_1: 'Formal stage 1, with the Team Manager',
  FORMAL_STAGE_2: 'Formal stage 2, with the Manager (Head of Service) of the service area',
  FORMAL_STAGE_3: 'Formal stage 3, with a chief officer or the director',
};

/**
 * How many working days (Monday to Friday, less any non-working days given) the recipient has to
 * respond at each stage, counted from the day after the stage began. The framework gives no number:
 * these are the service's defaults, and every clock function takes the table as a parameter so a
 * council may pass its own.
 */
export const CRS_ESCALATION_RESPONSE_WORKING_DAYS: Readonly<Record<CrsEscalationStage, number>> = {
  INFORMAL: 5,
  FORMAL_STAGE_1: 5,
  FORMAL_STAGE_2: 5,
  FORMAL_STAGE_3: 10,
};

/** INFORMAL when resolved at the informal stage; FORMAL at any formal stage. */
export const CRS_ESCALATION_RESOLUTIONS = ['INFORMAL', 'FORMAL'] as const;
export type CrsEscalationResolution = (typeof CRS_ESCALATION_RESOLUTIONS)[number];

/** How the chair starts the escalation when it is not serious (CRS-1: "formally or informally"). */
export const CRS_ESCALATION_ROUTES = ['INFORMAL', 'FORMAL'] as const;
export type CrsEscalationRoute = (typeof CRS_ESCALATION_ROUTES)[number];

export function nextCrsEscalationStage(stage: CrsEscalationStage): CrsEscalationStage | null {
  return CRS_ESCALATION_STAGES[CRS_ESCALATION_STAGES.indexOf(stage) + 1] ?? null;
}

export function crsEscalationResolutionAt(stage: CrsEscalationStage): CrsEscalationResolution {
  return stage === 'INFORMAL' ? 'INFORMAL' : 'FORMAL';
}

/** Who was told, when the escalation was raised or moved on a stage. */
export type CrsEscalationNotified = {
  readonly staffId: string;
  /** RECIPIENT: the stage's recipient, who responds; TEAM_MANAGER: the child's TM, kept informed. */
  readonly as: 'RECIPIENT' | 'TEAM_MANAGER';
};

/**
 * An action agreed when the escalation is resolved (issue 4, item 7). It carries all a remedial
 * action needs, so the service raises one for it with the CFA-7 lifecycle.
 */
export type CrsEscalationAgreedAction = {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  /** Who reviews its completion; never the owner. */
  readonly managerId: string;
  /** YYYY-MM-DD. */
  readonly timescale: string;
};
