import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** GraphQL output types of the monthly QA overview (REP-1) and the quarterly leadership review (CFA-14, SUP-6). */

@ObjectType({ description: 'A month (2026-03) or quarter (2026-Q1), first and last day inclusive.' })
export class ReportPeriod {
  @Field() id: string;
  @Field({ description: 'MONTH or QUARTER.' }) kind: string;
  @Field() start: string;
  @Field() end: string;
}

@ObjectType({ description: 'What the report was built from: nothing else, so the same inputs give the same report.' })
export class GeneratedFrom {
  @Field(() => String, { nullable: true, description: 'The last position of the event log held by the read models and recorded by asOf.' }) lastPosition: string | null;
  @Field({ description: 'The instant the figures are as at (default: the period\'s last instant).' }) asOf: string;
}

@ObjectType()
export class KeyFigure {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) value: number;
}

@ObjectType({ description: 'A count of QA activity in the period, beside the period before (CRS-4 for the Conference and Review Service).' })
export class ActivityLine {
  @Field() key: string;
  @Field() label: string;
  @Field() rule: string;
  @Field(() => Int) count: number;
  @Field(() => Int) previousCount: number;
}

@ObjectType({ description: 'Duties met, missed (not met by their due date) and still open at the period end. Caps are not duties.' })
export class RuleDuties {
  @Field() rule: string;
  @Field() description: string;
  @Field(() => Int) duties: number;
  @Field(() => Int) met: number;
  @Field(() => Int) missed: number;
  @Field(() => Int) open: number;
}

@ObjectType()
export class TeamDuties {
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() teamName: string;
  @Field(() => Int) duties: number;
  @Field(() => Int) met: number;
  @Field(() => Int) missed: number;
  @Field(() => Int) open: number;
}

@ObjectType({ description: 'One person\'s QA duties in the period: MET (all), MISSED (at least one) or OPEN.' })
export class PersonDuties {
  @Field(() => ID) staffId: string;
  @Field() name: string;
  @Field() role: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() teamName: string;
  @Field(() => Int) duties: number;
  @Field(() => Int) met: number;
  @Field(() => Int) missed: number;
  @Field(() => Int) open: number;
  @Field() status: string;
}

@ObjectType()
export class MissedDuty {
  @Field(() => ID) staffId: string;
  @Field() name: string;
  @Field() role: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() teamName: string;
  @Field() rule: string;
  @Field() description: string;
  @Field() period: string;
  @Field() dueDate: string;
  @Field(() => Int) required: number;
  @Field(() => Int) done: number;
}

@ObjectType({ description: 'Who met their QA duties.' })
export class QaQuotaSection {
  @Field(() => Int) duties: number;
  @Field(() => Int) met: number;
  @Field(() => Int) missed: number;
  @Field(() => Int) open: number;
  @Field(() => [RuleDuties]) byRule: RuleDuties[];
  @Field(() => [TeamDuties]) byTeam: TeamDuties[];
  @Field(() => [PersonDuties]) people: PersonDuties[];
  @Field(() => [MissedDuty]) missedDuties: MissedDuty[];
}

@ObjectType()
export class OverdueKindCount {
  @Field() kind: string;
  @Field() label: string;
  @Field() rule: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class OverdueLine {
  @Field() kind: string;
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() rule: string;
  @Field() dueAt: string;
  @Field(() => Int) daysLate: number;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field() teamName: string;
}

@ObjectType({ description: 'What was late at the period end (or asOf, if earlier), judged by recorded times.' })
export class QaOverdueSection {
  @Field(() => Int) total: number;
  @Field(() => [OverdueKindCount]) byKind: OverdueKindCount[];
  @Field(() => [OverdueLine], { description: 'Most late first.' }) items: OverdueLine[];
}

@ObjectType()
export class GradeCountsLine {
  @Field(() => Int) outstanding: number;
  @Field(() => Int) good: number;
  @Field(() => Int) requiresImprovement: number;
  @Field(() => Int) inadequate: number;
  @Field(() => Int) total: number;
  @Field(() => Float, { nullable: true }) shareRequiresImprovementOrInadequate: number | null;
}

@ObjectType()
export class GradeGroupLine {
  @Field() key: string;
  @Field() label: string;
  @Field(() => GradeCountsLine) counts: GradeCountsLine;
  @Field(() => GradeCountsLine) previous: GradeCountsLine;
  @Field({ description: 'IMPROVING, STEADY, WORSENING, NEW or NONE.' }) trend: string;
}

@ObjectType()
export class QaGradeSection {
  @Field(() => Int) audits: number;
  @Field(() => Int) previousAudits: number;
  @Field(() => GradeGroupLine) overall: GradeGroupLine;
  @Field(() => GradeGroupLine) criteria: GradeGroupLine;
  @Field(() => [GradeGroupLine]) byAuditType: GradeGroupLine[];
}

@ObjectType()
export class WeakCriterionLine {
  @Field(() => Int) criterion: number;
  @Field() title: string;
  @Field(() => Int) requiresImprovementOrInadequate: number;
  @Field(() => Int) total: number;
  @Field(() => Float, { nullable: true }) share: number | null;
  @Field(() => Float, { nullable: true }) previousShare: number | null;
  @Field() trend: string;
}

@ObjectType({ description: 'CFA-9: grades kept, raised and lowered by moderation in the period and the one before.' })
export class QaModerationSection {
  @Field(() => Int) audits: number;
  @Field(() => Int) agreedAudits: number;
  @Field(() => Int) kept: number;
  @Field(() => Int) raised: number;
  @Field(() => Int) lowered: number;
  @Field(() => Int) previousKept: number;
  @Field(() => Int) previousRaised: number;
  @Field(() => Int) previousLowered: number;
}

@ObjectType()
export class ThemeLine {
  @Field() key: string;
  @Field() theme: string;
  @Field(() => Int) count: number;
  @Field(() => Int) previousCount: number;
  @Field(() => Int) change: number;
  @Field() trend: string;
  @Field(() => Int) actionsRaised: number;
  @Field(() => Int) actionsVerified: number;
  @Field(() => [String]) sourceKinds: string[];
}

@ObjectType()
export class QaThemeSection {
  @Field(() => Int) sources: number;
  @Field(() => Int) previousSources: number;
  @Field(() => [ThemeLine]) themes: ThemeLine[];
}

@ObjectType({ description: 'CFA-7: actions raised, completed and verified in the period; open and overdue at its end.' })
export class ActionCounts {
  @Field(() => Int) raised: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) verified: number;
  @Field(() => Int) openAtEnd: number;
  @Field(() => Int) overdueAtEnd: number;
}

