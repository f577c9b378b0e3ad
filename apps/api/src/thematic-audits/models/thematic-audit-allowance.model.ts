import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * An auditor's thematic audit allowance (CFA-3) as clients read it. Output types are whitelists: a
 * field reaches a client only if it is declared here and copied by thematic-audit.mapper.ts.
 */

@ObjectType({ description: 'CFA-3: a slot held by one thematic audit.' })
export class ThematicAuditSlot {
  @Field(() => ID) auditId: string;
  @Field() theme: string;
  @Field({ description: 'YYYY-MM-DD; its year is the allowance\'s year.' }) dueDate: string;
  @Field(() => ID, { nullable: true }) claimedBy: string | null;
  @Field() claimedAt: string;
  @Field(() => String, { nullable: true, description: 'When the audit was scheduled; null while it is not (a claim left behind).' })
  scheduledAt: string | null;
}

@ObjectType({ description: 'CFA-3: a slot given back.' })
export class ReleasedThematicAuditSlot {
  @Field(() => ID) auditId: string;
  @Field() reason: string;
  @Field({ description: 'The audit\'s status when the slot was given back: NOT_SCHEDULED or WITHDRAWN.' }) auditStatus: string;
  @Field(() => ID, { nullable: true }) releasedBy: string | null;
  @Field() releasedAt: string;
}

@ObjectType({ description: 'A thematic audit scheduled for this auditor and year that holds no slot: one the cap did not see.' })
export class ThematicAuditWithoutSlot {
  @Field(() => ID) auditId: string;
  @Field(() => String, { nullable: true }) theme: string | null;
  @Field() dueDate: string;
  @Field() scheduledAt: string;
}

@ObjectType({ description: 'CFA-3: up to four thematic audits a year per team manager or advanced practitioner.' })
export class ThematicAuditAllowance {
  @Field(() => ID) auditorId: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'Four a year (CFA-3).' }) cap: number;
  @Field(() => Int) used: number;
  @Field(() => Int) remaining: number;
  @Field(() => [ThematicAuditSlot], { description: 'The thematic audits holding a slot, in the order claimed.' }) audits: ThematicAuditSlot[];
  @Field(() => [ReleasedThematicAuditSlot]) released: ReleasedThematicAuditSlot[];
  @Field(() => [ThematicAuditWithoutSlot]) scheduledWithoutSlot: ThematicAuditWithoutSlot[];
}

@ObjectType({ description: 'CFA-3: a slot claimed for an audit that has not been scheduled: to be checked and given back.' })
export class UnscheduledThematicClaim {
  @Field(() => ID) auditorId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) auditId: string;
  @Field() theme: string;
  @Field() dueDate: string;
  @Field(() => ID, { nullable: true }) claimedBy: string | null;
  @Field() claimedAt: string;
}
