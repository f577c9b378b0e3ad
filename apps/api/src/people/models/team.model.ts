import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TeamStatusEnum } from '../people.enums.js';

@ObjectType({ description: 'A service area the team belonged to from a date.' })
export class DatedServiceArea {
  @Field(() => ID) value: string;
  @Field() effectiveFrom: string;
}

@ObjectType()
export class Team {
  @Field(() => ID) teamId: string;
  @Field() name: string;
  @Field(() => ID) serviceAreaId: string;
  @Field(() => TeamStatusEnum) status: 'ACTIVE' | 'CLOSED';
  @Field(() => String, { nullable: true }) closedOn: string | null;
  @Field(() => [DatedServiceArea]) serviceAreaHistory: DatedServiceArea[];
  @Field(() => Int) revision: number;
  @Field() registeredAt: string;
}

@ObjectType({ description: 'The teams under one Head of Service.' })
export class ServiceArea {
  @Field(() => ID) serviceAreaId: string;
  @Field() name: string;
  @Field(() => TeamStatusEnum) status: 'ACTIVE' | 'CLOSED';
  @Field(() => String, { nullable: true }) closedOn: string | null;
  @Field(() => [Team], { description: 'Its open teams, by name.' }) teams: Team[];
  @Field(() => Int) revision: number;
}
