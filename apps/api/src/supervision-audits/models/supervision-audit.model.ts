import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SupervisionAnswer, SupervisionAuditKind } from '../../../../../libs/domain/src/index.js';
import type { SupervisionAuditDocumentStatus } from '../../../../../projections/supervision-audits/index.js';
import { SupervisionAnswerEnum, SupervisionAuditKindEnum, SupervisionAuditQuestionKeyEnum, SupervisionAuditStatusEnum } from '../supervision-audit.enums.js';

/**
 * A supervision audit (appendix B, SUP-1..SUP-5) as clients read it. Output types are whitelists:
 * a field reaches a client only if it is declared here and copied by supervision-audit.mapper.ts.
 */

@ObjectType({ description: 'A question of appendix B.' })
export class SupervisionAuditQuestion {
  @Field(() => SupervisionAuditQuestionKeyEnum) key: string;
  @Field(() => SupervisionAuditKindEnum) kind: SupervisionAuditKind;
  @Field({ description: "The form's own words." }) text: string;
}

@ObjectType({ description: 'One row of appendix B: the question, Yes / No and comments; unanswered rows have a null answer.' })
export class SupervisionAuditAnswer {
  @Field(() => SupervisionAuditQuestionKeyEnum) key: string;
  @Field() question: string;
  @Field(() => SupervisionAnswerEnum, { nullable: true }) answer: SupervisionAnswer | null;
  @Field(() => String, { nullable: true }) comments: string | null;
  @Field(() => Int, { nullable: true, description: 'REGULAR_SUPERVISION: supervisions in the last 6 months (SUP-3).' }) numberOfSupervisions: number | null;
  @Field(() => String, { nullable: true }) answeredAt: string | null;
}

@ObjectType({ description: 'SUP-3: "Is the child safe?" answered No, raised at once with the Head of Service; open until they acknowledge it.' })
export class SupervisionAuditEscalation {
  @Field(() => ID) auditId: string;
  @Field(() => ID) headOfServiceId: string;
  @Field(() => String, { nullable: true }) azeusNumber: string | null;
  @Field(() => String, { nullable: true }) caseFileId: string | null;
  @Field() comments: string;
  @Field(() => ID, { nullable: true }) escalatedBy: string | null;
  @Field() escalatedAt: string;
  @Field() acknowledged: boolean;
  @Field(() => String, { nullable: true }) acknowledgedAt: string | null;
  @Field(() => ID, { nullable: true }) acknowledgedBy: string | null;
}

@ObjectType({ description: 'SUP-5: an action agreed at the findings review; raised as a remedial action (CFA-7).' })
export class SupervisionAgreedAction {
  @Field(() => ID) actionId: string;
  @Field() action: string;
  @Field(() => ID) ownerId: string;
  @Field(() => ID, { nullable: true, description: 'Who reviews its completion; never the owner.' }) managerId: string | null;
  @Field({ description: 'YYYY-MM-DD.' }) timescale: string;
  @Field(() => String, { nullable: true }) azeusNumber: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
}

@ObjectType({ description: "SUP-5: the findings reviewed at the supervisee's next supervision." })
export class SupervisionAuditFindingsReview {
  @Field() supervisionDate: string;
  @Field(() => [SupervisionAgreedAction]) agreedActions: SupervisionAgreedAction[];
  @Field(() => ID, { nullable: true }) reviewedBy: string | null;
  @Field() recordedAt: string;
}

@ObjectType({ description: 'A supervision audit (appendix B): a case supervision audit (SUP-3) or a professional supervision audit (SUP-4).' })
export class SupervisionAudit {
  @Field(() => ID) id: string;
  @Field(() => SupervisionAuditKindEnum) kind: SupervisionAuditKind;
  @Field(() => ID, { description: 'Auditor.' }) auditorId: string;
  @Field(() => String, { nullable: true }) auditorRole: string | null;
  @Field(() => ID, { description: 'Name of Supervisor.' }) supervisorId: string;
  @Field(() => String, { nullable: true }) supervisorRole: string | null;
  @Field(() => ID, { description: 'Name of Supervisee.' }) superviseeId: string;
  @Field(() => ID, { nullable: true, description: "The supervisor's team as the staff list had it." }) teamId: string | null;
  @Field(() => String, { nullable: true, description: 'Case File ID audited (CASE).' }) caseFileId: string | null;
  @Field(() => String, { nullable: true }) azeusNumber: string | null;
  @Field({ description: 'Date of audit.' }) auditDate: string;
  @Field(() => SupervisionAuditStatusEnum) status: SupervisionAuditDocumentStatus;
  @Field(() => [SupervisionAuditAnswer], { description: 'Every question of its kind, in the order of the form.' }) answers: SupervisionAuditAnswer[];
  @Field(() => [SupervisionAuditQuestionKeyEnum], { description: 'What is still to answer before completion.' }) unansweredQuestions: string[];
  @Field(() => SupervisionAuditEscalation, { nullable: true }) escalation: SupervisionAuditEscalation | null;
  @Field(() => SupervisionAuditFindingsReview, { nullable: true }) findingsReview: SupervisionAuditFindingsReview | null;
  @Field(() => String, { nullable: true, description: 'SUP-5: when a copy went to S&QA.' }) copySentToSqaAt: string | null;
  @Field(() => ID, { nullable: true }) copySentToSqaBy: string | null;
  @Field() startedAt: string;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType({ description: "SUP-1 / SUP-2: an auditor's month: one case and one professional supervision audit completed in it." })
export class SupervisionAuditMonthlyDuty {
  @Field(() => ID) auditorId: string;
  @Field({ description: 'YYYY-MM.' }) month: string;
  @Field(() => String, {
    nullable: true,
    description: "SUP-1 for a Head of Service, SUP-2 for a Team Manager, as the staff list has the auditor's role now; null for anyone else.",
  })
  rule: string | null;
  @Field(() => [SupervisionAuditKindEnum]) required: SupervisionAuditKind[];
  @Field(() => [SupervisionAuditKindEnum]) done: SupervisionAuditKind[];
  @Field(() => [SupervisionAuditKindEnum]) remaining: SupervisionAuditKind[];
  @Field() met: boolean;
}
