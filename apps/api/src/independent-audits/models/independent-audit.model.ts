import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LearningEvidenced } from '../../../../../libs/domain/src/index.js';
import { IndependentAuditStatusEnum, LearningEvidencedEnum, type IndependentAuditStatus } from '../independent-audit.enums.js';
import { WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * An independent audit commission as clients read it (CFA-10). Output types are whitelists: a field
 * reaches a client only if it is declared here and copied by independent-audit.mapper.ts.
 */
@ObjectType({ description: 'CFA-10: an independent audit a senior manager commissioned from S&QA to test learning and improvement.' })
export class IndependentAudit {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID, { description: 'The commission id.' }) id: string;
  @Field({ description: "The case's Azeus number." }) azeusNumber: string;
  @Field({ description: 'The learning and improvement the audit tests.' }) learningToTest: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueDate: string;
  @Field({ description: "CFA-6: open and past its due date at the query's asOf." }) overdue: boolean;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => IndependentAuditStatusEnum) status: IndependentAuditStatus;
  @Field(() => ID) commissionedBy: string;
  @Field() commissionedAt: string;
  @Field(() => ID, { nullable: true, description: 'The S&QA officer or manager who accepted it.' }) auditorId: string | null;
  @Field(() => String, { nullable: true }) acceptedAt: string | null;
  @Field(() => ID, { nullable: true, description: 'The case file audit (type INDEPENDENT) carrying it out.' }) auditId: string | null;
  @Field(() => String, { nullable: true }) linkedAt: string | null;
  @Field(() => LearningEvidencedEnum, { nullable: true }) learningEvidenced: LearningEvidenced | null;
  @Field(() => String, { nullable: true }) findings: string | null;
  @Field(() => ID, { nullable: true }) reportedBy: string | null;
  @Field(() => String, { nullable: true }) reportedAt: string | null;
  @Field(() => String, { nullable: true }) withdrawnReason: string | null;
  @Field(() => String, { nullable: true }) withdrawnAt: string | null;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}
