import type { DomainEvent } from '../shared/decider.js';
import type { CrsMeetingType, CrsPlanKind, RatedJudgement } from '../crs-monitoring-form/conference-and-review.values.js';

/** Judgements keyed by criterion key, every criterion of the list judged. */
export type CriterionJudgements = Readonly<Record<string, RatedJudgement>>;

type Feedback = { readonly feedbackForChair: string; readonly feedbackForWiderTeams: string | null };

/** CRS-2 (1): a CP conference or LAC review observed, with its minutes and plan audited. */
export type CrsMeetingObserved = DomainEvent<
  'CrsMeetingObserved',
  Feedback & {
    readonly checkId: string;
    readonly crsTeamManagerId: string;
    readonly meetingType: CrsMeetingType;
    readonly planKind: CrsPlanKind;
    readonly meetingDate: string;
    readonly azeusNumber: string;
    readonly chairId: string;
    readonly observation: CriterionJudgements;
    readonly minutesAudit: CriterionJudgements;
    readonly planAudit: CriterionJudgements;
    readonly recordedAt: string;
  }
>;

/** CRS-2 (2): a set of minutes of a CP conference or LAC review audited. */
export type CrsMinutesAudited = DomainEvent<
  'CrsMinutesAudited',
  Feedback & {
    readonly checkId: string;
    readonly crsTeamManagerId: string;
    readonly meetingType: CrsMeetingType;
    readonly planKind: CrsPlanKind;
    readonly meetingDate: string;
    readonly azeusNumber: string;
    readonly chairId: string;
    readonly auditedOn: string;
    readonly judgements: CriterionJudgements;
    readonly recordedAt: string;
  }
>;

/** CRS-2 (3): a CP plan or LAC plan audited: robust, SMART and child centred. */
export type CrsPlanAudited = DomainEvent<
  'CrsPlanAudited',
  Feedback & {
    readonly checkId: string;
    readonly crsTeamManagerId: string;
    readonly planKind: CrsPlanKind;
    readonly azeusNumber: string;
    readonly planDate: string;
    readonly chairId: string;
    readonly socialWorkerId: string | null;
    readonly auditedOn: string;
    readonly judgements: CriterionJudgements;
    readonly recordedAt: string;
  }
>;

export type CrsFeedbackGivenToChair = DomainEvent<
  'CrsFeedbackGivenToChair',
  { readonly checkId: string; readonly chairId: string; readonly supervisionDate: string; readonly recordedAt: string }
>;

export type CrsQualityCheckEvent = CrsMeetingObserved | CrsMinutesAudited | CrsPlanAudited | CrsFeedbackGivenToChair;

export const CRS_QUALITY_CHECK_EVENT_TYPES: readonly CrsQualityCheckEvent['type'][] = [
  'CrsMeetingObserved',
  'CrsMinutesAudited',
  'CrsPlanAudited',
  'CrsFeedbackGivenToChair',
];
