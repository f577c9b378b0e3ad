import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  SUPERVISION_ANSWERS,
  SUPERVISION_AUDIT_KINDS,
  type SupervisionAnswer,
  type SupervisionAuditKind,
} from '../../../../../libs/domain/src/index.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import {
  SUPERVISION_AUDIT_QUESTION_KEYS,
  SupervisionAnswerEnum,
  SupervisionAuditKindEnum,
  SupervisionAuditQuestionKeyEnum,
} from '../supervision-audit.enums.js';

/**
 * Inputs of the supervision audit's mutations (appendix B, SUP-1..SUP-5). Shape only: who may audit
 * whom, which questions belong to which kind and every date rule are the decider's.
 */

@InputType({
  description:
    "Appendix B's heading: the auditor (the caller), the date of audit, the supervisor and supervisee, and for a case supervision audit the case file audited. A Head of Service audits a Team Manager's supervision (SUP-1), a Team Manager an Advanced Practitioner's (SUP-2); the supervisor's role and team are read from the staff list.",
})
export class StartSupervisionAuditInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the audit. Default: derived from the commandId, so a retried start lands on the same audit.' })
  @IsOptional()
  @IsUUID()
  auditId?: string | null;

  @Field(() => SupervisionAuditKindEnum)
  @IsIn(SUPERVISION_AUDIT_KINDS)
  kind: SupervisionAuditKind;

  @Field(() => ID, { description: 'Name of Supervisor: the TM (SUP-1) or AP (SUP-2) whose supervision records are audited.' })
  @IsShortText()
  supervisorId: string;

  @Field(() => ID, { description: 'Name of Supervisee: the person whose supervision is read.' })
  @IsShortText()
  superviseeId: string;

  @Field(() => String, { nullable: true, description: 'CASE: Case File ID audited (this or the Azeus number is required, SUP-3).' })
  @IsOptional()
  @IsShortText()
  caseFileId?: string | null;

  @Field(() => String, { nullable: true, description: "CASE: the case's Azeus number." })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;

  @Field({ description: 'Date of audit, YYYY-MM-DD.' })
  @IsCalendarDate()
  auditDate: string;
}

@InputType({
  description:
    'One row of appendix B: Yes or No with comments. The regular supervision question also records how many supervisions there were in the last 6 months (SUP-3). "Is the child safe?" answered No raises an immediate escalation to the Head of Service (SUP-3). Answered again before completion, the answer is replaced.',
})
export class AnswerSupervisionAuditQuestionInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field(() => SupervisionAuditQuestionKeyEnum)
  @IsIn(SUPERVISION_AUDIT_QUESTION_KEYS)
  questionKey: string;

  @Field(() => SupervisionAnswerEnum)
  @IsIn(SUPERVISION_ANSWERS)
  answer: SupervisionAnswer;

  @Field(() => String, { nullable: true, description: 'The Comments column.' })
  @IsOptional()
  @IsLongText()
  comments?: string | null;

  @Field(() => Int, { nullable: true, description: 'REGULAR_SUPERVISION only, and required there: how many supervisions in the last 6 months (SUP-3).' })
  @IsOptional()
  @IsInt()
  numberOfSupervisions?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'CHILD_SAFE answered No: the Head of Service to raise it with (SUP-3). Default: the auditor if a Head of Service, else the first Head of Service up their line management in the staff list.',
  })
  @IsOptional()
  @IsShortText()
  headOfServiceId?: string | null;
}

@InputType({ description: 'SUP-3: the Head of Service it was raised with acknowledges the child safety escalation.' })
export class AcknowledgeSupervisionAuditEscalationInput {
  @Field(() => ID) @IsUUID() auditId: string;
}

@InputType({ description: 'Complete the audit once every question of its kind is answered (SUP-3, SUP-4).' })
export class CompleteSupervisionAuditInput {
  @Field(() => ID) @IsUUID() auditId: string;
}

@InputType({ description: 'SUP-5: an action agreed when the findings are reviewed; it becomes a remedial action with its own lifecycle (CFA-7).' })
export class SupervisionAgreedActionInput {
  @Field(() => ID, { nullable: true, description: "Default: derived from the audit and the action's place in the list." })
  @IsOptional()
  @IsShortText()
  actionId?: string | null;

  @Field({ description: 'What must be done.' })
  @IsLongText()
  action: string;

  @Field(() => ID, { description: 'Who must do it.' })
  @IsShortText()
  ownerId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who reviews its completion; never the owner. Default: the audited supervisor, or the auditor when the supervisor owns it.',
  })
  @IsOptional()
  @IsShortText()
  managerId?: string | null;

  @Field({ description: 'The timescale: YYYY-MM-DD, not before today (the day the review is recorded).' })
  @IsCalendarDate()
  timescale: string;
}

@InputType({
  description:
    "SUP-5: the findings were reviewed at the supervisee's next supervision, after the audit; the actions agreed there are recorded in the supervision record. Once only.",
})
export class RecordSupervisionAuditFindingsReviewInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field({ description: 'YYYY-MM-DD of the supervision held: on or after the audit date, not after today.' })
  @IsCalendarDate()
  supervisionDate: string;

  @Field(() => [SupervisionAgreedActionInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SupervisionAgreedActionInput)
  agreedActions: SupervisionAgreedActionInput[];
}

@InputType({ description: 'SUP-5: a copy of the audit record was sent to the S&QA Team, after the findings review.' })
export class RecordSupervisionAuditCopySentToSqaInput {
  @Field(() => ID) @IsUUID() auditId: string;
}

@ArgsType() export class StartSupervisionAuditArgs extends CommandArgsOf(StartSupervisionAuditInput) {}
@ArgsType() export class AnswerSupervisionAuditQuestionArgs extends CommandArgsOf(AnswerSupervisionAuditQuestionInput) {}
@ArgsType() export class AcknowledgeSupervisionAuditEscalationArgs extends CommandArgsOf(AcknowledgeSupervisionAuditEscalationInput) {}
@ArgsType() export class CompleteSupervisionAuditArgs extends CommandArgsOf(CompleteSupervisionAuditInput) {}
@ArgsType() export class RecordSupervisionAuditFindingsReviewArgs extends CommandArgsOf(RecordSupervisionAuditFindingsReviewInput) {}
@ArgsType() export class RecordSupervisionAuditCopySentToSqaArgs extends CommandArgsOf(RecordSupervisionAuditCopySentToSqaInput) {}
