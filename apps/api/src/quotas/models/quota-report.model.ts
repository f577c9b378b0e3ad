import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuotaStatus } from '../../../../../projections/quotas/quotas.js';
import { QuotaStatusEnum } from '../quota.enums.js';

@ObjectType({ description: 'One quota rule for one person and one of its periods.' })
export class QuotaLine {
  @Field(() => ID) staffId: string;
  @Field() name: string;
  @Field({ description: 'Their role on the first day of the period.' }) role: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) serviceAreaId: string | null;
  @Field({ description: 'The DOMAIN.md rule, e.g. CFA-2.' }) rule: string;
  @Field() description: string;
  @Field({ description: "The rule's own period (CFA-2: a month; CFA-3: a year)." }) period: string;
  @Field() dueDate: string;
  @Field(() => Int) required: number;
  @Field(() => Int) done: number;
  @Field(() => Int, { description: 'Duties: still to do. Caps: still allowed.' }) remaining: number;
  @Field(() => Int, { nullable: true, description: 'Caps only: the most allowed.' }) limit: number | null;
  @Field(() => QuotaStatusEnum) status: QuotaStatus;
  @Field(() => [ID], { description: 'The records counted.' }) evidence: string[];
}

@ObjectType({ description: 'Duties rolled up for a team, a service area or the whole service.' })
export class QuotaRollup {
  @Field({ description: 'SERVICE, or the team or service area id.' }) key: string;
  @Field(() => Int) lines: number;
  @Field(() => Int) met: number;
  @Field(() => Int) due: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) missed: number;
  @Field(() => Int) required: number;
  @Field(() => Int) done: number;
  @Field(() => Int) remaining: number;
  @Field(() => Float, { nullable: true, description: 'Met duties over duties with something required.' }) metRate: number | null;
}

@ObjectType({ description: 'Who owes which QA activity in a period, and who met it, as it stood at asOf.' })
export class QuotaReport {
  @Field() period: string;
  @Field() asOf: string;
  @Field(() => [QuotaLine]) lines: QuotaLine[];
  @Field(() => [QuotaRollup]) byTeam: QuotaRollup[];
  @Field(() => [QuotaRollup]) byServiceArea: QuotaRollup[];
  @Field(() => QuotaRollup) service: QuotaRollup;
}
