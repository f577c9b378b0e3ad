import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AuditType,
  CaseCategory,
  EscalationScope,
  Grade,
  PeriodKind,
  WorkerInvolvement as WorkerInvolvementKind,
} from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import {
  AuditTypeEnum,
  CaseCategoryEnum,
  CaseFileAuditStatusEnum,
  EscalationScopeEnum,
  GradeEnum,
  ModerationStatusEnum,
  PeriodKindEnum,
  WorkerInvolvementEnum,
} from '../case-file-audit.enums.js';
import { CriterionStatusEnum, FamilyFeedbackStatusEnum } from './read-model.enums.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * The case file audit as clients read it: every field of the appendix A form (CFA-12), its status
 * and revision. Output types are whitelists: a field reaches a client only if it is declared here
 * and copied by case-file-audit.mapper.ts, never by passing a stored document through.
 */

@ObjectType()
export class StaffActor {
  @Field(() => ID) staffId: string;
  @Field() role: string;
}

@ObjectType({ description: 'Section 1b: a CiN / CP / LAC period.' })
export class CasePeriod {
  @Field(() => PeriodKindEnum) kind: PeriodKind;
  @Field() startDate: string;
  @Field(() => String, { nullable: true }) endDate: string | null;
}

@ObjectType({ description: 'Section 1b key information.' })
export class KeyInformation {
  @Field() auditTrackingNumber: string;
  @Field() dateOfAudit: string;
  @Field() auditorName: string;
  @Field() auditorDesignation: string;
  @Field() teamName: string;
  @Field(() => ID) teamManagerId: string;
  @Field() teamManagerName: string;
  @Field(() => ID) socialWorkerId: string;
  @Field() socialWorkerName: string;
  @Field(() => CaseCategoryEnum) category: CaseCategory;
  @Field(() => Int) ageOfChild: number;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) ethnicity: string | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) gender: string | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) disability: string | null;
  @Field() referralDate: string;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) referralSource: string | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) reasonForReferral: string | null;
  @Field(() => [String]) previousReferralsAndContacts: string[];
  @Field(() => [CasePeriod]) periods: CasePeriod[];
  @Field(() => String, { nullable: true }) placementType: string | null;
  @Field() livingOutOfBorough: boolean;
  @Field(() => String, { nullable: true }) outOfBoroughLocation: string | null;
  @Field(() => String, { nullable: true }) gapsInEssentialInformation: string | null;
  @Field() lastVisitInTime: boolean;
  @Field() assessmentInTime: boolean;
  @Field() planInTime: boolean;
  @Field() lastSupervisionInTime: boolean;
}

@ObjectType({ description: 'Section 2: one of the 16 criteria.' })
export class CriterionAssessment {
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field(() => CriterionStatusEnum) status: 'UNGRADED' | 'GRADED' | 'NOT_APPLICABLE';
  @Field(() => String, { nullable: true }) evaluation: string | null;
  @Field(() => GradeEnum, { nullable: true }) grade: Grade | null;
  @Field(() => String, { nullable: true }) notApplicableReason: string | null;
  @Field(() => String, { nullable: true }) recordedAt: string | null;
}

@ObjectType({ description: 'Section 3: the answers to the five questions (null where a question did not arise).' })
export class FamilyFeedbackAnswers {
  @Field(() => String, { nullable: true }) experienceOfServices: string | null;
  @Field(() => String, { nullable: true }) listenedToAndCommunication: string | null;
  @Field(() => String, { nullable: true }) involvementInAssessmentAndPlan: string | null;
  @Field(() => String, { nullable: true }) meetings: string | null;
  @Field(() => String, { nullable: true }) supportAndDifference: string | null;
}

@ObjectType({ description: 'Section 3: the feedback given, or why it was not sought.' })
export class FamilyFeedback {
  @Field(() => FamilyFeedbackStatusEnum) status: 'GIVEN' | 'NOT_SOUGHT';
  @Field(() => FamilyFeedbackAnswers, { nullable: true }) answers: FamilyFeedbackAnswers | null;
  @Field(() => String, { nullable: true }) givenBy: string | null;
  @Field(() => String, { nullable: true }) reasonNotSought: string | null;
  @Field(() => Boolean, { nullable: true }) anotherManagerShouldSeek: boolean | null;
  @Field() recordedAt: string;
}

@ObjectType({ description: "Section 4: the social worker's comments." })
export class WorkerComments {
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) comments: string | null;
  @Field() recordedAt: string;
}

@ObjectType({ description: 'Section 5: a recommendation.' })
export class Recommendation {
  @Field(() => ID) recommendationId: string;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) action: string | null;
  @Field() completionDate: string;
  @Field() responsible: string;
  @Field() addedAt: string;
}

@ObjectType({ description: 'Section 5: summary.' })
export class AuditSummary {
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) strengths: string | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) areasForImprovement: string | null;
  @Field() recordedAt: string;
}

@ObjectType({ description: 'CFA-13: an Inadequate grade brought to the team manager and social worker at once.' })
export class InadequacyEscalation {
  @Field(() => ID) escalationId: string;
  @Field(() => EscalationScopeEnum) scope: EscalationScope;
  @Field(() => Int, { nullable: true, description: 'The criterion graded Inadequate; null for the overall grade.' }) criterion: number | null;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) reason: string | null;
  @Field(() => ID, { nullable: true }) teamManagerId: string | null;
  @Field(() => String, { nullable: true }) teamManagerName: string | null;
  @Field(() => ID, { nullable: true }) socialWorkerId: string | null;
  @Field(() => String, { nullable: true }) socialWorkerName: string | null;
  @Field(() => ID, { nullable: true }) escalatedBy: string | null;
  @Field({ description: 'When the escalation was made; its own clock starts here.' }) escalatedAt: string;
}

