import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ClockState } from '../../../../../libs/domain/src/index.js';
import { ClockStateEnum } from '../remedial-action.enums.js';

@ObjectType({
  description:
    "A deadline measured against the query's asOf (default now), never stored: the same record read as at another instant may be in another state.",
})
export class DeadlineClock {
  @Field({ description: 'When the clock started.' }) startedAt: string;
  @Field({ description: 'The deadline.' }) dueBy: string;
  @Field(() => ClockStateEnum) state: ClockState;
  @Field(() => String, { nullable: true, description: 'When it was done, if at or before asOf.' }) doneAt: string | null;
  @Field(() => Float, { description: 'BREACHED: how late it was done; OVERDUE: how late it is at asOf; otherwise 0. Milliseconds.' })
  lateByMs: number;
  @Field({ description: 'lateByMs as an ISO-8601 duration (e.g. P1DT3H).' }) lateBy: string;
  @Field(() => Float, { description: 'RUNNING: time left at asOf; otherwise 0. Milliseconds.' }) remainingMs: number;
  @Field({ description: 'remainingMs as an ISO-8601 duration.' }) remaining: string;
}

@ObjectType({ description: 'CFA-7: the action done by its timescale (a whole day); past it and not completed, it is overdue.' })
export class TimescaleClock {
  @Field({ description: 'The date (YYYY-MM-DD) the action is due by.' }) timescale: string;
  @Field(() => ClockStateEnum) state: ClockState;
  @Field(() => String, { nullable: true, description: 'The day it was completed, if at or before asOf.' }) completedOn: string | null;
  @Field(() => Int, { description: 'BREACHED: days completed after the timescale; OVERDUE: days past it at asOf; otherwise 0.' })
  daysLate: number;
}
