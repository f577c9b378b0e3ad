import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  ConcernEscalationRoute,
  CrsMeetingType,
  CrsMonthlyRequirement,
  CrsPlanKind,
  CrsQualityCheckKind,
  CrsRating,
  MonitoringFormSection,
  PlanProgression,
} from '../../../../../libs/domain/src/index.js';
import type { CrsCheckSection } from '../../../../../projections/crs-monitoring/index.js';
import { GradeEnum } from '../../case-file-audits/case-file-audit.enums.js';
import {
  ConcernEscalationRouteEnum,
  CrsCheckCriterionEnum,
  CrsCheckSectionEnum,
  CrsMeetingTypeEnum,
  CrsMonthlyRequirementEnum,
  CrsPlanKindEnum,
  CrsQualityCheckKindEnum,
  MonitoringFormSectionEnum,
  PlanProgressionEnum,
} from '../crs-monitoring.enums.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * The Conference and Review Service's records as clients read them (CRS-2..CRS-4). Output types are
 * whitelists: a field reaches a client only if it is declared here and copied by the mapper.
 */

@ObjectType()
export class CrsRatedJudgement {
  @Field(() => GradeEnum, { nullable: true }) rating: CrsRating | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) comments: string | null;
}

@ObjectType()
export class CrsConcerns {
  @Field() raised: boolean;
  @Field(() => String, { nullable: true }) details: string | null;
  @Field(() => ConcernEscalationRouteEnum, { nullable: true }) escalationRoute: ConcernEscalationRoute | null;
  @Field(() => ID, { nullable: true }) escalationId: string | null;
}

@ObjectType()
export class MonitoringFormSupervisionUse {
  @Field() supervisionDate: string;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@ObjectType({ description: 'CRS-3: the monitoring form a chair completed after a CP conference or LAC review.' })
export class MonitoringForm {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field(() => CrsMeetingTypeEnum) meetingType: CrsMeetingType;
  @Field(() => CrsPlanKindEnum) planKind: CrsPlanKind;
  @Field() meetingDate: string;
  @Field(() => String, { nullable: true }) nextMeetingDate: string | null;
  @Field() azeusNumber: string;
  @Field(() => ID) socialWorkerId: string;
  @Field(() => ID) teamManagerId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID) chairId: string;
  @Field() chairRole: string;
  @Field(() => CrsRatedJudgement, { description: 'Preparation for conference/ review.' }) preparation: CrsRatedJudgement;
  @Field(() => CrsRatedJudgement, { description: 'Quality of assessment.' }) assessment: CrsRatedJudgement;
  @Field(() => CrsRatedJudgement, { description: 'Quality of plan.' }) plan: CrsRatedJudgement;
  @Field(() => CrsConcerns) concerns: CrsConcerns;
  @Field(() => [MonitoringFormSupervisionUse]) usedInSupervision: MonitoringFormSupervisionUse[];
  @Field() submittedAt: string;
  @Field(() => Int) revision: number;
}

@ObjectType()
export class MidwayPlanProgressionJudgement {
  @Field(() => PlanProgressionEnum, { nullable: true }) progression: PlanProgression | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) comments: string | null;
}

@ObjectType()
export class MidwayDriftOrDelay {
  @Field() found: boolean;
  @Field(() => String, { nullable: true }) details: string | null;
}

@ObjectType({ description: 'An action agreed at a midway review; raised as a remedial action (CFA-7).' })
export class MidwayAgreedAction {
  @Field(() => ID) actionId: string;
  @Field() description: string;
  @Field(() => ID) ownerId: string;
  @Field(() => ID) managerId: string;
  @Field() timescale: string;
}

@ObjectType({ description: 'CRS-3: a midway review held between the chair and the social worker.' })
export class MidwayReview {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field(() => CrsPlanKindEnum) planKind: CrsPlanKind;
  @Field() azeusNumber: string;
  @Field(() => ID) socialWorkerId: string;
  @Field(() => ID) teamManagerId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID) chairId: string;
  @Field() chairRole: string;
  @Field() previousMeetingDate: string;
  @Field() nextMeetingDate: string;
  @Field({ description: 'The midpoint between the two meetings.' }) dueOn: string;
  @Field() heldOn: string;
  @Field({ description: 'Held by the midpoint plus the tolerance.' }) heldOnTime: boolean;
  @Field(() => MidwayPlanProgressionJudgement) planProgression: MidwayPlanProgressionJudgement;
  @Field(() => MidwayDriftOrDelay) driftOrDelay: MidwayDriftOrDelay;
  @Field(() => CrsConcerns) concerns: CrsConcerns;
  @Field(() => [MidwayAgreedAction]) agreedActions: MidwayAgreedAction[];
  @Field() recordedAt: string;
  @Field(() => Int) revision: number;
}

