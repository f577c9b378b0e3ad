import type { Role } from '../shared/decider.js';

/**
 * The words of learning inputs: the sources of quality assurance and learning outside the core
 * strands (framework section 2; DOMAIN.md "Inputs outside the core strands" and REP-2). Each is
 * recorded with a date, a source, the teams and service areas it touches and its learning themes.
 * Keys are stable and never change.
 */

/**
 * COMPLAINT, COMPLIMENT: "complaints and compliments provide a key element of quality assurance";
 * CHILD_OR_FAMILY_FEEDBACK: groups and surveys involving children, young people and families;
 * STAFF_SURVEY: the (at least) annual survey of staff (section 2, supervision audit);
 * LSCB_AUDIT: the Local Safeguarding Children Board's quality assurance and audit programme;
 * FOSTERING_ADOPTION_QA: the Fostering and Adoption teams' own quality assurance and audit.
 */
export const LEARNING_INPUT_KINDS = [
  'COMPLAINT',
  'COMPLIMENT',
  'CHILD_OR_FAMILY_FEEDBACK',
  'STAFF_SURVEY',
  'LSCB_AUDIT',
  'FOSTERING_ADOPTION_QA',
] as const;
export type LearningInputKind = (typeof LEARNING_INPUT_KINDS)[number];

export const LEARNING_INPUT_KIND_LABELS: Readonly<Record<LearningInputKind, string>> = {
  COMPLAINT: 'Complaint',
  COMPLIMENT: 'Compliment',
  CHILD_OR_FAMILY_FEEDBACK: 'Feedback from children, young people and families (groups, surveys)',
  STAFF_SURVEY: 'Annual staff survey',
  LSCB_AUDIT: 'Local Safeguarding Children Board audit',
  FOSTERING_ADOPTION_QA: 'Fostering and Adoption quality assurance',
};

/**
 * Where the framework names the kinds of source, the source carries one of them besides its free
 * text: the groups and surveys of "Involving Children and Young People" and "Involving Families",
 * and the Fostering and the Adoption teams. Other kinds have free text only.
 */
export const LEARNING_INPUT_SOURCE_TYPES = {
  CHILD_OR_FAMILY_FEEDBACK: [
    'CHILDREN_IN_CARE_COUNCIL',
    'YOUTH_COUNCIL',
    'CHILDREN_FOCUS_GROUP',
    'CHILDREN_SURVEY',
    'FAMILY_GROUP',
    'FAMILY_SURVEY',
  ],
  FOSTERING_ADOPTION_QA: ['FOSTERING', 'ADOPTION'],
} as const satisfies Partial<Record<LearningInputKind, readonly string[]>>;

export type LearningInputSourceType =
  (typeof LEARNING_INPUT_SOURCE_TYPES)[keyof typeof LEARNING_INPUT_SOURCE_TYPES][number];

export const ALL_LEARNING_INPUT_SOURCE_TYPES: readonly LearningInputSourceType[] = Object.values(
  LEARNING_INPUT_SOURCE_TYPES,
).flat();

/** The source types a kind takes; empty where the framework names none (free text only). */
export function sourceTypesOf(kind: LearningInputKind): readonly LearningInputSourceType[] {
  return kind in LEARNING_INPUT_SOURCE_TYPES ? LEARNING_INPUT_SOURCE_TYPES[kind as keyof typeof LEARNING_INPUT_SOURCE_TYPES] : [];
}

/** A complaint's outcome once it is responded to. */
export const COMPLAINT_OUTCOMES = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/**
 * Who records learning inputs: S&QA, who collate quality assurance activity and its learning for
 * the monthly overview (REP-1, REP-2), for any team or service area; and a Head of Service for
 * inputs touching only their own service: the service areas of their team and of the teams of
 * those they line-manage.
 */
export const LEARNING_INPUT_SQA_ROLES = ['SQA_OFFICER', 'SQA_MANAGER'] as const satisfies readonly Role[];
export const LEARNING_INPUT_RECORDER_ROLES = [...LEARNING_INPUT_SQA_ROLES, 'HEAD_OF_SERVICE'] as const satisfies readonly Role[];

/** Bounds that keep one input a readable record. */
export const LEARNING_INPUT_LIMITS = {
  themes: 30,
  themeLength: 100,
  teams: 100,
  serviceAreas: 50,
  findings: 200,
  earliestSurveyYear: 2000,
} as const;

export type LearningInputSource = {
  readonly description: string;
  readonly type: LearningInputSourceType | null;
};

/** A team the input touches, with the service area it belonged to when recorded. */
export type LearningInputTeam = { readonly teamId: string; readonly serviceAreaId: string };

export type ComplaintDetails = {
  readonly outcome: ComplaintOutcome | null;
  /** ISO date (YYYY-MM-DD) of the response; set with the outcome. */
  readonly responseDate: string | null;
};

export type StaffSurveyFinding = { readonly theme: string; readonly text: string };

export type StaffSurveyDetails = {
  readonly year: number;
  readonly findings: readonly StaffSurveyFinding[];
};

/** What an input says: recorded whole, and replaced whole by a correction. */
export type LearningInputContent = {
  /** ISO date the input was received (a complaint, a compliment) or held (a group, an audit). */
  readonly receivedOn: string;
  readonly source: LearningInputSource;
  readonly teams: readonly LearningInputTeam[];
  /** Service areas named directly (not those of the teams). */
  readonly serviceAreaIds: readonly string[];
  /** Learning themes as entered (trimmed), one per theme key, in the order given (REP-2). */
  readonly themes: readonly string[];
  readonly summary: string;
  /** COMPLAINT only. */
  readonly complaint: ComplaintDetails | null;
  /** STAFF_SURVEY only. */
  readonly staffSurvey: StaffSurveyDetails | null;
};

/**
 * REP-2: the key a learning theme is matched by. Themes are free-form tags stored as entered
 * (trimmed); two tags are the same theme when their keys are equal: Unicode-normalised (NFKC),
 * runs of white space made one space, trimmed, lower-cased. "Management  Oversight" and
 * "management oversight" are one theme.
 */
export function learningThemeKey(theme: string): string {
  return theme.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The service areas an input touches: those named, and those of its teams, each once, sorted. */
export function serviceAreasTouched(content: Pick<LearningInputContent, 'teams' | 'serviceAreaIds'>): string[] {
  return [...new Set([...content.serviceAreaIds, ...content.teams.map((t) => t.serviceAreaId)])].sort();
}
