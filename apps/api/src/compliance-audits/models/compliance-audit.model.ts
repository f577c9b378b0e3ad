import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ComplianceCheckItem } from '../../../../../libs/domain/src/index.js';
import type {
  CaseNoteState,
  ComplianceActionDocument,
  ComplianceActionsState,
  ComplianceAuditDocument,
  ComplianceCheckDocument,
} from '../../../../../projections/compliance-audits/index.js';
import {
  CaseNoteStateEnum,
  ComplianceActionsStateEnum,
  ComplianceActionStatusEnum,
  ComplianceAuditStatusEnum,
  ComplianceCheckItemEnum,
  ComplianceCheckStatusEnum,
} from '../compliance-audit.enums.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * A compliance audit (CFA-4, CFA-5) as clients read it. Output types are whitelists: a field
 * reaches a client only if it is declared here and copied by compliance-audit.mapper.ts.
 */

@ObjectType({ description: 'CFA-5: one line of the checklist.' })
export class ComplianceCheck {
  @Field(() => ComplianceCheckItemEnum) item: ComplianceCheckItem;
  @Field({ description: 'The item as the framework words it.' }) label: string;
  @Field(() => ComplianceCheckStatusEnum) status: ComplianceCheckDocument['status'];
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => String, { nullable: true }) recordedAt: string | null;
}

@ObjectType({ description: 'CFA-5: an action reviewed in a supervision.' })
export class ComplianceActionReview {
  @Field() supervisionDate: string;
  @Field(() => ID, { nullable: true }) supervisionSessionId: string | null;
  @Field() completed: boolean;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => ID, { nullable: true }) reviewedBy: string | null;
  @Field() reviewedAt: string;
}

@ObjectType({ description: 'CFA-5: an action of the management direction case note.' })
export class ComplianceAction {
  @Field(() => ID) actionId: string;
  @Field() description: string;
  @Field({ description: 'YYYY-MM-DD.' }) timescale: string;
  @Field(() => ID) ownerId: string;
  @Field(() => ComplianceActionStatusEnum, { description: 'COMPLETED once a supervision review confirms it.' }) status: ComplianceActionDocument['status'];
  @Field(() => [ComplianceActionReview]) reviews: ComplianceActionReview[];
}

@ObjectType({ description: 'CFA-5: the note the manager adds to the case record where an item is not met.' })
export class ManagementDirectionCaseNote {
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) note: string | null;
  @Field(() => String, { nullable: true }) caseNoteReference: string | null;
  @Field() recordedAt: string;
  @Field(() => [ComplianceAction]) actions: ComplianceAction[];
}

@ObjectType({ description: 'A compliance audit (CFA-4, CFA-5): seven checks on a case held by a supervisee, before their supervision.' })
export class ComplianceAudit {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field() azeusNumber: string;
  @Field(() => ID) superviseeId: string;
  @Field(() => ID) auditorId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field({ description: 'The supervision it precedes (CFA-4): its due date (CFA-6).' }) supervisionDate: string;
  @Field(() => ID, { nullable: true }) supervisionSessionId: string | null;
  @Field(() => ComplianceAuditStatusEnum) status: ComplianceAuditDocument['status'];
  @Field({ description: "Not completed by the end of its supervision's day, as at the query's asOf (CFA-6)." }) overdue: boolean;
  @Field(() => [ComplianceCheck], { description: 'Always seven rows, in the framework\'s order.' }) checks: ComplianceCheck[];
  @Field(() => [ComplianceCheckItemEnum]) itemsNotMet: ComplianceCheckItem[];
  @Field(() => CaseNoteStateEnum) caseNoteState: CaseNoteState;
  @Field(() => ManagementDirectionCaseNote, { nullable: true }) caseNote: ManagementDirectionCaseNote | null;
  @Field(() => ComplianceActionsStateEnum) actionsState: ComplianceActionsState;
  @Field() startedAt: string;
  @Field(() => String, { nullable: true }) completedOn: string | null;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType({ description: 'CFA-4: at least two compliance audits completed for a supervisee before each supervision.' })
export class ComplianceQuota {
  @Field(() => ID) superviseeId: string;
  @Field() upcomingSupervisionDate: string;
  @Field(() => String, { nullable: true }) previousSupervisionDate: string | null;
  @Field(() => Int, { description: 'Two (CFA-4).' }) required: number;
  @Field(() => [ID], { description: 'The audits completed after the previous supervision and by the upcoming one.' }) counted: string[];
  @Field(() => Int, { description: 'How many more must be completed by the upcoming supervision.' }) owed: number;
  @Field() met: boolean;
  @Field(() => [ID], { description: 'Audits in progress for the upcoming supervision: what may yet close the gap.' }) inProgress: string[];
}
