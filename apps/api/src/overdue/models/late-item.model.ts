import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LateKindEnum, LateStateEnum } from '../overdue.enums.js';
import type { LateState } from '../../../../../projections/overdue/overdue.js';

@ObjectType({ description: 'Something late, or about to be, at the query\'s asOf: whose it is, who manages them, and how late.' })
export class LateItem {
  @Field(() => LateKindEnum) kind: string;
  @Field(() => ID, { description: 'The record: the audit, the action, the escalation.' }) id: string;
  @Field() title: string;
  @Field({ description: 'The rule whose clock it is, e.g. CFA-6.' }) rule: string;
  @Field(() => LateStateEnum) state: LateState;
  @Field({ description: 'The instant from which it is late (a due date D is late from the start of D + 1, UTC).' }) dueAt: string;
  @Field(() => Float, { description: 'OVERDUE: how late at asOf, in hours; DUE_SOON: 0.' }) lateByHours: number;
  @Field(() => Int, { description: 'OVERDUE: whole days late at asOf; DUE_SOON: 0.' }) daysLate: number;
  @Field(() => Float, { description: 'DUE_SOON: hours left at asOf; OVERDUE: 0.' }) remainingHours: number;
  @Field(() => ID, { nullable: true, description: 'Whose it is to do.' }) ownerId: string | null;
  @Field(() => ID, { nullable: true, description: 'Who manages them: the manager the record names, or the owner\'s line manager on the asOf day.' })
  managerId: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true, description: 'The team\'s service area on the asOf day.' }) serviceAreaId: string | null;
  @Field(() => String, { nullable: true }) azeusNumber: string | null;
}