@ObjectType()
export class ActionSourceLine extends ActionCounts {
  @Field() sourceKind: string;
}

@ObjectType()
export class QaActionSection extends ActionCounts {
  @Field(() => [ActionSourceLine]) bySourceKind: ActionSourceLine[];
}

@ObjectType({ description: 'REP-1: the monthly overview of all QA activity for DMT, as at the end of the month unless asOf is given.' })
export class MonthlyQaOverview {
  @Field() report: string;
  @Field(() => [String]) rules: string[];
  @Field() title: string;
  @Field(() => ReportPeriod) period: ReportPeriod;
  @Field(() => ReportPeriod) previousPeriod: ReportPeriod;
  @Field(() => GeneratedFrom) generatedFrom: GeneratedFrom;
  @Field(() => [KeyFigure]) keyFigures: KeyFigure[];
  @Field(() => [ActivityLine]) activity: ActivityLine[];
  @Field(() => QaQuotaSection) quotas: QaQuotaSection;
  @Field(() => QaOverdueSection) overdue: QaOverdueSection;
  @Field(() => QaGradeSection) grades: QaGradeSection;
  @Field(() => [WeakCriterionLine]) weakestCriteria: WeakCriterionLine[];
  @Field(() => QaModerationSection) moderation: QaModerationSection;
  @Field(() => QaThemeSection) themes: QaThemeSection;
  @Field(() => QaActionSection) actions: QaActionSection;
}

@ObjectType()
export class MonthColumn {
  @Field() month: string;
  @Field(() => [ActivityLine]) activity: ActivityLine[];
  @Field(() => Int) dutiesMet: number;
  @Field(() => Int) dutiesMissed: number;
  @Field(() => Int) overdueAtEnd: number;
  @Field(() => Int) auditsSubmitted: number;
  @Field(() => Float, { nullable: true }) shareRequiresImprovementOrInadequate: number | null;
  @Field(() => Int) actionsRaised: number;
  @Field(() => Int) actionsVerified: number;
}

@ObjectType()
export class SupervisionLearningSummaryLine {
  @Field(() => ID) headOfServiceId: string;
  @Field() name: string;
  @Field({ description: 'NOT_WRITTEN, DRAFT, SUBMITTED (awaiting DMT) or REVIEWED (by DMT), as at asOf.' }) status: string;
  @Field(() => String, { nullable: true }) submittedOn: string | null;
  @Field(() => String, { nullable: true }) reviewedOn: string | null;
  @Field(() => [String]) themes: string[];
}

@ObjectType({ description: 'SUP-6: the Heads of Service\'s quarterly summaries and DMT\'s review of them.' })
export class SupervisionLearningSummarySection {
  @Field() quarter: string;
  @Field(() => Int) submitted: number;
  @Field(() => Int) reviewedByDmt: number;
  @Field(() => Int) awaitingDmtReview: number;
  @Field(() => Int) missing: number;
  @Field(() => [SupervisionLearningSummaryLine]) summaries: SupervisionLearningSummaryLine[];
}

@ObjectType({ description: 'CFA-14: the case file audit findings DMT and SLT consider each quarter.' })
export class CaseFileAuditFindings {
  @Field(() => [ActivityLine]) auditsByType: ActivityLine[];
  @Field(() => GradeGroupLine) overall: GradeGroupLine;
  @Field(() => GradeGroupLine) overallModerated: GradeGroupLine;
  @Field(() => [GradeGroupLine]) byTeam: GradeGroupLine[];
  @Field(() => [WeakCriterionLine]) weakestCriteria: WeakCriterionLine[];
  @Field(() => [ThemeLine]) themes: ThemeLine[];
  @Field(() => Int) immediateEscalations: number;
  @Field(() => Int) immediateEscalationsLate: number;
  @Field(() => ActionCounts) actions: ActionCounts;
}

@ObjectType({ description: 'The quarterly review for DMT and SLT (CFA-14, SUP-6): the quarter\'s overview, its three months side by side, the SUP-6 summaries and the case file audit findings.' })
export class QuarterlyLeadershipReview extends MonthlyQaOverview {
  @Field(() => [MonthColumn]) months: MonthColumn[];
  @Field(() => [SupervisionLearningSummarySection], { description: 'This quarter\'s summaries, then the previous quarter\'s (which DMT reviews in this one).' })
  supervisionLearningSummaries: SupervisionLearningSummarySection[];
  @Field(() => CaseFileAuditFindings) caseFileAuditFindings: CaseFileAuditFindings;
}
