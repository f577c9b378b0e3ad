import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CrsEscalationResolution, CrsEscalationStage, CrsStageClockState } from '../../../../../libs/domain/src/index.js';
import type { CrsEscalationDocumentStatus } from '../../../../../projections/crs-escalations/index.js';
import {
  CrsEscalationNotifiedAsEnum,
  CrsEscalationResolutionEnum,
  CrsEscalationStageEnum,
  CrsEscalationStatusEnum,
  CrsStageClockStateEnum,
} from '../crs-escalation.enums.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * An escalation by an independent chair (CRS-1) as clients read it. Output types are whitelists: a
 * field reaches a client only if it is declared here and copied by crs-escalation.mapper.ts.
 */

@ObjectType({
  description:
    "CRS-1: a stage's response clock, at the query's asOf (default now), never stored. Due on the Nth working day (Mon-Fri) after the stage began: 5 informal, 5 at formal stage 1, 5 at stage 2, 10 at stage 3.",
})
export class CrsStageClock {
  @Field(() => CrsEscalationStageEnum) stage: CrsEscalationStage;
  @Field(() => ID) recipientId: string;
  @Field() startedAt: string;
  @Field(() => Int, { description: 'The working days allowed at this stage.' }) responseWorkingDays: number;
  @Field({ description: 'YYYY-MM-DD: the last day for the response.' }) dueOn: string;
  @Field(() => CrsStageClockStateEnum) state: CrsStageClockState;
  @Field(() => String, { nullable: true, description: 'The response, if given at or before asOf.' }) respondedAt: string | null;
  @Field(() => Int, { description: 'How late: working days after the due day (of the response, of asOf, or of the stage ending unanswered).' })
  workingDaysLate: number;
  @Field(() => Int, { description: 'The same in calendar days.' }) daysLate: number;
}

@ObjectType({ description: 'CRS-1: someone told when the escalation was raised or reached a stage.' })
export class CrsEscalationNotifiedPerson {
  @Field(() => ID) staffId: string;
  @Field(() => CrsEscalationNotifiedAsEnum) as: 'RECIPIENT' | 'TEAM_MANAGER';
}

@ObjectType({ description: 'CRS-1: one stage of the escalation, its recipient and their response.' })
export class CrsEscalationStageEntry {
  @Field(() => CrsEscalationStageEnum) stage: CrsEscalationStage;
  @Field(() => ID) recipientId: string;
  @Field() startedAt: string;
  @Field(() => String, { nullable: true, description: 'Why the chair took it to this stage; null for the first.' }) reason: string | null;
  @Field(() => [CrsEscalationNotifiedPerson]) notified: CrsEscalationNotifiedPerson[];
  @Field(() => String, { nullable: true }) response: string | null;
  @Field(() => ID, { nullable: true }) respondedBy: string | null;
  @Field(() => String, { nullable: true }) respondedAt: string | null;
  @Field(() => String, { nullable: true, description: 'When it left this stage unanswered (taken further or withdrawn).' }) endedAt: string | null;
  @Field(() => CrsStageClock, { nullable: true, description: 'Null for a stage begun after asOf.' }) clock: CrsStageClock | null;
}

@ObjectType({ description: 'A recorded sending of the escalation\'s notification (through the outbox).' })
export class CrsEscalationNotificationSending {
  @Field(() => ID) notificationId: string;
  @Field(() => [ID]) recipients: string[];
  @Field() channel: string;
  @Field() sentAt: string;
  @Field(() => String, { nullable: true }) messageId: string | null;
}

@ObjectType({ description: 'An action agreed on resolution (raised as a remedial action, source kind CRS_ESCALATION).' })
export class CrsEscalationAgreedAction {
  @Field(() => ID) actionId: string;
  @Field() description: string;
  @Field(() => ID) ownerId: string;
  @Field(() => ID) managerId: string;
  @Field({ description: 'YYYY-MM-DD.' }) timescale: string;
}

@ObjectType({ description: 'CRS-1: how the escalation was resolved.' })
export class CrsEscalationResolutionDetails {
  @Field(() => CrsEscalationResolutionEnum) resolution: CrsEscalationResolution;
  @Field(() => CrsEscalationStageEnum, { description: 'The stage whose response the chair accepted.' }) stage: CrsEscalationStage;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) outcome: string | null;
  @Field(() => [CrsEscalationAgreedAction]) agreedActions: CrsEscalationAgreedAction[];
  @Field(() => ID, { nullable: true }) resolvedBy: string | null;
  @Field() resolvedAt: string;
}

@ObjectType()
export class CrsEscalationWithdrawalDetails {
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) reason: string | null;
  @Field(() => ID, { nullable: true }) withdrawnBy: string | null;
  @Field() withdrawnAt: string;
}

@ObjectType({ description: 'An escalation raised by an IRO or CP chair about practice concerns placing a child at risk (CRS-1, appendix D).' })
export class CrsEscalation {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field() azeusNumber: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID) raisedBy: string;
  @Field(() => String, { nullable: true, description: 'IRO or CP_CHAIR.' }) raisedByRole: string | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) concern: string | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) practiceIssue: string | null;
  @Field(() => ID) teamManagerId: string;
  @Field(() => ID, { nullable: true }) headOfServiceId: string | null;
  @Field() serious: boolean;
  @Field() managementDecision: boolean;
  @Field(() => CrsEscalationStatusEnum) status: CrsEscalationDocumentStatus;
  @Field(() => CrsEscalationStageEnum, { description: 'The current stage (the last one, once closed).' }) stage: CrsEscalationStage;
  @Field(() => ID, { description: "The current stage's recipient." }) recipientId: string;
  @Field(() => [CrsEscalationStageEntry]) stages: CrsEscalationStageEntry[];
  @Field(() => CrsStageClock, { nullable: true, description: 'The clock of the stage it was at, at asOf; null when it was not open then.' })
  clock: CrsStageClock | null;
  @Field({ description: "Open at asOf and past its stage's response day (CRS-1)." }) overdue: boolean;
  @Field({ description: 'The instant the clocks are read at.' }) asOf: string;
  @Field(() => [CrsEscalationNotificationSending]) notifications: CrsEscalationNotificationSending[];
  @Field(() => CrsEscalationResolutionDetails, { nullable: true }) resolution: CrsEscalationResolutionDetails | null;
  @Field(() => CrsEscalationWithdrawalDetails, { nullable: true }) withdrawal: CrsEscalationWithdrawalDetails | null;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field() raisedAt: string;
  @Field() lastUpdatedAt: string;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
}