@ObjectType({ description: "CRS-3: a midway review owed between a child's last conference or review and the next." })
export class MidwayReviewOwed {
  @Field() azeusNumber: string;
  @Field(() => CrsPlanKindEnum) planKind: CrsPlanKind;
  @Field(() => ID, { description: 'The monitoring form of the last meeting, which set the next.' }) monitoringFormId: string;
  @Field(() => ID) chairId: string;
  @Field(() => ID) socialWorkerId: string;
  @Field(() => ID) teamManagerId: string;
  @Field() previousMeetingDate: string;
  @Field() nextMeetingDate: string;
  @Field() dueOn: string;
  @Field({ description: 'The last day it is on time.' }) overdueAfter: string;
  @Field({ description: 'As at the query\'s asOf.' }) overdue: boolean;
}

@ObjectType({ description: 'CRS-2: one judged criterion of a check.' })
export class CrsCheckJudgement {
  @Field(() => CrsCheckSectionEnum) section: CrsCheckSection;
  @Field(() => CrsCheckCriterionEnum) criterion: string;
  @Field({ description: 'The criterion in the words of appendix D.' }) text: string;
  @Field(() => GradeEnum, { nullable: true }) rating: CrsRating | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) comments: string | null;
}

@ObjectType({ description: "CRS-2: the CRS team manager's observation of a meeting, or audit of minutes or of a plan." })
export class CrsQualityCheck {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field(() => CrsQualityCheckKindEnum) kind: CrsQualityCheckKind;
  @Field(() => ID) crsTeamManagerId: string;
  @Field(() => CrsPlanKindEnum) planKind: CrsPlanKind;
  @Field(() => CrsMeetingTypeEnum, { nullable: true }) meetingType: CrsMeetingType | null;
  @Field() meetingDate: string;
  @Field() azeusNumber: string;
  @Field(() => ID) chairId: string;
  @Field(() => ID, { nullable: true }) socialWorkerId: string | null;
  @Field({ description: 'The day it was done: the month it counts in.' }) checkedOn: string;
  @Field(() => [CrsCheckJudgement]) judgements: CrsCheckJudgement[];
  @Field() feedbackForChair: string;
  @Field(() => String, { nullable: true }) feedbackForWiderTeams: string | null;
  @Field(() => String, { nullable: true }) feedbackGivenToChairOn: string | null;
  @Field() recordedAt: string;
  @Field(() => Int) revision: number;
}

@ObjectType()
export class CrsMonthlyRequirementStatus {
  @Field(() => CrsMonthlyRequirementEnum) requirement: CrsMonthlyRequirement;
  @Field(() => CrsQualityCheckKindEnum) kind: CrsQualityCheckKind;
  @Field(() => CrsPlanKindEnum) planKind: CrsPlanKind;
  @Field(() => Int) required: number;
  @Field(() => Int) done: number;
  @Field() met: boolean;
}

@ObjectType({ description: "CRS-2: a CRS team manager's six monthly requirements, met or missing." })
export class CrsTeamManagerDuty {
  @Field(() => ID) crsTeamManagerId: string;
  @Field() month: string;
  @Field(() => [CrsMonthlyRequirementStatus]) requirements: CrsMonthlyRequirementStatus[];
  @Field(() => [CrsMonthlyRequirementEnum]) met: CrsMonthlyRequirement[];
  @Field(() => [CrsMonthlyRequirementEnum]) missing: CrsMonthlyRequirement[];
  @Field() allMet: boolean;
}

@ObjectType()
export class CrsMeetingTypeCount {
  @Field(() => CrsMeetingTypeEnum) meetingType: CrsMeetingType;
  @Field(() => Int) count: number;
  @Field(() => Int) withConcerns: number;
}

@ObjectType()
export class CrsSectionRatings {
  @Field(() => MonitoringFormSectionEnum) section: MonitoringFormSection;
  @Field(() => Int) outstanding: number;
  @Field(() => Int) good: number;
  @Field(() => Int) requiresImprovement: number;
  @Field(() => Int) inadequate: number;
}

@ObjectType()
export class CrsMonitoringFormsSummary {
  @Field(() => Int) total: number;
  @Field(() => [CrsMeetingTypeCount]) byMeetingType: CrsMeetingTypeCount[];
  @Field(() => Int) withConcerns: number;
  @Field(() => Int) escalatedInformally: number;
  @Field(() => Int) escalatedFormally: number;
  @Field(() => Int) usedInSupervision: number;
  @Field(() => [CrsSectionRatings]) ratings: CrsSectionRatings[];
}

@ObjectType()
export class CrsMidwayReviewsSummary {
  @Field(() => Int) held: number;
  @Field(() => Int) heldOnTime: number;
  @Field(() => Int) withDriftOrDelay: number;
  @Field(() => Int) withConcerns: number;
  @Field(() => Int) planNotProgressing: number;
  @Field(() => Int) actionsAgreed: number;
}

@ObjectType({ description: "CRS-4: the month's monitoring forms, midway reviews and CRS team manager duties, for the monthly QA report." })
export class CrsMonthlySummary {
  @Field() month: string;
  @Field(() => CrsMonitoringFormsSummary) monitoringForms: CrsMonitoringFormsSummary;
  @Field(() => CrsMidwayReviewsSummary) midwayReviews: CrsMidwayReviewsSummary;
  @Field(() => [CrsTeamManagerDuty]) crsTeamManagerDuties: CrsTeamManagerDuty[];
  @Field(() => Int) crsTeamManagerDutiesMet: number;
}
