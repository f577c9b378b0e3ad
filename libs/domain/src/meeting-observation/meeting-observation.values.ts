import { GRADES, type Grade } from '../case-file-audit/case-file-audit.values.js';
import type { Role } from '../shared/decider.js';

/**
 * The words and lists of the observation of meetings (framework section 6; DOMAIN.md MTG-1..MTG-4).
 * Titles are the framework's own words; keys are stable and never change.
 */

/** MTG-2: the seven key meetings that are observed, as section 6 lists them. */
export const MEETING_TYPES = [
  { key: 'CP_CONFERENCE', title: 'Child Protection Conference – Initial/ Review' },
  { key: 'STRATEGY_DISCUSSION', title: 'Strategy discussion/meeting' },
  { key: 'CORE_GROUP', title: 'Core Group meeting' },
  { key: 'LOOKED_AFTER_CHILD_REVIEW', title: 'Looked After Child Review' },
  { key: 'ARP', title: 'ARP (Access to Resources Panel)' },
  { key: 'LEGAL_PLANNING_MEETING', title: 'Legal Planning Meeting' },
  { key: 'CHILD_IN_NEED_MEETING', title: 'Child in Need Meeting' },
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number]['key'];
export const MEETING_TYPE_KEYS: readonly MeetingType[] = MEETING_TYPES.map((t) => t.key);

/** MTG-2: a child protection conference is an initial one or a review; no other meeting has a stage. */
export const MEETING_CONFERENCE_STAGES = ['INITIAL', 'REVIEW'] as const;
export type MeetingConferenceStage = (typeof MEETING_CONFERENCE_STAGES)[number];

/** MTG-3: the fourteen areas each meeting is assessed in, in section 6's order, word for word. */
export const MEETING_AREAS = [
  { key: 'FOCUS_ON_THE_CHILD', title: 'The focus on the child' },
  {
    key: 'CHILD_AND_FAMILY_FEEDBACK',
    title: 'Children, young people and their families feedback and whether they feel they have been effectively helped',
  },
  {
    key: 'CHILDREN_ATTENDANCE_AND_PARTICIPATION',
    title:
      'Attendance and participation of children, young people, and advocates, including effectiveness of communication and involvement, evidence of understanding and impact',
  },
  {
    key: 'PARENTS_ATTENDANCE_AND_PARTICIPATION',
    title:
      'Attendance and participation of parents, carers and advocates, including effectiveness of communication and involvement, evidence of understanding and impact',
  },
  { key: 'PROFESSIONALS_ATTENDANCE_AND_PARTICIPATION', title: 'Attendance and participation of professionals and partner agencies' },
  { key: 'PROTECTIVE_FACTORS', title: 'Protective factors are acknowledged and built upon' },
  { key: 'RISK', title: 'Risk is identified, responded to and reduced' },
  { key: 'DECISION_MAKING', title: 'Quality of decision-making - effective and timely' },
  { key: 'EVIDENCE_GATHERING_AND_INFORMATION_SHARING', title: 'Quality of evidence gathering and information sharing' },
  { key: 'ASSESSMENT_AND_HELP', title: 'Quality of assessment and help: comprehensive and up to date' },
  {
    key: 'PLANNING_AND_REVIEW',
    title:
      'Quality of planning and review. Reviews are timely, effective, appropriately challenging and lead to the delivery of a child-centred plan',
  },
  { key: 'COORDINATION_AND_JOINT_WORKING', title: 'Effectiveness of coordination between agencies and quality of joint working' },
  {
    key: 'EQUALITY_AND_DIVERSITY',
    title:
      'Consideration and impact of age, disability, ethnicity, faith or belief, gender, gender identity, language, race and sexual orientation',
  },
  { key: 'OVERALL_EFFECTIVENESS', title: 'Overall effectiveness' },
] as const;
export type MeetingArea = (typeof MEETING_AREAS)[number]['key'];
export const MEETING_AREA_KEYS: readonly MeetingArea[] = MEETING_AREAS.map((a) => a.key);
export const MEETING_AREA_COUNT = 14;

export function meetingAreaTitle(area: MeetingArea): string {
  return MEETING_AREAS.find((a) => a.key === area)!.title;
}

/**
 * MTG-3: each area is judged on the service's four-point grade (Outstanding, Good, Requires
 * improvement, Inadequate), the grade of case file audits. The areas judge how well a multi-agency
 * meeting works and decides ("Overall effectiveness"), not one worker's skills, so the appendix C
 * observation scale ("Skills not seen at all" .. "Skills demonstrated were outstanding") does not
 * fit them; and one grade lets the service set its meetings beside its case file audits.
 */
export const MEETING_JUDGEMENTS = GRADES;
export type MeetingJudgement = Grade;

/** MTG-1: who observes key meetings, and how many a year. */
export const MEETING_OBSERVER_DUTIES = [
  { role: 'HEAD_OF_SERVICE', perYear: 2 },
  { role: 'CHIEF_OFFICER', perYear: 1 },
  { role: 'DIRECTOR', perYear: 1 },
] as const satisfies readonly { role: Role; perYear: number }[];
export type MeetingObserverRole = (typeof MEETING_OBSERVER_DUTIES)[number]['role'];
export const MEETING_OBSERVER_ROLES: readonly MeetingObserverRole[] = MEETING_OBSERVER_DUTIES.map((d) => d.role);

export function isMeetingObserverRole(role: unknown): role is MeetingObserverRole {
  return MEETING_OBSERVER_ROLES.some((r) => r === role);
}

/**
 * MTG-4: one action of the shared record of learning and actions. It carries all a remedial action
 * needs (issue 4, item 7): its owner, the manager who reviews it, its timescale, the case and team.
 */
export type MeetingAgreedAction = {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  /** Who reviews completion; never the owner. */
  readonly managerId: string;
  /** YYYY-MM-DD by which the action is done. */
  readonly timescale: string;
};
