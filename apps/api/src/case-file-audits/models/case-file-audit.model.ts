import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AuditType, CaseCategory, EscalationScope, Grade, PeriodKind } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import {
  AuditTypeEnum,
  CaseCategoryEnum,
  CaseFileAuditStatusEnum,
  EscalationScopeEnum,
  GradeEnum,
  PeriodKindEnum,
} from '../case-file-audit.enums.js';
import { CriterionStatusEnum, FamilyFeedbackStatusEnum } from './read-model.enums.js';

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
  @Field() ethnicity: string;
  @Field() gender: string;
  @Field() disability: string;
  @Field() referralDate: string;
  @Field() referralSource: string;
  @Field() reasonForReferral: string;
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
  @Field() comments: string;
  @Field() recordedAt: string;
}

@ObjectType({ description: 'Section 5: a recommendation.' })
export class Recommendation {
  @Field(() => ID) recommendationId: string;
  @Field() action: string;
  @Field() completionDate: string;
  @Field() responsible: string;
  @Field() addedAt: string;
}

@ObjectType({ description: 'Section 5: summary.' })
export class AuditSummary {
  @Field() strengths: string;
  @Field() areasForImprovement: string;
  @Field() recordedAt: string;
}

@ObjectType({ description: 'CFA-13: an Inadequate grade brought to the team manager and social worker at once.' })
export class InadequacyEscalation {
  @Field(() => ID) escalationId: string;
  @Field(() => EscalationScopeEnum) scope: EscalationScope;
  @Field(() => Int, { nullable: true, description: 'The criterion graded Inadequate; null for the overall grade.' }) criterion: number | null;
  @Field() reason: string;
  @Field(() => ID, { nullable: true }) teamManagerId: string | null;
  @Field(() => String, { nullable: true }) teamManagerName: string | null;
  @Field(() => ID, { nullable: true }) socialWorkerId: string | null;
  @Field(() => String, { nullable: true }) socialWorkerName: string | null;
  @Field(() => ID, { nullable: true }) escalatedBy: string | null;
  @Field({ description: 'When the escalation was made; its own clock starts here.' }) escalatedAt: string;
}

@ObjectType({ description: 'A case file audit (framework appendix A).' })
export class CaseFileAudit {
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
}
