import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { remedialActionsProjection } from '../../../../projections/remedial-actions/remedial-actions.projection.js';
import {
  getThemedAuditDay,
  listThemedAuditDays,
  themedAuditDaysProjection,
  type ThemedAuditDayFilter as ThemedAuditDayQueryFilter,
} from '../../../../projections/themed-audit-days/index.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { ThemedAuditDayArgs, ThemedAuditDaysArgs } from './dto/themed-audit-day-queries.args.js';
import { toThemedAuditDay } from './themed-audit-day.mapper.js';
import { ThemedAuditDay } from './models/themed-audit-day.model.js';
import { RecordsChildReads } from '../read-log/records-child-reads.decorator.js';
import { themedAuditsOf } from '../read-log/child-record-selectors.js';

/**
 * Reads of the themedAuditDays read model (TAD-1) joined with the remedial actions its plan's
 * actions became, after waiting for the position the client asked for in both.
 */
@Resolver()
export class ThemedAuditDayQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Query(() => ThemedAuditDay, { nullable: true, description: 'One themed audit day; null if there is none with this id.' })
  @RecordsChildReads('THEMED_AUDIT', themedAuditsOf)
  async themedAuditDay(@Args() args: ThemedAuditDayArgs): Promise<ThemedAuditDay | null> {
    const asOf = await this.ready(args);
    const view = await getThemedAuditDay(this.readStore, args.id, asOf);
    return view === null ? null : toThemedAuditDay(view);
  }

  @Query(() => [ThemedAuditDay], { description: 'TAD-1: themed audit days by theme, period, status, reason or lead, by date and session.' })
  @RecordsChildReads('THEMED_AUDIT', themedAuditsOf)
  async themedAuditDays(@Args() args: ThemedAuditDaysArgs): Promise<ThemedAuditDay[]> {
    const asOf = await this.ready(args);
    const f = args.filter ?? {};
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const filter: ThemedAuditDayQueryFilter = {
      ...(f.theme != null ? { theme: f.theme } : {}),
      ...(f.status != null ? { status: f.status } : {}),
      ...(f.from != null ? { from: f.from } : {}),
      ...(f.to != null ? { to: f.to } : {}),
      ...(f.origin != null ? { origin: f.origin } : {}),
      ...(f.leadId != null ? { leadId: f.leadId } : {}),
    };
    return (await listThemedAuditDays(this.readStore, filter, asOf)).map(toThemedAuditDay);
  }

  /** Waits for the requested position in both read models; answers the instant the query is evaluated at. */
  private async ready(args: ReadOptionsArgs): Promise<string> {
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    await this.freshness.waitFor(themedAuditDaysProjection, position);
    await this.freshness.waitFor(remedialActionsProjection, position);
    return args.asOf ?? new Date().toISOString();
  }
}
