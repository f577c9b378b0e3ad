import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { COMPLIANCE_CHECK_ITEMS, type ComplianceCheckItem } from '../../../../../libs/domain/src/index.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { ComplianceCheckItemEnum } from '../compliance-audit.enums.js';

/**
 * Inputs of the compliance audit's mutations (CFA-4, CFA-5). Shape only: who may do what, and
 * whether a date is in range, is decided by the compliance audit's decider.
 */

@InputType({
  description:
    'CFA-4: a team manager or advanced practitioner starts a compliance audit of a case held by someone they supervise, before that person\'s supervision. The auditor is the caller.',
})
export class StartComplianceAuditInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the audit. Default: derived from the commandId, so a retried start lands on the same audit.' })
  @IsOptional()
  @IsUUID()
  complianceAuditId?: string | null;

  @Field({ description: "The case's Azeus number." })
  @IsShortText()
  azeusNumber: string;

  @Field(() => ID, { description: 'The member of staff supervised, whose case it is.' })
  @IsShortText()
  superviseeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field({ description: 'YYYY-MM-DD of the supervision the audit precedes (its due date, CFA-6); not in the past.' })
  @IsCalendarDate()
  supervisionDate: string;

  @Field(() => ID, { nullable: true, description: 'The supervision session recorded for it, if any.' })
  @IsOptional()
  @IsShortText()
  supervisionSessionId?: string | null;
}

@InputType({ description: 'CFA-5: one line of the checklist, met or not; a comment says what is wrong where it is not met.' })
export class RecordComplianceCheckInput {
  @Field(() => ID) @IsUUID() complianceAuditId: string;

  @Field(() => ComplianceCheckItemEnum)
  @IsIn(COMPLIANCE_CHECK_ITEMS)
  item: ComplianceCheckItem;

  @Field() @IsBoolean() met: boolean;

  @Field(() => String, { nullable: true, description: 'Required where the item is not met.' })
  @IsOptional()
  @IsLongText()
  comment?: string | null;
}

@InputType({ description: 'CFA-5: an action required by the management direction case note.' })
export class ManagementDirectionActionInput {
  @Field(() => ID, { nullable: true, description: 'Default: derived from the commandId and the action\'s place in the list.' })
  @IsOptional()
  @IsShortText()
  actionId?: string | null;

  @Field({ description: 'What must be done.' })
  @IsLongText()
  description: string;

  @Field({ description: 'The timescale: YYYY-MM-DD, not before today.' })
  @IsCalendarDate()
  timescale: string;

  @Field(() => ID, { nullable: true, description: 'Who must do it. Default: the supervisee.' })
  @IsOptional()
  @IsShortText()
  ownerId?: string | null;
}

@InputType({
  description: 'CFA-5: where an item is not met, the manager adds a management direction case note with the actions and timescales. Recorded again, it replaces the last.',
})
export class RecordManagementDirectionCaseNoteInput {
  @Field(() => ID) @IsUUID() complianceAuditId: string;

  @Field() @IsLongText() note: string;

  @Field(() => [ManagementDirectionActionInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ManagementDirectionActionInput)
  actions: ManagementDirectionActionInput[];

  @Field(() => String, { nullable: true, description: "The case note's reference in the case-management system." })
  @IsOptional()
  @IsShortText()
  caseNoteReference?: string | null;
}

@InputType({ description: 'CFA-5: complete the audit: every item answered, and a case note where any is not met.' })
export class CompleteComplianceAuditInput {
  @Field(() => ID) @IsUUID() complianceAuditId: string;
}

@InputType({ description: 'CFA-5: one action as reviewed in supervision.' })
export class ComplianceActionReviewInput {
  @Field(() => ID) @IsShortText() actionId: string;
  @Field() @IsBoolean() completed: boolean;

  @Field(() => String, { nullable: true, description: 'Required where it is not completed: why, and what happens next.' })
  @IsOptional()
  @IsLongText()
  comment?: string | null;
}

@InputType({ description: 'CFA-5: the manager reviews completion of every open action in a supervision.' })
export class ReviewComplianceActionsInSupervisionInput {
  @Field(() => ID) @IsUUID() complianceAuditId: string;

  @Field({ description: 'YYYY-MM-DD of the supervision held, between the audit\'s completion and today.' })
  @IsCalendarDate()
  supervisionDate: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  supervisionSessionId?: string | null;

  @Field(() => [ComplianceActionReviewInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ComplianceActionReviewInput)
  outcomes: ComplianceActionReviewInput[];
}

@ArgsType() export class StartComplianceAuditArgs extends CommandArgsOf(StartComplianceAuditInput) {}
@ArgsType() export class RecordComplianceCheckArgs extends CommandArgsOf(RecordComplianceCheckInput) {}
@ArgsType() export class RecordManagementDirectionCaseNoteArgs extends CommandArgsOf(RecordManagementDirectionCaseNoteInput) {}
@ArgsType() export class CompleteComplianceAuditArgs extends CommandArgsOf(CompleteComplianceAuditInput) {}
@ArgsType() export class ReviewComplianceActionsInSupervisionArgs extends CommandArgsOf(ReviewComplianceActionsInSupervisionInput) {}
