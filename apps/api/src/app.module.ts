import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { BearerAuthGuard } from './auth/bearer-auth.guard.js';
import { CaseFileAuditMutationsResolver } from './case-file-audits/case-file-audit.mutations.graphql-resolver.js';
import { CaseFileAuditQueriesResolver } from './case-file-audits/case-file-audit.queries.graphql-resolver.js';
import { ExecuteDomainCommandHandler } from './commands/execute-domain-command.js';
import { GraphQLExceptionPassThrough } from './errors/graphql-exception.filter.js';
import { InputValidationPipe } from './errors/input-validation.pipe.js';
import { graphqlOptions } from './graphql.options.js';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { HistoryResolver } from './history/history.graphql-resolver.js';
import { InfrastructureModule } from './infrastructure/infrastructure.module.js';
import { ReadModelFreshness } from './read-your-writes/read-model-freshness.js';
import { NotificationsHealthController } from './notifications/notifications-health.controller.js';
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

/** The composition root: configuration in, a running GraphQL service out. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config)),
      ],
      controllers: [HealthController, NotificationsHealthController],
      providers: [
        // Every request: a bearer token, then shape validation; errors go to Apollo's formatError.
        { provide: APP_GUARD, useClass: BearerAuthGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionPassThrough },
        // Write side: every mutation goes over the CommandBus to the one handler.
        ExecuteDomainCommandHandler,
        CaseFileAuditMutationsResolver,
        // Read side.
        ReadModelFreshness,
        CaseFileAuditQueriesResolver,
        HistoryResolver,
        HealthService,
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
      ],
    };
  }
}
