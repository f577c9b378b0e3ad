import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { BearerAuthGuard } from './auth/bearer-auth.guard.js';
import { AccessGuard } from './access/access.guard.js';
import { ActorResolver } from './auth/actor-resolver.js';
import { AuthModule } from './auth/auth.module.js';
import { CaseFileAuditMutationsResolver } from './case-file-audits/case-file-audit.mutations.graphql-resolver.js';
import { CaseFileAuditQueriesResolver } from './case-file-audits/case-file-audit.queries.graphql-resolver.js';
import { ExecuteDomainCommandHandler } from './commands/execute-domain-command.js';
import { GraphQLExceptionPassThrough } from './errors/graphql-exception.filter.js';
import { InputValidationPipe } from './errors/input-validation.pipe.js';
import { graphqlOptions } from './graphql.options.js';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { HistoryResolver } from './history/history.graphql-resolver.js';
import { HistoryTimelineResolver } from './history/history-timeline.graphql-resolver.js';
import { InfrastructureModule } from './infrastructure/infrastructure.module.js';
import { ReadModelFreshness } from './read-your-writes/read-model-freshness.js';
import { NotificationsHealthController } from './notifications/notifications-health.controller.js';
import { metricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';
import { RemedialActionMutationsResolver } from './remedial-actions/remedial-action.mutations.graphql-resolver.js';
import { RemedialActionQueriesResolver } from './remedial-actions/remedial-action.queries.graphql-resolver.js';
import { CasesMutationsResolver } from './cases/cases.mutations.graphql-resolver.js';
import { CasesQueriesResolver } from './cases/cases.queries.graphql-resolver.js';
import { CsvImports } from './people/csv-imports.service.js';
import { PeopleMutationsResolver } from './people/people.mutations.graphql-resolver.js';
import { PeopleQueriesResolver } from './people/people.queries.graphql-resolver.js';
import { AnnualSampleMutationsResolver } from './sampling/annual-sample.mutations.graphql-resolver.js';
import { AnnualSampleQueriesResolver } from './sampling/annual-sample.queries.graphql-resolver.js';
import { ThematicAuditScheduling } from './thematic-audits/thematic-audit-scheduling.js';
import { ThematicAuditMutationsResolver } from './thematic-audits/thematic-audit.mutations.graphql-resolver.js';
import { ThematicAuditQueriesResolver } from './thematic-audits/thematic-audit.queries.graphql-resolver.js';
import { ComplianceAuditMutationsResolver } from './compliance-audits/compliance-audit.mutations.graphql-resolver.js';
import { ComplianceAuditQueriesResolver } from './compliance-audits/compliance-audit.queries.graphql-resolver.js';
import { IndependentAuditMutationsResolver } from './independent-audits/independent-audit.mutations.graphql-resolver.js';
import { IndependentAuditQueriesResolver } from './independent-audits/independent-audit.queries.graphql-resolver.js';
import { DipSampleMutationsResolver } from './dip-samples/dip-sample.mutations.graphql-resolver.js';
import { DipSampleQueriesResolver } from './dip-samples/dip-sample.queries.graphql-resolver.js';
import { WorkListQueriesResolver } from './work-list/work-list.queries.graphql-resolver.js';
import { OverdueQueriesResolver } from './overdue/overdue.queries.graphql-resolver.js';
import { QuotasQueriesResolver } from './quotas/quotas.queries.graphql-resolver.js';
import { MeetingObservationMutationsResolver } from './meeting-observations/meeting-observation.mutations.graphql-resolver.js';
import { MeetingObservationQueriesResolver } from './meeting-observations/meeting-observation.queries.graphql-resolver.js';
import { ThemedAuditDayMutationsResolver } from './themed-audit-days/themed-audit-day.mutations.graphql-resolver.js';
import { ThemedAuditDayQueriesResolver } from './themed-audit-days/themed-audit-day.queries.graphql-resolver.js';
import { PracticeObservationMutationsResolver } from './practice-observations/practice-observation.mutations.graphql-resolver.js';
import { PracticeObservationQueriesResolver } from './practice-observations/practice-observation.queries.graphql-resolver.js';
import { ObservationLearningReportMutationsResolver } from './observation-learning-reports/observation-learning-report.mutations.graphql-resolver.js';
import { ObservationLearningReportQueriesResolver } from './observation-learning-reports/observation-learning-report.queries.graphql-resolver.js';
import { SupervisionAuditMutationsResolver } from './supervision-audits/supervision-audit.mutations.graphql-resolver.js';
import { SupervisionAuditQueriesResolver } from './supervision-audits/supervision-audit.queries.graphql-resolver.js';
import { SupervisionLearningSummaryMutationsResolver } from './supervision-learning-summaries/supervision-learning-summary.mutations.graphql-resolver.js';
import { SupervisionLearningSummaryQueriesResolver } from './supervision-learning-summaries/supervision-learning-summary.queries.graphql-resolver.js';
import { CrsEscalationMutationsResolver } from './crs-escalations/crs-escalation.mutations.graphql-resolver.js';
import { CrsEscalationQueriesResolver } from './crs-escalations/crs-escalation.queries.graphql-resolver.js';
import { CrsMonitoringMutationsResolver } from './crs-monitoring/crs-monitoring.mutations.graphql-resolver.js';
import { CrsMonitoringQueriesResolver } from './crs-monitoring/crs-monitoring.queries.graphql-resolver.js';
import { LearningInputMutationsResolver } from './learning-inputs/learning-input.mutations.graphql-resolver.js';
import { LearningInputQueriesResolver } from './learning-inputs/learning-input.queries.graphql-resolver.js';

import { LearningThemesQueriesResolver } from './learning-themes/learning-themes.queries.graphql-resolver.js';
import { QaOverviewPdfController } from './qa-overview/qa-overview-pdf.controller.js';
import { QaOverviewQueriesResolver } from './qa-overview/qa-overview.queries.graphql-resolver.js';
import { QaOverviewReports } from './qa-overview/qa-overview-reports.js';
import { InspectorAccessModule } from './inspector-access/inspector-access.module.js';
import { RecordScopes } from './access/record-scope.js';
import { CaseKeysMutationsResolver } from './case-keys/case-keys.mutations.graphql-resolver.js';
import { CaseKeysQueriesResolver } from './case-keys/case-keys.queries.graphql-resolver.js';
import { ChildTextInterceptor } from './case-keys/child-text.interceptor.js';
import { ChildReadsCollector } from './read-log/child-reads.collector.js';
import { ChildReadsInterceptor } from './read-log/child-reads.interceptor.js';
import { ReadLogPlugin } from './read-log/read-log.plugin.js';
import { ReadLogQueriesResolver } from './read-log/read-log.queries.graphql-resolver.js';
import { ReadLogWriter } from './read-log/read-log.writer.js';
/** The composition root: configuration in, a running GraphQL service out. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        CqrsModule.forRoot(),
        // Issue 6 item 3: inspectors' access grants, and the INSPECTOR_GRANTS port the actor resolution asks.
        InspectorAccessModule,
        AuthModule,
        // The GraphQL context authenticates every request with the ActorResolver (issue 6 item 1).
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ActorResolver],
          useFactory: (actors: ActorResolver) => graphqlOptions(config, actors),
        }),
      ],
      // GET /metrics (Prometheus): a bearer token unless METRICS_PUBLIC=true.
      controllers: [HealthController, NotificationsHealthController, QaOverviewPdfController, metricsController()],
      providers: [
        // Every request: a bearer token, then shape validation; errors go to Apollo's formatError.
        { provide: APP_GUARD, useClass: BearerAuthGuard },
        // Issue 6 item 2: then the permission table, for every root field and route (fail closed).
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionPassThrough },
        // Issue 6 item 5: child text leaves sealed read models opened with the case keys as they are now.
        { provide: APP_INTERCEPTOR, useClass: ChildTextInterceptor },
        CaseKeysMutationsResolver,
        CaseKeysQueriesResolver,
        // Write side: every mutation goes over the CommandBus to the one handler.
        ExecuteDomainCommandHandler,
        CaseFileAuditMutationsResolver,
        // Read side.
        ReadModelFreshness,
        // Issue 6 item 2: which records of a kind the actor may see (own, team, service area, all; staff data).
        RecordScopes,
        CaseFileAuditQueriesResolver,
        HistoryResolver,
        // REP-3: the history of a case, a person, a record and an audit's grades (CFA-9), as at any date.
        HistoryTimelineResolver,
        HealthService,
        MetricsService,
        // Who is who, the caseload and the annual sample (CFA-1): imports, mutations and reads.
        CsvImports,
        PeopleMutationsResolver,
        PeopleQueriesResolver,
        CasesMutationsResolver,
        CasesQueriesResolver,
        AnnualSampleMutationsResolver,
        AnnualSampleQueriesResolver,
        // Remedial actions (CFA-7) and immediate escalations (CFA-13) with their clocks.
        RemedialActionMutationsResolver,
        RemedialActionQueriesResolver,
        // Thematic audits within the cap of four a year (CFA-3) and compliance audits (CFA-4, CFA-5).
        ThematicAuditScheduling,
        ThematicAuditMutationsResolver,
        ThematicAuditQueriesResolver,
        ComplianceAuditMutationsResolver,
        ComplianceAuditQueriesResolver,
        // Independent audits commissioned from S&QA (CFA-10) and S&QA dip samples (CFA-11).
        IndependentAuditMutationsResolver,
        IndependentAuditQueriesResolver,
        DipSampleMutationsResolver,
        DipSampleQueriesResolver,
        // An auditor's work list: what is due, overdue and in progress (CFA-6, CFA-7, CFA-9).
        WorkListQueriesResolver,
        // Everything late or about to be, from every strand (issue 5 item 2).
        OverdueQueriesResolver,
        // Who owes which QA activity, for any period (issue 5 item 1).
        QuotasQueriesResolver,
        // Observations of key meetings by senior leaders (MTG-1..MTG-4).
        MeetingObservationMutationsResolver,
        MeetingObservationQueriesResolver,
        // Practice observations (appendix C, OBS-1..OBS-5).
        PracticeObservationMutationsResolver,
        PracticeObservationQueriesResolver,
        // Each Head of Service's annual report of the learning from staff observation (OBS-6).
        ObservationLearningReportMutationsResolver,
        ObservationLearningReportQueriesResolver,
        // Supervision audits (SUP-1..SUP-5).
        SupervisionAuditMutationsResolver,
        SupervisionAuditQueriesResolver,
        // The Head of Service's quarterly summary of learning from supervision audits, and DMT's review (SUP-6).
        SupervisionLearningSummaryMutationsResolver,
        SupervisionLearningSummaryQueriesResolver,
        // Themed audit days and their targeted action plans (TAD-1).
        ThemedAuditDayMutationsResolver,
        ThemedAuditDayQueriesResolver,
        // Conference and Review Service: monitoring forms and midway reviews (CRS-3), the CRS TM's checks (CRS-2), the monthly summary (CRS-4).
        CrsMonitoringMutationsResolver,
        CrsMonitoringQueriesResolver,
        // Conference and Review Service: escalations by IROs and CP chairs, through informal and formal stages (CRS-1).
        CrsEscalationMutationsResolver,
        CrsEscalationQueriesResolver,
        // Learning inputs outside the core strands and their learning themes (section 2, REP-2).
        LearningInputMutationsResolver,
        LearningInputQueriesResolver,
        // REP-2: grades, weakest criteria, learning themes with their actions, moderation movements (CFA-9).
        LearningThemesQueriesResolver,
        // REP-1, CFA-14, SUP-6: the monthly QA overview and the quarterly leadership review, over GraphQL and as a PDF.
        QaOverviewReports,
        QaOverviewQueriesResolver,
        // Issue 6 item 4: every read of a child-level record recorded (one event per request), and S&QA's query of the log.
        ChildReadsCollector,
        ReadLogWriter,
        ChildReadsInterceptor,
        ReadLogPlugin,
        ReadLogQueriesResolver,
      ],
    };
  }
}
