import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Grade, ModerationScope } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { GradeEnum, ModerationScopeEnum } from '../case-file-audit.enums.js';

/** CFA-9 moderation statistics as clients read them; copied field by field by the mapper. */

@ObjectType({ description: 'Moderated audits, how many the moderator agreed with, how many had a grade changed.' })
export class AgreementCounts {
  @Field(() => Int) moderated: number;
  @Field(() => Int) agreed: number;
  @Field(() => Int) changed: number;
  @Field(() => Float, { nullable: true, description: 'agreed / moderated, from 0 to 1; null when nothing was moderated.' })
  agreementRate: number | null;
}

@ObjectType({ description: "An auditor's moderated audits." })
export class AuditorAgreement extends AgreementCounts {
  @Field(() => ID) auditorId: string;
}

@ObjectType({ description: "A team's moderated audits (the audit's team)." })
export class TeamAgreement extends AgreementCounts {
  @Field(() => ID, { nullable: true, description: 'Null for audits scheduled without a team.' }) teamId: string | null;
}

@ObjectType({ description: 'How many grades moderation moved from one grade to another.' })
export class GradeMovement {
  @Field(() => ModerationScopeEnum, { description: 'CRITERION counts every criterion together; OVERALL the overall grade.' })
  scope: ModerationScope;
  @Field(() => GradeEnum) fromGrade: Grade;
  @Field(() => GradeEnum) toGrade: Grade;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "How many times moderation moved one criterion's grade from one grade to another." })
export class CriterionGradeMovement {
  @Field(() => Int) criterion: number;
  @Field(() => GradeEnum) fromGrade: Grade;
  @Field(() => GradeEnum) toGrade: Grade;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'CFA-9: agreement rates per auditor and per team, and how grades moved under moderation.' })
export class ModerationStatistics {
  @Field(() => AgreementCounts) overall: AgreementCounts;
  @Field(() => [AuditorAgreement], { description: 'By auditor id.' }) byAuditor: AuditorAgreement[];
  @Field(() => [TeamAgreement], { description: 'By team id, audits without a team last.' }) byTeam: TeamAgreement[];
  @Field(() => [GradeMovement], { description: 'Criteria, then the overall grade; each by grade from and to.' })
  gradeMovements: GradeMovement[];
  @Field(() => [CriterionGradeMovement], { description: 'By criterion.' }) criterionMovements: CriterionGradeMovement[];
}
