import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  GRADES,
  THEMED_AUDIT_DAY_SESSIONS,
  THEMED_AUDIT_MODES,
  THEME_ORIGINS,
  type Grade,
  type ThemeOrigin,
  type ThemedAuditDaySession,
  type ThemedAuditMode,
} from '../../../../../libs/domain/src/index.js';
import { GradeEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { ThemeOriginEnum, ThemedAuditDaySessionEnum, ThemedAuditModeEnum } from '../themed-audit-day.enums.js';

/**
 * Inputs of the themed audit day's mutations (TAD-1). Shape only: who may do what, and what the
 * day's rules allow, is decided by the themed audit day's decider.
 */

@InputType({ description: 'TAD-1: one reason the theme was chosen, from one of the framework\'s sources.' })
export class ThemeReasonInput {
  @Field(() => ThemeOriginEnum)
  @IsIn(THEME_ORIGINS)
  origin: ThemeOrigin;

  @Field({ description: 'What the source shows, e.g. the figure or the incident.' })
  @IsLongText()
  text: string;
}

@InputType({ description: 'TAD-1: S&QA plans a half-day on a theme; the caller leads it.' })
export class PlanThemedAuditDayInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the day. Default: derived from the commandId, so a retried plan lands on the same day.' })
  @IsOptional()
  @IsUUID()
  dayId?: string | null;

  @Field() @IsShortText() theme: string;

  @Field(() => [ThemeReasonInput], { description: 'Why the theme was chosen: at least one reason.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ThemeReasonInput)
  reasons: ThemeReasonInput[];

  @Field({ description: 'YYYY-MM-DD.' }) @IsCalendarDate() date: string;

  @Field(() => ThemedAuditDaySessionEnum)
  @IsIn(THEMED_AUDIT_DAY_SESSIONS)
  session: ThemedAuditDaySession;

  @Field(() => [ID], { description: 'The teams the day looks at; with serviceAreaIds, at least one.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsShortText({ each: true })
  teamIds: string[];

  @Field(() => [ID], { description: 'The service areas the day looks at.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsShortText({ each: true })
  serviceAreaIds: string[];
}

@InputType({ description: 'TAD-1: a case audited on the day, recorded by S&QA.' })
export class RecordThemedAuditInput {
  @Field(() => ID) @IsUUID() dayId: string;

  @Field(() => ID, { nullable: true, description: 'Default: derived from the commandId.' })
  @IsOptional()
  @IsShortText()
  auditId?: string | null;

  @Field({ description: "The case's Azeus number." }) @IsShortText() azeusNumber: string;
  @Field(() => ID, { description: 'Who audited the case.' }) @IsShortText() auditorId: string;

  @Field(() => ThemedAuditModeEnum)
  @IsIn(THEMED_AUDIT_MODES)
  mode: ThemedAuditMode;

  @Field(() => ID, { nullable: true, description: 'The case file audit (appendix A) done for it, if one was.' })
  @IsOptional()
  @IsShortText()
  caseFileAuditId?: string | null;

  @Field() @IsLongText() findings: string;

  @Field(() => GradeEnum)
  @IsIn(GRADES)
  grade: Grade;
}

@InputType({ description: 'TAD-1: close the day once at least one case is audited.' })
export class CloseThemedAuditDayInput {
  @Field(() => ID) @IsUUID() dayId: string;

  @Field(() => String, { nullable: true, description: 'What the day found: areas for improvement and good practice.' })
  @IsOptional()
  @IsLongText()
  summary?: string | null;
}

@InputType({ description: 'TAD-1: the task-and-finish group that owns the targeted action plan.' })
export class TaskAndFinishGroupInput {
  @Field() @IsShortText() name: string;
  @Field(() => ID) @IsShortText() leadId: string;

  @Field(() => [ID], { description: 'The members; the lead is one whether listed or not.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsShortText({ each: true })
  memberIds: string[];
}

@InputType({ description: 'TAD-1: one action of the targeted action plan; it is tracked as a remedial action (CFA-7).' })
export class ThemedAuditDayActionInput {
  @Field(() => ID, { nullable: true, description: "Default: derived from the day and the action's place in the list." })
  @IsOptional()
  @IsShortText()
  actionId?: string | null;

  @Field() @IsLongText() description: string;
  @Field(() => ID) @IsShortText() ownerId: string;
  @Field(() => ID, { description: 'Who reviews its completion; not the owner.' }) @IsShortText() managerId: string;
  @Field({ description: 'YYYY-MM-DD, not before today.' }) @IsCalendarDate() timescale: string;

  @Field(() => String, { nullable: true, description: 'The case it is about, one audited on the day; omit for a service-level action.' })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;
}

@InputType({ description: 'TAD-1: after the day, S&QA agrees the targeted action plan with the task-and-finish group.' })
export class AgreeThemedAuditDayActionPlanInput {
  @Field(() => ID) @IsUUID() dayId: string;

  @Field(() => TaskAndFinishGroupInput)
  @ValidateNested()
  @Type(() => TaskAndFinishGroupInput)
  group: TaskAndFinishGroupInput;

  @Field(() => [ThemedAuditDayActionInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ThemedAuditDayActionInput)
  actions: ThemedAuditDayActionInput[];
}

@InputType({ description: "TAD-1: the group's lead (or S&QA) closes the plan once every action is verified done." })
export class CloseThemedAuditDayActionPlanInput {
  @Field(() => ID) @IsUUID() dayId: string;

  @Field(() => String, { nullable: true, description: 'What changed in practice.' })
  @IsOptional()
  @IsLongText()
  outcome?: string | null;
}

@ArgsType() export class PlanThemedAuditDayArgs extends CommandArgsOf(PlanThemedAuditDayInput) {}
@ArgsType() export class RecordThemedAuditArgs extends CommandArgsOf(RecordThemedAuditInput) {}
@ArgsType() export class CloseThemedAuditDayArgs extends CommandArgsOf(CloseThemedAuditDayInput) {}
@ArgsType() export class AgreeThemedAuditDayActionPlanArgs extends CommandArgsOf(AgreeThemedAuditDayActionPlanInput) {}
@ArgsType() export class CloseThemedAuditDayActionPlanArgs extends CommandArgsOf(CloseThemedAuditDayActionPlanInput) {}
