import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CopyToRole, RemedialActionSourceKind } from '../../../../../libs/domain/src/index.js';
import type { RemedialActionDocumentStatus } from '../../../../../projections/remedial-actions/remedial-actions.document.js';
import { StaffActor } from '../../case-file-audits/models/case-file-audit.model.js';
import { CopyToRoleEnum, RemedialActionSourceKindEnum, RemedialActionStatusEnum } from '../remedial-action.enums.js';
import { DeadlineClock, TimescaleClock } from './clock.model.js';
import { WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * A remedial action as clients read it. Output types are whitelists: a field reaches a client only
 * if it is declared here and copied by remedial-action.mapper.ts.
 */

@ObjectType({ description: 'What the action was raised from.' })
export class RemedialActionSource {
  @Field(() => RemedialActionSourceKindEnum) kind: RemedialActionSourceKind;
  @Field(() => ID) id: string;
  @Field({ description: "When the source was submitted: the 48-hour notification clock starts here (CFA-7)." }) submittedAt: string;
}

@ObjectType({ description: 'CFA-7: an IRO or CP chair copied in.' })
export class CopyRecipient {
  @Field(() => ID) staffId: string;
  @Field(() => CopyToRoleEnum) role: CopyToRole;
}

@ObjectType({ description: 'A recorded sending of a notification (CFA-7, CFA-13).' })
export class NotificationSending {
  @Field(() => ID) notificationId: string;
  @Field(() => [ID], { description: 'The staff the channel accepted it for.' }) recipients: string[];
  @Field({ description: 'How it went: LOG or SMTP.' }) channel: string;
  @Field({ description: 'When the channel accepted it.' }) sentAt: string;
  @Field(() => String, { nullable: true, description: 'The e-mail Message-ID, where the channel has one.' }) messageId: string | null;
}

@ObjectType({ description: 'CFA-5: a completion the manager did not accept, and the new timescale.' })
export class RemedialActionReopening {
  @Field() reason: string;
  @Field() previousTimescale: string;
  @Field() timescale: string;
  @Field(() => String, { nullable: true, description: 'The evidence of the completion not accepted.' }) evidence: string | null;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => ID, { nullable: true }) reopenedBy: string | null;
  @Field() reopenedAt: string;
}

@ObjectType({ description: 'A remedial action (CFA-5, CFA-7): raised, acknowledged, completed with evidence, verified in supervision.' })
export class RemedialAction {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field(() => RemedialActionSource) source: RemedialActionSource;
  @Field(() => ID, { nullable: true, description: 'The section 5 recommendation it carries out.' }) recommendationId: string | null;
  @Field(() => String, { nullable: true, description: 'The case it is recorded against (CFA-7); null for an action about practice or a service rather than one case.' })
  azeusNumber: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { description: 'The worker who must do it.' }) ownerId: string;
  @Field(() => ID, { description: 'Who reviews its completion in supervision (CFA-5).' }) managerId: string;
  @Field(() => [CopyRecipient]) copyTo: CopyRecipient[];
  @Field() description: string;
  @Field({ description: 'The current timescale (YYYY-MM-DD).' }) timescale: string;
  @Field(() => RemedialActionStatusEnum) status: RemedialActionDocumentStatus;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field(() => StaffActor, { nullable: true }) raisedBy: StaffActor | null;
  @Field() raisedAt: string;
  @Field(() => [NotificationSending], { description: 'CFA-7: each recorded sending to the worker, the manager and those copied in.' })
  notifications: NotificationSending[];
  @Field(() => String, { nullable: true }) acknowledgedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Null while open (and again after a reopening).' }) completedAt: string | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => ID, { nullable: true }) verifiedBy: string | null;
  @Field(() => String, { nullable: true }) verifiedAt: string | null;
  @Field(() => String, { nullable: true, description: 'CFA-5: the supervision in which the manager reviewed it.' }) supervisionDate: string | null;
  @Field(() => ID, { nullable: true }) supervisionSessionId: string | null;
  @Field(() => [RemedialActionReopening]) reopenings: RemedialActionReopening[];
  @Field() lastUpdatedAt: string;
  @Field(() => DeadlineClock, {
    description: "CFA-7: notified to the worker and the manager within 48 hours of the source's submission (done when both have been sent it).",
  })
  notificationClock: DeadlineClock;
  @Field(() => TimescaleClock, { description: 'CFA-7: completed by its timescale; overdue past it.' }) timescaleClock: TimescaleClock;
  @Field({ description: 'The instant the clocks were computed at.' }) asOf: string;
}
