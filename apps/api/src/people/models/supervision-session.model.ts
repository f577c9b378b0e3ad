import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SupervisionSessionStatusEnum } from '../people.enums.js';

@ObjectType()
export class SupervisionSession {
  @Field(() => ID) sessionId: string;
  @Field(() => ID) supervisorId: string;
  @Field(() => ID) superviseeId: string;
  @Field(() => SupervisionSessionStatusEnum) status: 'PLANNED' | 'HELD' | 'CANCELLED';
  @Field(() => String, { nullable: true }) plannedFor: string | null;
  @Field(() => String, { nullable: true }) heldOn: string | null;
  @Field(() => String, { nullable: true }) cancelledReason: string | null;
  @Field({ description: 'The date the session is known by: held on, else planned for.' }) date: string;
  @Field(() => Int) revision: number;
}