@ObjectType({ description: 'CFA-8: one record of how the worker took part.' })
export class WorkerInvolvementRecord {
  @Field(() => WorkerInvolvementEnum) involvement: WorkerInvolvementKind;
  @Field(() => String, { nullable: true, description: 'When it was done, offered, held or declined (YYYY-MM-DD).' }) date: string | null;
  @Field(() => String, { nullable: true, description: 'Why the worker declined, where they said.' }) reason: string | null;
  @Field() recordedAt: string;
  @Field(() => ID, { nullable: true }) recordedBy: string | null;
}

@ObjectType({ description: 'CFA-8: the latest record of how the worker took part, and every record in order.' })
export class WorkerInvolvement extends WorkerInvolvementRecord {
  @Field(() => [WorkerInvolvementRecord]) history: WorkerInvolvementRecord[];
}

@ObjectType({ description: 'CFA-9: a grade as the auditor gave it and as moderated (the same when kept).' })
export class ModeratedGrade {
  @Field(() => GradeEnum, { nullable: true, description: "The auditor's grade." }) originalGrade: Grade | null;
  @Field(() => GradeEnum, { nullable: true, description: 'The grade after moderation.' }) moderatedGrade: Grade | null;
  @Field() changed: boolean;
  @Field(() => String, { nullable: true, description: "The moderator's reason for a changed grade." }) reason: string | null;
}

@ObjectType({ description: "CFA-9: a criterion's grade as the auditor gave it and as moderated (null where not applicable)." })
export class ModeratedCriterionGrade extends ModeratedGrade {
  @Field(() => Int) number: number;
}

@ObjectType({ description: "CFA-9: a senior manager's moderation of the submitted audit, with feedback to the auditor." })
export class Moderation {
  @Field(() => ModerationStatusEnum) status: 'AGREED' | 'CHANGED';
  @Field(() => ID) moderatorId: string;
  @Field(() => String, { nullable: true }) moderatorRole: string | null;
  @Field() feedback: string;
  @Field() moderatedAt: string;
  @Field(() => [ModeratedCriterionGrade], { description: 'Always 16, in order.' }) criteria: ModeratedCriterionGrade[];
  @Field(() => ModeratedGrade) overall: ModeratedGrade;
  @Field(() => String, { nullable: true }) feedbackAcknowledgedAt: string | null;
  @Field(() => ID, { nullable: true }) feedbackAcknowledgedBy: string | null;
}

@ObjectType({ description: 'A case file audit (framework appendix A).' })
export class CaseFileAudit {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field({ description: "The case's Azeus number." }) azeusNumber: string;
  @Field(() => AuditTypeEnum) auditType: AuditType;
  @Field(() => ID) auditorId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) theme: string | null;
  @Field({ description: 'CFA-6.' }) dueDate: string;
  @Field({ description: 'CFA-6: due date passed and not submitted, as at the query\'s asOf (default now).' }) overdue: boolean;
  @Field(() => CaseFileAuditStatusEnum) status: 'SCHEDULED' | 'IN_PROGRESS' | 'SUBMITTED';
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() scheduledAt: string;
  @Field(() => String, { nullable: true }) startedAt: string | null;
  @Field(() => String, { nullable: true }) submittedAt: string | null;
  @Field() lastUpdatedAt: string;
  @Field(() => StaffActor, { nullable: true }) lastUpdatedBy: StaffActor | null;
  @Field(() => String, { nullable: true, description: 'Section 1a.' }) penPicture: string | null;
  @Field(() => KeyInformation, { nullable: true, description: 'Section 1b.' }) keyInformation: KeyInformation | null;
  @Field(() => [CriterionAssessment], { description: 'Section 2: always 16, in order.' }) criteria: CriterionAssessment[];
  @Field(() => FamilyFeedback, { nullable: true }) familyFeedback: FamilyFeedback | null;
  @Field(() => WorkerComments, { nullable: true }) workerComments: WorkerComments | null;
  @Field(() => [Recommendation]) recommendations: Recommendation[];
  @Field(() => AuditSummary, { nullable: true }) summary: AuditSummary | null;
  @Field(() => GradeEnum, { nullable: true, description: 'Section 6.' }) overallGrade: Grade | null;
  @Field(() => String, { nullable: true }) rationale: string | null;
  @Field(() => [InadequacyEscalation]) escalations: InadequacyEscalation[];
  @Field(() => WorkerInvolvement, { nullable: true, description: 'CFA-8: null while nothing is recorded.' })
  workerInvolvement: WorkerInvolvement | null;
  @Field({
    description:
      'CFA-8: submitted with no record of how the worker took part. Submission does not wait for it (the audit is done with the worker "where possible"); the gap is shown here instead.',
  })
  workerInvolvementGap: boolean;
  @Field(() => Moderation, { nullable: true, description: 'CFA-9: null until a senior manager moderates it.' })
  moderation: Moderation | null;
  @Field({ description: 'CFA-9: submitted and not yet moderated.' }) awaitingModeration: boolean;
}
