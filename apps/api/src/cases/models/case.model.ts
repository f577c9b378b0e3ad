import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CaseCategory } from '../../../../../libs/domain/src/case/case.values.js';
import { CaseCategoryEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { DatedId } from '../../people/models/staff-member.model.js';
import { CaseStatusEnum } from '../cases.enums.js';

/** Output types of the caseload: whitelists, filled field by field by cases.mapper.ts. */

@ObjectType({ description: 'One opening of the case to its closing (null while open).' })
export class CaseEpisode {
  @Field() openedOn: string;
  @Field(() => String, { nullable: true }) closedOn: string | null;
}

@ObjectType({ description: 'A category that held from a date.' })
export class DatedCaseCategory {
  @Field(() => CaseCategoryEnum) value: CaseCategory;
  @Field() effectiveFrom: string;
}

@ObjectType({ description: 'Every dated change of the case, in effective-date order.' })
export class CaseHistory {
  @Field(() => [DatedCaseCategory]) category: DatedCaseCategory[];
  @Field(() => [DatedId]) teamId: DatedId[];
  @Field(() => [DatedId]) allocatedWorkerId: DatedId[];
}

@ObjectType({ description: "A child's case, known by its Azeus number: as recorded now, or as it stood on `asAt`." })
export class Case {
  @Field() azeusNumber: string;
  @Field(() => CaseCategoryEnum) category: CaseCategory;
  @Field(() => ID) teamId: string;
  @Field(() => ID, { nullable: true, description: 'Null while awaiting allocation.' }) allocatedWorkerId: string | null;
  @Field(() => CaseStatusEnum, { description: 'As recorded now.' }) status: 'OPEN' | 'CLOSED';
  @Field({ description: 'Opening date of the current (or last) episode.' }) openedOn: string;
  @Field(() => String, { nullable: true }) closedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The date category, team and worker are given as at; null: as recorded now.' })
  asAt: string | null;
  @Field({ description: 'Open on asAt (default: now).' }) open: boolean;
  @Field(() => [CaseEpisode]) episodes: CaseEpisode[];
  @Field(() => CaseHistory) history: CaseHistory;
  @Field(() => Int, { description: 'Stream revision of the last change.' }) revision: number;
  @Field() lastUpdatedAt: string;
}
