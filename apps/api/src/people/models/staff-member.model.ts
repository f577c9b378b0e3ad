import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '../../../../../libs/domain/src/shared/decider.js';
import { StaffMemberStatusEnum, StaffRoleEnum } from '../people.enums.js';

/** Output types of the staff directory: whitelists, filled field by field by people.mapper.ts. */

@ObjectType({ description: 'A role held from a date.' })
export class DatedRole {
  @Field(() => StaffRoleEnum) value: Role;
  @Field() effectiveFrom: string;
}

@ObjectType({ description: 'An id (team, line manager, worker) that held from a date; null: none.' })
export class DatedId {
  @Field(() => ID, { nullable: true }) value: string | null;
  @Field() effectiveFrom: string;
}

@ObjectType({ description: 'A flag that held from a date.' })
export class DatedFlag {
  @Field() value: boolean;
  @Field() effectiveFrom: string;
}

@ObjectType({ description: 'Every dated change, in effective-date order: who held which role when.' })
export class StaffMemberHistory {
  @Field(() => [DatedRole]) role: DatedRole[];
  @Field(() => [DatedId]) teamId: DatedId[];
  @Field(() => [DatedId]) lineManagerId: DatedId[];
  @Field(() => [DatedFlag]) inAsye: DatedFlag[];
  @Field(() => [DatedFlag]) needsPerformanceSupport: DatedFlag[];
}

@ObjectType({ description: 'A member of staff: as recorded now, or as they stood on `asAt`.' })
export class StaffMember {
  @Field(() => ID) staffId: string;
  @Field() name: string;
  @Field(() => StaffRoleEnum) role: Role;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) lineManagerId: string | null;
  @Field() startDate: string;
  @Field(() => String, { nullable: true, description: 'Their last day in post, once recorded (it may be ahead).' }) leavingDate: string | null;
  @Field(() => StaffMemberStatusEnum) status: 'ACTIVE' | 'LEFT';
  @Field({ description: 'Newly qualified, in the Academy (OBS-3).' }) inAsye: boolean;
  @Field({ description: 'Identified as needing support to improve performance (OBS-2).' }) needsPerformanceSupport: boolean;
  @Field(() => String, { nullable: true, description: 'The date role, team, line manager and flags are given as at; null: as recorded now.' })
  asAt: string | null;
  @Field({ description: 'Started and not past their leaving date, on asAt (default today).' }) inPost: boolean;
  @Field(() => StaffMemberHistory) history: StaffMemberHistory;
  @Field(() => Int, { description: 'Stream revision of the last change.' }) revision: number;
  @Field() registeredAt: string;
  @Field() lastUpdatedAt: string;
}
