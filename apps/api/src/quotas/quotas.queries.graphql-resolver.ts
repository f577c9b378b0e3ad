import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import { QUOTA_RULES } from '../../../../projections/quotas/quota-rules.js';
import { quotaReport } from '../../../../projections/quotas/quotas.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { RecordScopes } from '../access/record-scope.js';
import { withinOf } from '../access/scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { QuotasArgs } from './dto/quotas.args.js';
import { QuotaReport } from './models/quota-report.model.js';

/** Quotas for any period, past ones included, with the people who held the roles then (issue 5 item 1). */
@Resolver()
export class QuotasQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => QuotaReport, {
    description:
      'For a month, quarter, half-year or year: for every person, each quota rule of their role (CFA-2 monthly audit, CFA-3 thematic cap, CFA-4 compliance audits before supervision, SUP-1/SUP-2 supervision audits, SUP-6 quarterly summary, OBS-6 annual observation learning report, MTG-1 key meetings observed, CRS-2 the CRS team manager\'s six monthly checks) with required, done, remaining, due date and status, counted as at asOf (default now); rolled up by team, service area and the whole service.',
  })
  async quotas(@Args() args: QuotasArgs, @CurrentActor() actor: Actor): Promise<QuotaReport> {
    if (args.atLeastPosition != null) {
      const position = BigInt(args.atLeastPosition);
      for (const projection of ALL_PROJECTIONS) await this.freshness.waitFor(projection, position);
    }
    const f = args.filter ?? {};
    const report = await quotaReport(this.readStore, QUOTA_RULES, {
      period: args.period,
      asOf: args.asOf == null ? new Date() : new Date(args.asOf),
      filter: {
        ...(f.staffId != null ? { staffId: f.staffId } : {}),
        ...(f.teamId != null ? { teamId: f.teamId } : {}),
        ...(f.serviceAreaId != null ? { serviceAreaId: f.serviceAreaId } : {}),
        ...(f.rules != null ? { rules: f.rules } : {}),
        ...(f.statuses != null ? { statuses: f.statuses } : {}),
        ...withinOf((await this.scopes.of(actor)).aggregateLimit()),
      },
    });
    return {
      ...report,
      lines: report.lines.map((l) => ({ ...l, evidence: [...l.evidence] })),
      byTeam: [...report.byTeam],
      byServiceArea: [...report.byServiceArea],
    };
  }
}
