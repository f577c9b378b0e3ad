import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { CLOCK_STATES, REMEDIAL_ACTION_SOURCE_KINDS, type ClockState, type RemedialActionSourceKind } from '../../../../../libs/domain/src/index.js';
import type {
  ImmediateEscalationDocumentStatus,
  RemedialActionDocumentStatus,
} from '../../../../../projections/remedial-actions/remedial-actions.document.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import {
  ClockStateEnum,
  IMMEDIATE_ESCALATION_STATUSES,
  ImmediateEscalationStatusEnum,
  REMEDIAL_ACTION_STATUSES,
  RemedialActionSourceKindEnum,
  RemedialActionStatusEnum,
} from '../remedial-action.enums.js';

@ArgsType()
export class RemedialActionArgs extends ReadOptionsArgs {
  @Field(() => ID)
  @IsShortText()
  id: string;
}

@InputType({ description: 'Every given condition must hold. Clock conditions are judged at the query\'s asOf.' })
export class RemedialActionFilter {
  @Field(() => ID, { nullable: true, description: 'The worker who owns the actions.' })
  @IsOptional()
  @IsShortText()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The manager who reviews them.' })
  @IsOptional()
  @IsShortText()
  managerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'The case (CFA-7: actions are recorded against the case).' })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;

  @Field(() => RemedialActionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(REMEDIAL_ACTION_STATUSES)
  status?: RemedialActionDocumentStatus | null;

  @Field(() => ID, { nullable: true, description: 'The audit (or other record) the actions were raised from.' })
  @IsOptional()
  @IsShortText()
  sourceId?: string | null;

  @Field(() => RemedialActionSourceKindEnum, {
    nullable: true,
    description: 'The strand the actions came from: every strand\'s agreed actions are remedial actions (case file audits, supervision audits, observations, meetings, themed audit days, CRS escalations, midway reviews).',
  })
  @IsOptional()
  @IsIn(REMEDIAL_ACTION_SOURCE_KINDS)
  sourceKind?: RemedialActionSourceKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only actions not yet verified by their manager (CFA-5), completed ones included: every open action, from every strand; false: only verified ones.',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;

  @Field(() => ClockStateEnum, { nullable: true, description: 'CFA-7: only actions whose 48-hour notification clock is in this state.' })
  @IsOptional()
  @IsIn(CLOCK_STATES)
  notificationState?: ClockState | null;

  @Field(() => ClockStateEnum, { nullable: true, description: 'CFA-7: only actions whose timescale clock is in this state (OVERDUE: past it and not completed).' })
  @IsOptional()
  @IsIn(CLOCK_STATES)
  timescaleState?: ClockState | null;
}

@ArgsType()
export class RemedialActionsArgs extends ReadOptionsArgs {
  @Field(() => RemedialActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RemedialActionFilter)
  filter?: RemedialActionFilter | null;
}

@ArgsType()
export class ImmediateEscalationArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The escalation id (`<auditId>:<n>`).' })
  @IsShortText()
  id: string;
}

@InputType({ description: 'Every given condition must hold. The clock condition is judged at the query\'s asOf.' })
export class ImmediateEscalationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() managerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() socialWorkerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsShortText() azeusNumber?: string | null;
  @Field(() => ID, { nullable: true, description: 'The audit that escalated.' }) @IsOptional() @IsShortText() auditId?: string | null;

  @Field(() => ImmediateEscalationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(IMMEDIATE_ESCALATION_STATUSES)
  status?: ImmediateEscalationDocumentStatus | null;

  @Field(() => ClockStateEnum, { nullable: true, description: 'CFA-13: only escalations whose clock is in this state.' })
  @IsOptional()
  @IsIn(CLOCK_STATES)
  clockState?: ClockState | null;
}

@ArgsType()
export class ImmediateEscalationsArgs extends ReadOptionsArgs {
  @Field(() => ImmediateEscalationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImmediateEscalationFilter)
  filter?: ImmediateEscalationFilter | null;
}
