import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ClockState, Grade, ThemeOrigin, ThemedAuditDaySession, ThemedAuditMode, TrackedActionStatus } from '../../../../../libs/domain/src/index.js';
import type { ThemedAuditDayDocumentStatus } from '../../../../../projections/themed-audit-days/index.js';
import { GradeEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { ClockStateEnum } from '../../remedial-actions/remedial-action.enums.js';
import {
  ThemeOriginEnum,
  ThemedAuditDayActionStatusEnum,
  ThemedAuditDaySessionEnum,
  ThemedAuditDayStatusEnum,
  ThemedAuditModeEnum,
} from '../themed-audit-day.enums.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * A themed audit day (TAD-1) as clients read it. Output types are whitelists: a field reaches a
 * client only if it is declared here and copied by themed-audit-day.mapper.ts.
 */

@ObjectType({ description: 'TAD-1: one reason the theme was chosen.' })
export class ThemeReason {
  @Field(() => ThemeOriginEnum) origin: ThemeOrigin;
  @Field({ description: 'The origin as the framework words it.' }) label: string;
  @Field() text: string;
}

@ObjectType({ description: 'TAD-1: a case audited on the day.' })
export class ThemedAudit {
  @Field(() => ID) auditId: string;
  @Field() azeusNumber: string;
  @Field(() => ID) auditorId: string;
  @Field(() => ThemedAuditModeEnum) mode: ThemedAuditMode;
  @Field(() => ID, { nullable: true }) caseFileAuditId: string | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) findings: string | null;
  @Field(() => GradeEnum) grade: Grade;
  @Field(() => ID, { nullable: true }) recordedBy: string | null;
  @Field() recordedAt: string;
}

@ObjectType({ description: 'How many of the day\'s audits gave a grade.' })
export class ThemedAuditGradeCount {
  @Field(() => GradeEnum) grade: Grade;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'TAD-1: an action of the targeted action plan, tracked through its remedial action (CFA-7).' })
export class ThemedAuditDayAction {
  @Field(() => ID, { description: 'Also the id of its remedial action.' }) actionId: string;
  @Field() description: string;
  @Field(() => ID) ownerId: string;
  @Field(() => ID) managerId: string;
  @Field({ description: 'YYYY-MM-DD, as agreed.' }) timescale: string;
  @Field(() => String, { nullable: true, description: 'The case it is about; null for a service-level action.' }) azeusNumber: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ThemedAuditDayActionStatusEnum) status: TrackedActionStatus;
  @Field({ description: 'Verified done by its manager.' }) done: boolean;
  @Field({ description: 'The timescale it now runs to (a reopening may move it).' }) currentTimescale: string;
  @Field(() => ClockStateEnum, { nullable: true, description: "Against its timescale at the query's asOf." }) timescaleState: ClockState | null;
  @Field(() => Int) daysLate: number;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => String, { nullable: true }) verifiedAt: string | null;
}

@ObjectType({ description: 'TAD-1: the targeted action plan, owned by a task-and-finish group, its actions tracked to completion.' })
export class TargetedActionPlan {
  @Field() groupName: string;
  @Field(() => ID) groupLeadId: string;
  @Field(() => [ID]) groupMemberIds: string[];
  @Field(() => ID, { nullable: true }) agreedBy: string | null;
  @Field() agreedAt: string;
  @Field(() => [ThemedAuditDayAction]) actions: ThemedAuditDayAction[];
  @Field(() => Int) actionsTotal: number;
  @Field(() => Int, { description: 'Verified done.' }) actionsDone: number;
  @Field(() => Int, { description: "Past their timescale and not completed, at the query's asOf." }) actionsOverdue: number;
  @Field() allActionsDone: boolean;
}

@ObjectType({ description: 'A themed audit day (TAD-1): a half-day led by S&QA on a theme, its audits and its targeted action plan.' })
export class ThemedAuditDay {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field() theme: string;
  @Field(() => [ThemeReason]) reasons: ThemeReason[];
  @Field({ description: 'YYYY-MM-DD.' }) date: string;
  @Field(() => ThemedAuditDaySessionEnum) session: ThemedAuditDaySession;
  @Field(() => [ID]) teamIds: string[];
  @Field(() => [ID]) serviceAreaIds: string[];
  @Field(() => ID, { description: 'The S&QA member who leads the day.' }) leadId: string;
  @Field(() => ThemedAuditDayStatusEnum) status: ThemedAuditDayDocumentStatus;
  @Field(() => [ThemedAudit]) audits: ThemedAudit[];
  @Field(() => Int) auditCount: number;
  @Field(() => Int) liveAuditCount: number;
  @Field(() => [ThemedAuditGradeCount], { description: 'Every grade of the four-point scale, in order.' }) gradeCounts: ThemedAuditGradeCount[];
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => ID, { nullable: true }) closedBy: string | null;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field(() => TargetedActionPlan, { nullable: true }) actionPlan: TargetedActionPlan | null;
  @Field(() => String, { nullable: true }) outcome: string | null;
  @Field(() => ID, { nullable: true }) actionPlanClosedBy: string | null;
  @Field(() => String, { nullable: true }) actionPlanClosedAt: string | null;
  @Field() plannedAt: string;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
  @Field({ description: 'The instant the action tracking is computed at.' }) asOf: string;
}
