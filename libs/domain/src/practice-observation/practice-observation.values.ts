import type { Role } from '../shared/decider.js';

/**
 * The words and lists of the practice observation form (framework appendix C; DOMAIN.md OBS-1..OBS-5).
 */

/** OBS-4: the four boxes of the appendix C table, lowest to highest. */
export const PRACTICE_JUDGEMENTS = ['NOT_SEEN', 'FEW_SKILLS', 'GOOD', 'OUTSTANDING'] as const;
export type PracticeJudgement = (typeof PRACTICE_JUDGEMENTS)[number];

/** The column headings of the appendix C table, word for word. */
export const PRACTICE_JUDGEMENT_DESCRIPTORS: Readonly<Record<PracticeJudgement, string>> = {
  NOT_SEEN: 'Skills not seen at all',
  FEW_SKILLS: 'Few skills seen, but could improve',
  GOOD: 'A good level of skill seen',
  OUTSTANDING: 'Skills demonstrated were outstanding',
};

/** OBS-4: the six areas of practice, keys and the titles as on the form. */
export const AREAS_OF_PRACTICE = [
  { key: 'COMMUNICATION', title: 'Communication with child/family/professionals' },
  { key: 'PREPARATION_AND_PROFESSIONALISM', title: 'Preparation and professionalism' },
  { key: 'CHILD_FOCUS', title: 'Ensuring the activity is child focussed' },
  { key: 'SAFEGUARDING_AND_RISK', title: 'Robust safeguarding and Risk Management' },
  { key: 'LEADERSHIP', title: 'Demonstration of leadership skills' },
  { key: 'DECISION_MAKING', title: 'Quality of decision making' },
] as const;
export type AreaOfPractice = (typeof AREAS_OF_PRACTICE)[number]['key'];
export const AREA_OF_PRACTICE_KEYS: readonly AreaOfPractice[] = AREAS_OF_PRACTICE.map((area) => area.key);

export type AreaJudgements = Readonly<Record<AreaOfPractice, PracticeJudgement>>;

/** OBS-1, OBS-3: team managers observe; advanced practitioners where agreed, and always for ASYE workers. */
export const OBSERVER_ROLES: readonly Role[] = ['TEAM_MANAGER', 'ADVANCED_PRACTITIONER'];

/** OBS-5: the reflective review follows the observation or is held at the next supervision. */
export const REFLECTIVE_REVIEW_SETTINGS = ['AFTER_OBSERVATION', 'NEXT_SUPERVISION'] as const;
export type ReflectiveReviewSetting = (typeof REFLECTIVE_REVIEW_SETTINGS)[number];

/**
 * OBS-5: one action of the shared action plan. Each becomes a remedial action with the CFA-7
 * lifecycle (issue 4, item 7), so the event carries all an action needs. `managerId`, `azeusNumber`
 * and `teamId` were added later: plans recorded before them lack them (and raise no remedial action).
 */
export interface ObservationAction {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  /** The timescale: the date the action is to be done by (YYYY-MM-DD). */
  readonly dueBy: string;
  /** Who reviews its completion, never the owner: the observer, or the observer's line manager when the observer owns it. */
  readonly managerId?: string;
  /** The child's case when the action is about one. */
  readonly azeusNumber?: string | null;
  /** The worker's team when the plan was agreed, if known. */
  readonly teamId?: string | null;
}
