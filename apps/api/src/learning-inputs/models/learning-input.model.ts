import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ComplaintOutcome, LearningInputKind, LearningInputSourceType, Role } from '../../../../../libs/domain/src/index.js';
import type { LearningInputChangeDocument, LearningInputDocument, ThemeTrend } from '../../../../../projections/learning-inputs/index.js';
import { StaffRoleEnum } from '../../people/people.enums.js';
import {
  ComplaintOutcomeEnum,
  LearningInputChangeKindEnum,
  LearningInputKindEnum,
  LearningInputSourceTypeEnum,
  LearningInputStatusEnum,
  ThemeTrendEnum,
} from '../learning-input.enums.js';

/**
 * A learning input (section 2, REP-2) and the learning themes counted per period, as clients read
 * them. Output types are whitelists: a field reaches a client only if it is declared here and
 * copied by learning-input.mapper.ts.
 */

@ObjectType()
export class LearningInputSource {
  @Field() description: string;
  @Field(() => LearningInputSourceTypeEnum, { nullable: true }) type: LearningInputSourceType | null;
}

@ObjectType({ description: 'A team the input touches, with the service area it was in when recorded.' })
export class LearningInputTeam {
  @Field(() => ID) teamId: string;
  @Field(() => ID) serviceAreaId: string;
}

@ObjectType({ description: "A complaint's outcome and response date; both null while it is open." })
export class ComplaintDetails {
  @Field(() => ComplaintOutcomeEnum, { nullable: true }) outcome: ComplaintOutcome | null;
  @Field(() => String, { nullable: true }) responseDate: string | null;
}

@ObjectType()
export class StaffSurveyFinding {
  @Field() theme: string;
  @Field() text: string;
}

@ObjectType({ description: 'The annual staff survey: its year and findings.' })
export class StaffSurvey {
  @Field(() => Int) year: number;
  @Field(() => [StaffSurveyFinding]) findings: StaffSurveyFinding[];
}

@ObjectType()
export class LearningInputWithdrawal {
  @Field() reason: string;
  @Field(() => ID, { nullable: true }) withdrawnBy: string | null;
  @Field() withdrawnAt: string;
}

@ObjectType({ description: 'One change to the input; the whole earlier version is in the history of its stream (REP-3).' })
export class LearningInputChange {
  @Field(() => LearningInputChangeKindEnum) change: LearningInputChangeDocument['change'];
  @Field(() => ID, { nullable: true }) by: string | null;
  @Field() at: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Int) revision: number;
}

@ObjectType({
  description:
    'Section 2, REP-2: a complaint, compliment, feedback from children or families, the staff survey, an LSCB audit or fostering/adoption QA, with the teams and learning themes it touches.',
})
export class LearningInput {
  @Field(() => ID) id: string;
  @Field(() => LearningInputKindEnum) kind: LearningInputKind;
  @Field(() => LearningInputStatusEnum) status: LearningInputDocument['status'];
  @Field({ description: 'The date received or held.' }) receivedOn: string;
  @Field(() => LearningInputSource) source: LearningInputSource;
  @Field(() => [LearningInputTeam]) teams: LearningInputTeam[];
  @Field(() => [ID], { description: 'Service areas named directly.' }) serviceAreaIds: string[];
  @Field(() => [ID], { description: 'Those named and those of its teams.' }) serviceAreasTouched: string[];
  @Field(() => [String], { description: 'REP-2: the learning themes as entered.' }) themes: string[];
  @Field(() => [String], { description: 'REP-2: the key each theme is matched and counted by (same order).' }) themeKeys: string[];
  @Field() summary: string;
  @Field(() => ComplaintDetails, { nullable: true, description: 'COMPLAINT only.' }) complaint: ComplaintDetails | null;
  @Field(() => StaffSurvey, { nullable: true, description: 'STAFF_SURVEY only.' }) staffSurvey: StaffSurvey | null;
  @Field(() => ID) recordedBy: string;
  @Field(() => StaffRoleEnum, { nullable: true }) recordedByRole: Role | null;
  @Field() recordedAt: string;
  @Field(() => LearningInputWithdrawal, { nullable: true }) withdrawal: LearningInputWithdrawal | null;
  @Field(() => [LearningInputChange]) history: LearningInputChange[];
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType()
export class LearningThemeKindCount {
  @Field(() => LearningInputKindEnum) kind: LearningInputKind;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'REP-2: one learning theme in a period, against the period before.' })
export class LearningThemeCount {
  @Field({ description: 'What the theme is matched by: case, spacing and Unicode form folded.' }) key: string;
  @Field({ description: 'The theme as first entered.' }) theme: string;
  @Field(() => Int, { description: 'Inputs received in the period that touch it.' }) count: number;
  @Field(() => Int) previousCount: number;
  @Field(() => Int) change: number;
  @Field(() => ThemeTrendEnum) trend: ThemeTrend;
  @Field(() => [LearningThemeKindCount]) byKind: LearningThemeKindCount[];
  @Field(() => [ID]) learningInputIds: string[];
}

@ObjectType({ description: 'REP-2: the learning themes of one month or quarter, most inputs first.' })
export class LearningThemePeriodCounts {
  @Field({ description: '2025-06 for a month, 2025-Q2 for a quarter.' }) period: string;
  @Field() start: string;
  @Field() end: string;
  @Field({ description: 'The period compared against.' }) previousPeriod: string;
  @Field(() => Int, { description: 'Inputs received in the period.' }) inputCount: number;
  @Field(() => [LearningThemeCount], { description: 'Themes counted in the period or the one before.' }) themes: LearningThemeCount[];
}
