import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EscalationScope } from '../../../../../libs/domain/src/index.js';
import type { ImmediateEscalationDocumentStatus } from '../../../../../projections/remedial-actions/remedial-actions.document.js';
import { EscalationScopeEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { ImmediateEscalationStatusEnum } from '../remedial-action.enums.js';
import { DeadlineClock } from './clock.model.js';
import { NotificationSending } from './remedial-action.model.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

@ObjectType({
  description:
    'CFA-13: a case graded Inadequate, brought to the manager and social worker immediately, for action; the manager acknowledges it and says what will be done.',
})
export class ImmediateEscalation {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID, { description: '`<auditId>:<n>`, as the audit recorded it.' }) id: string;
  @Field(() => ID, { description: 'The case file audit that escalated.' }) auditId: string;
  @Field() azeusNumber: string;
  @Field(() => EscalationScopeEnum) scope: EscalationScope;
  @Field(() => Int, { nullable: true, description: 'The criterion graded Inadequate; null for the overall grade.' }) criterion: number | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) reason: string | null;
  @Field(() => ID, { description: 'The team manager, who acknowledges it.' }) managerId: string;
  @Field() managerName: string;
  @Field(() => ID) socialWorkerId: string;
  @Field() socialWorkerName: string;
  @Field(() => ID) escalatedBy: string;
  @Field({ description: 'When the audit escalated it: the clock starts here.' }) escalatedAt: string;
  @Field(() => ImmediateEscalationStatusEnum) status: ImmediateEscalationDocumentStatus;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field(() => [NotificationSending], { description: 'Each recorded sending to the manager and the social worker.' })
  notifications: NotificationSending[];
  @Field(() => ID, { nullable: true }) acknowledgedBy: string | null;
  @Field(() => String, { nullable: true }) acknowledgedAt: string | null;
  @Field(() => String, { nullable: true, description: 'What the manager will do about it.' }) response: string | null;
  @Field() lastUpdatedAt: string;
  @Field(() => DeadlineClock, {
    description:
      'CFA-13: acknowledged by the manager within 24 hours of the escalation (the service\'s reading of "immediately").',
  })
  clock: DeadlineClock;
  @Field({ description: 'The instant the clock was computed at.' }) asOf: string;
}
