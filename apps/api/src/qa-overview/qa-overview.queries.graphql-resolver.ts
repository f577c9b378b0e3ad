import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { MonthlyQaOverviewArgs, QuarterlyLeadershipReviewArgs } from './dto/qa-overview.args.js';
import { MonthlyQaOverview, QuarterlyLeadershipReview } from './models/qa-overview.model.js';
import { QaOverviewReports } from './qa-overview-reports.js';

/** REP-1: the monthly QA overview; CFA-14 and SUP-6: the quarterly leadership review. Also as a PDF at GET /reports/qa-overview/<period>.pdf. */
@Resolver()
export class QaOverviewQueriesResolver {
  constructor(
    private readonly reports: QaOverviewReports,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => MonthlyQaOverview, {
    description:
      'REP-1: for any month, who met their QA duties, what was late at its end, what the audits say about practice (grades against the month before, weakest criteria, moderation, themes) and what is being done about it (actions by source); QA activity counts including the CRS (CRS-4). As at the end of the month unless asOf is given; a past month reads the same whenever it is rebuilt.',
  })
  async monthlyQaOverview(@Args() args: MonthlyQaOverviewArgs, @CurrentActor() actor: Actor): Promise<MonthlyQaOverview> {
    await checkWholeServiceReader(this.scopes, actor);
    return (await this.reports.monthly(args.month, args.asOf, args.atLeastPosition)) as unknown as MonthlyQaOverview;
  }

  @Query(() => QuarterlyLeadershipReview, {
    description:
      'CFA-14 and SUP-6: the quarter\'s overview with its three months side by side, the case file audit findings DMT and SLT consider, and the Heads of Service\'s summaries of learning from supervision audits with DMT\'s review. As at the end of the quarter unless asOf is given.',
  })
  async quarterlyLeadershipReview(@Args() args: QuarterlyLeadershipReviewArgs, @CurrentActor() actor: Actor): Promise<QuarterlyLeadershipReview> {
    await checkWholeServiceReader(this.scopes, actor);
    return (await this.reports.quarterly(args.quarter, args.asOf, args.atLeastPosition)) as unknown as QuarterlyLeadershipReview;
  }
}

/**
 * Issue 6 item 2: the overview counts and names the whole service (REP-1: S&QA's report for DMT);
 * it cannot be cut to a team, so it is for those who see every record. A team manager or Head of
 * Service reads their own part through quotas, overdue and learning themes, which are forced to it.
 */
export async function checkWholeServiceReader(scopes: RecordScopes, actor: Actor): Promise<void> {
  const scope = await scopes.of(actor);
  if (!scope.seesAllChildRecords) scope.refuse('The QA overview (the whole service)');
}
