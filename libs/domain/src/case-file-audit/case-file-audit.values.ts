/**
 * The words and lists of the case file audit form (framework appendix A; DOMAIN.md CFA-12).
 */

export const GRADES = ['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'] as const;
export type Grade = (typeof GRADES)[number];

/** Section 6 tick-box descriptors, word for word. */
export const GRADE_DESCRIPTORS: Readonly<Record<Grade, string>> = {
  OUTSTANDING: 'Extraordinary work is consistently of the highest standard.',
  GOOD: 'Practice is good in all areas of the audit.',
  REQUIRES_IMPROVEMENT:
    'Practice may be good in parts but it is not consistent in all areas of the audit – further work is required.',
  INADEQUATE: 'Poor practice is indicated in all aspects of the audit.',
};

/** Section 1b "Category of case (CAF/ TAC; CiN; CP; LAC; CwD; Care Leaver)". */
export const CASE_CATEGORIES = ['CAF_TAC', 'CIN', 'CP', 'LAC', 'CWD', 'CARE_LEAVER'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/**
 * Why an audit is done (framework section 3): the TM/AP monthly audit (CFA-2), a thematic audit
 * (CFA-3), a compliance audit before supervision (CFA-4), an independent audit commissioned from
 * S&QA (CFA-10), and the annual 10% random sample (CFA-1).
 */
export const AUDIT_TYPES = ['MONTHLY', 'THEMATIC', 'COMPLIANCE', 'INDEPENDENT', 'RANDOM_SAMPLE'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

/** Section 1b "Start/ end date(s) of CiN/ CP/ LAC periods". */
export const PERIOD_KINDS = ['CIN', 'CP', 'LAC'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const CRITERION_COUNT = 16;

export interface Criterion {
  readonly number: number;
  readonly title: string;
  readonly keyQuestions: readonly string[];
}

/** Section 2 (review the past 6 months): the 16 criteria, their titles and key questions as on the form. */
export const CRITERIA: readonly Criterion[] = [
  {
    number: 1,
    title: 'Effective early help support is provided',
    keyQuestions: [
      'Has previous historical information been taken in to account?',
      'What is the quality of the referral?',
      'Has early intervention been appropriately undertaken?',
    ],
  },
  {
    number: 2,
    title: 'Risk is identified, responded to and reduced in a timely way.',
    keyQuestions: [
      'Where relevant include evaluation of identification and response to children who experience and/or are at risk of: sexual exploitation, neglect, emotional abuse, sexual abuse, physical abuse, domestic abuse',
      'Consider any strategy meetings, section 47 investigations and planning to assess and manage risk',
    ],
  },
  {
    number: 3,
    title: 'Children, young people and families are appropriately involved',
    keyQuestions: [
      'Is there evidence of impact of the involvement of children and their families in assessment, planning and intervention?',
      'Are the views of significant males effectively gathered?',
      'Are the views of all significant adults effectively gathered (i.e. wider family, estranged parents)?',
      'Are children seen and seen alone and are the issues they raise understood and acted on?',
      'Do children benefit from stable and effective relationships?',
      'Do children and parents/carers have an equal voice? Does it evidence individual work undertaken, including appropriate direct work?',
      'Is this linked to the plan and the reduction of risk?',
      'What is the impact of this for children and their families?',
    ],
  },
  {
    number: 4,
    title: 'Decision making is effective and timely.',
    keyQuestions: [
      'Is there evidence of effective and timely management oversight and direction on cases, and clearly recorded rationale for decisions being made?',
      'Is supervision regular, of good quality and making a positive difference for this child?',
      'Is recording clear, comprehensive, reflective of work undertaken and focussed on the experience and progress of the child?',
    ],
  },
  {
    number: 5,
    title:
      'Assessments are timely, comprehensive, analytical and of high quality. They lead to appropriately focused help.',
    keyQuestions: [
      'Do they incorporate historical factors, informed by up to date case chronology?',
      'Do they identify risk, needs and protective factors, including parental capacity to change?',
    ],
  },
  {
    number: 6,
    title: 'Coordination between agencies is effective',
    keyQuestions: [
      'Is consent for information sharing well considered?',
      'Is joint working and information sharing improving the experience and sustaining the progress of children and young people?',
      'Do the right agencies attend decision making meetings such as strategy meeting, CP Conferences, LAC reviews, CIN reviews?',
    ],
  },
  {
    number: 7,
    title: 'Cultural competence is demonstrated- Consideration and impact of diversity',
    keyQuestions: [
      'For example, age, disability, ethnicity, faith or belief, gender, identity, language, race and sexual orientation.',
    ],
  },
  {
    number: 8,
    title: 'Plans are of good quality and lead to improved outcomes for children and families.',
    keyQuestions: [
      'Are they influenced by views of children and parents/carers and diversity issues?',
      'Are they: up to date and updated, timely, comprehensive, specific with measurable outcomes and dynamic?',
      'Are they implemented?',
      'Consider length of plan or any themes?',
      'Do they show quality of management oversight?',
    ],
  },
  {
    number: 9,
    title: 'Permanency is achieved without delay and reflects assessed needs.',
    keyQuestions: [
      'Are care leavers effectively prepared for independence and supported through their transition to adulthood?',
      'Are plans for permanency, including adoption, in the best interests of children and young people and achieved without delay?',
      'Evaluate the quality of preparation for placement',
    ],
  },
  {
    number: 10,
    title: 'Children and young people participate in and benefit from effective regular reviews',
    keyQuestions: [
      'Are reviews scrutinised and challenged robustly to ensure that they support children in making good progress?',
      'What is the influence and impact of the Independent Reviewing Officer/Child Protection Chair?',
      'Are children and their families supported to participate in the review and do their views influence decisions made?',
      'Does the review process ensure that any drift or delay is identified and challenged?',
    ],
  },
  {
    number: 11,
    title:
      'Placements are of good quality and children are living in accommodation that meets their needs',
    keyQuestions: [
      '(at home or looked after or care leavers) – Are children appropriately placed according to their assessed needs?',
      'Evaluate the effectiveness of: matching, stability and maintenance of contact with family/friends support for placements (including adoption support)',
    ],
  },
  {
    number: 12,
    title:
      'If the placement is out of borough, is there clear evidence of positive action to ensure that the welfare of the child is being promoted?',
    keyQuestions: [
      "(E.g. clear expectations of the provider, social work engagement with the school, virtual head health providers, promotion of contact where appropriate, identification with Bedford, the IRO's engagement with the child/young person)",
    ],
  },
  {
    number: 13,
    title: 'The help provided has improved outcomes for this child/ family',
    keyQuestions: [
      'Are children supported to achieve their full potential? Evaluate impact (including education, physical health, and their emotional well-being).',
      'Do children have developed networks within their community and are they safe?',
    ],
  },
  {
    number: 14,
    title: 'Has the child / young person had episodes when they were missing?',
    keyQuestions: ['If so was appropriate action taken?'],
  },
  {
    number: 15,
    title: 'Is the child / young person at risk or previously at risk of CSE?',
    keyQuestions: ['If so was this identified early and was appropriate action taken?'],
  },
  {
    number: 16,
    title: 'Is the child/ young person at risk of or involved in offending?',
    keyQuestions: [
      'If so, was appropriate action taken and are all agencies working together to support this child/ young person',
      'Consider clear identification of risk of offending, risk of harm to self and others and evidence of joint working and planning.',
    ],
  },
];

export const CRITERION_NUMBERS: readonly number[] = CRITERIA.map((c) => c.number);

export function criterionTitle(criterion: number): string | undefined {
  return CRITERIA.find((c) => c.number === criterion)?.title;
}

/** Section 3: the five questions put to the child, young person or family, keyed as the answers are. */
export const FAMILY_FEEDBACK_QUESTIONS = {
  experienceOfServices:
    "Can you please tell me about your experience of working with children's services/ your social worker? Did you understand why a social worker was visiting you?",
  listenedToAndCommunication:
    'Did you feel your social worker listened to you? Are you happy with the way your social worker communicated with you? What could we have done differently to improve this?',
  involvementInAssessmentAndPlan:
    'How were you involved in the assessment (and plan, if relevant) that was done with your family? What could we have done differently to improve this?',
  meetings:
    'If there were any meetings (i.e. CP Conference, CIN review, PLO meeting, LAC review): Did you feel prepared for and supported within these meetings? Did you feel able to have your say? Did you receive any paperwork in enough time to read and understand it? What could we have done differently to improve this?',
  supportAndDifference: 'Was support put in place for you and how did it make a difference for you and your family?',
} as const;
export type FamilyFeedbackQuestion = keyof typeof FAMILY_FEEDBACK_QUESTIONS;
export const FAMILY_FEEDBACK_QUESTION_KEYS = Object.keys(FAMILY_FEEDBACK_QUESTIONS) as FamilyFeedbackQuestion[];

/** Section 3 answers; an answer is null where the question did not arise (e.g. no meetings were held). */
export type FamilyFeedbackAnswers = { readonly [Q in FamilyFeedbackQuestion]: string | null };

/** A CiN / CP / LAC period of section 1b; `endDate` is null while the period is open. */
export type CasePeriod = {
  readonly kind: PeriodKind;
  readonly startDate: string;
  readonly endDate: string | null;
};

/** Section 1b, key information, field for field. Dates are ISO dates (YYYY-MM-DD). */
export type KeyInformation = {
  readonly auditTrackingNumber: string;
  readonly dateOfAudit: string;
  readonly auditorName: string;
  readonly auditorDesignation: string;
  readonly teamName: string;
  readonly teamManagerId: string;
  readonly teamManagerName: string;
  readonly socialWorkerId: string;
  readonly socialWorkerName: string;
  readonly category: CaseCategory;
  /** Age of the child in whole years. */
  readonly ageOfChild: number;
  readonly ethnicity: string;
  readonly gender: string;
  readonly disability: string;
  readonly referralDate: string;
  readonly referralSource: string;
  readonly reasonForReferral: string;
  /** "Previous Referrals and Contacts (dates)". */
  readonly previousReferralsAndContacts: readonly string[];
  readonly periods: readonly CasePeriod[];
  readonly placementType: string | null;
  readonly livingOutOfBorough: boolean;
  /** Where the child lives when out of borough; null otherwise. */
  readonly outOfBoroughLocation: string | null;
  readonly gapsInEssentialInformation: string | null;
  readonly lastVisitInTime: boolean;
  readonly assessmentInTime: boolean;
  readonly planInTime: boolean;
  readonly lastSupervisionInTime: boolean;
};

/** Section 5 recommendation. */
export type Recommendation = {
  readonly recommendationId: string;
  readonly action: string;
  /** "Date for completion/review", ISO date. */
  readonly completionDate: string;
  /** "Who is responsible for action". */
  readonly responsible: string;
};

/** What an immediate escalation (CFA-13) is about: one criterion, or the overall grade. */
export type EscalationScope = 'CRITERION' | 'OVERALL';

/**
 * CFA-8: how the worker took part. The audit is done with the worker where possible; otherwise a
 * shared reflective discussion is offered, and its outcome (held or declined) is recorded.
 */
export const WORKER_INVOLVEMENTS = [
  'DONE_WITH_WORKER',
  'REFLECTIVE_DISCUSSION_OFFERED',
  'REFLECTIVE_DISCUSSION_HELD',
  'REFLECTIVE_DISCUSSION_DECLINED',
] as const;
export type WorkerInvolvement = (typeof WORKER_INVOLVEMENTS)[number];

/** CFA-8: the outcomes of an offered reflective discussion, which may follow the submission. */
export const REFLECTIVE_DISCUSSION_OUTCOMES: readonly WorkerInvolvement[] = [
  'REFLECTIVE_DISCUSSION_HELD',
  'REFLECTIVE_DISCUSSION_DECLINED',
];

/** CFA-9: the senior managers who quality-assure (moderate) completed audits. */
export const MODERATOR_ROLES = ['HEAD_OF_SERVICE', 'CHIEF_OFFICER', 'DIRECTOR'] as const;
export type ModeratorRole = (typeof MODERATOR_ROLES)[number];

/** What a moderated grade is: one criterion's, or the overall grade (CFA-9). */
export type ModerationScope = 'CRITERION' | 'OVERALL';

/**
 * REP-2: who may tag a submitted audit with the learning themes it shows: its auditor, a senior
 * manager who quality-assures audits (CFA-9), or S&QA, who draw the learning together (REP-1).
 */
export const LEARNING_THEME_TAGGER_ROLES = [...MODERATOR_ROLES, 'SQA_OFFICER', 'SQA_MANAGER'] as const;

/** REP-2: bounds that keep an audit's learning themes a short list of tags. */
export const LEARNING_THEME_LIMITS = { themes: 20, themeLength: 100 } as const;
