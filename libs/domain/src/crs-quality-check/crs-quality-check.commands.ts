import type { Command } from '../shared/decider.js';
import type { RatedJudgementInput } from '../crs-monitoring-form/conference-and-review.checks.js';

/**
 * The CRS team manager is the actor of every command. Judgements arrive keyed by criterion key
 * (MEETING_OBSERVATION_CRITERIA, MINUTES_AUDIT_CRITERIA, PLAN_AUDIT_CRITERIA); `decide` checks them.
 */

export type CriterionJudgementsInput = Readonly<Record<string, RatedJudgementInput>>;

/** Where the chair is told (in supervision) and what the Manager of S&QA passes on to wider teams. */
type Feedback = {
  readonly feedbackForChair: string;
  readonly feedbackForWiderTeams?: string | null;
};

export type RecordCrsMeetingObservation = Command<
  'RecordCrsMeetingObservation',
  Feedback & {
    readonly checkId: string;
    /** One of CRS_MEETING_TYPES. */
    readonly meetingType: string;
    /** YYYY-MM-DD the conference or review was observed. */
    readonly meetingDate: string;
    readonly azeusNumber: string;
    readonly chairId: string;
    readonly observation: CriterionJudgementsInput;
    /** CRS-2: the observation includes an audit of the minutes and of the plan made at the meeting. */
    readonly minutesAudit: CriterionJudgementsInput;
    readonly planAudit: CriterionJudgementsInput;
  }
>;

export type RecordCrsMinutesAudit = Command<
  'RecordCrsMinutesAudit',
  Feedback & {
    readonly checkId: string;
    readonly meetingType: string;
    readonly meetingDate: string;
    readonly azeusNumber: string;
    readonly chairId: string;
    /** YYYY-MM-DD of the audit; not before the meeting, not in the future. */
    readonly auditedOn: string;
    readonly judgements: CriterionJudgementsInput;
  }
>;

export type RecordCrsPlanAudit = Command<
  'RecordCrsPlanAudit',
  Feedback & {
    readonly checkId: string;
    /** One of CRS_PLAN_KINDS: a child protection plan or a looked after child's plan. */
    readonly planKind: string;
    readonly azeusNumber: string;
    /** YYYY-MM-DD of the conference or review that made the plan. */
    readonly planDate: string;
    readonly chairId: string;
    readonly socialWorkerId?: string | null;
    readonly auditedOn: string;
    readonly judgements: CriterionJudgementsInput;
  }
>;

/** Appendix D: "Feedback will be given directly to the chair via supervision." */
export type RecordCrsFeedbackGivenToChair = Command<
  'RecordCrsFeedbackGivenToChair',
  { readonly checkId: string; readonly supervisionDate: string }
>;

export type CrsQualityCheckCommand = RecordCrsMeetingObservation | RecordCrsMinutesAudit | RecordCrsPlanAudit | RecordCrsFeedbackGivenToChair;
