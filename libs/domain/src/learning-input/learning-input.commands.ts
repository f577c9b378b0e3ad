import type { Command } from '../shared/decider.js';

/**
 * Task-based commands of a learning input. Enumerated values arrive from the edge as strings;
 * `decide` checks them. The recorder is the actor of the command (metadata). Facts the decision
 * needs from elsewhere (which service area each team is in) are fetched by the caller and passed
 * in `facts`, so the decision stays pure.
 */

export type LearningInputSourceInput = {
  readonly description: string;
  /** One of the kind's source types (LEARNING_INPUT_SOURCE_TYPES); absent for kinds that have none. */
  readonly type?: string | null;
};

export type ComplaintDetailsInput = {
  /** One of COMPLAINT_OUTCOMES; given with responseDate, or neither while the complaint is open. */
  readonly outcome?: string | null;
  readonly responseDate?: string | null;
};

export type StaffSurveyInput = {
  readonly year: number;
  readonly findings: readonly { readonly theme: string; readonly text: string }[];
};

export type LearningInputContentInput = {
  /** ISO date (YYYY-MM-DD), not in the future. */
  readonly receivedOn: string;
  readonly source: LearningInputSourceInput;
  readonly teamIds?: readonly string[] | null;
  readonly serviceAreaIds?: readonly string[] | null;
  readonly themes: readonly string[];
  readonly summary: string;
  /** COMPLAINT only. */
  readonly complaint?: ComplaintDetailsInput | null;
  /** STAFF_SURVEY only: its year and findings (each finding's theme is also a theme of the input). */
  readonly staffSurvey?: StaffSurveyInput | null;
};

/** Fetched by the caller from the teams and staff read models. */
export type LearningInputFacts = {
  /** Each named team with its service area, or null when no such team is registered. */
  readonly teams: readonly { readonly teamId: string; readonly serviceAreaId: string | null }[];
  /** Which of the named service areas are registered. */
  readonly registeredServiceAreaIds: readonly string[];
  /**
   * A Head of Service's service: the service areas of their own team and of the teams of those they
   * line-manage (their team managers). Empty when none is recorded, or the actor is not a HoS.
   */
  readonly actorServiceAreaIds: readonly string[];
};

export type RecordLearningInput = Command<
  'RecordLearningInput',
  LearningInputContentInput & {
    readonly learningInputId: string;
    /** One of LEARNING_INPUT_KINDS. */
    readonly kind: string;
    readonly facts: LearningInputFacts;
  }
>;

/** Replaces what the input says (its kind stays); the recorded version stays in the history. */
export type CorrectLearningInput = Command<
  'CorrectLearningInput',
  LearningInputContentInput & {
    readonly learningInputId: string;
    /** Why it is corrected. */
    readonly reason: string;
    readonly facts: LearningInputFacts;
  }
>;

/** A complaint responded to: its outcome and the date of the response. */
export type RecordComplaintResponse = Command<
  'RecordComplaintResponse',
  {
    readonly learningInputId: string;
    readonly outcome: string;
    readonly responseDate: string;
  }
>;

/** Takes an input out of the learning themes (recorded in error, a duplicate); its history stays. */
export type WithdrawLearningInput = Command<
  'WithdrawLearningInput',
  {
    readonly learningInputId: string;
    readonly reason: string;
  }
>;

export type LearningInputCommand = RecordLearningInput | CorrectLearningInput | RecordComplaintResponse | WithdrawLearningInput;
