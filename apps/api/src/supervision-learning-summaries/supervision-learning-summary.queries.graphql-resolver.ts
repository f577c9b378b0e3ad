import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { staffProjection } from '../../../../projections/staff/index.js';
import {
  getSupervisionLearningSummaryFor,
  listMissingSupervisionLearningSummaries,
  listSupervisionLearningSummaries,
  supervisionLearningSummariesProjection,
} from '../../../../projections/supervision-learning-summaries/index.js';
import { supervisionLearningSummaryRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import {
  MissingSupervisionLearningSummariesArgs,
  SupervisionLearningSummariesArgs,
  SupervisionLearningSummaryArgs,
} from './dto/supervision-learning-summary-queries.args.js';
import { toMissingSupervisionLearningSummary, toSupervisionLearningSummary } from './supervision-learning-summary.mapper.js';
import { MissingSupervisionLearningSummary, SupervisionLearningSummary } from './models/supervision-learning-summary.model.js';

/** Reads of the supervisionLearningSummaries read model (SUP-6), after waiting for the position asked for. */
@Resolver()
export class SupervisionLearningSummaryQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => SupervisionLearningSummary, { nullable: true, description: "SUP-6: a Head of Service's summary for a quarter; null if none is written." })
  async supervisionLearningSummary(@Args() args: SupervisionLearningSummaryArgs, @CurrentActor() actor: Actor): Promise<SupervisionLearningSummary | null> {
    await this.ready(args);
    const scope = await this.scopes.of(actor);
    const document = scope.checkStaff(
      await getSupervisionLearningSummaryFor(this.readStore, args.headOfServiceId, args.quarter),
      supervisionLearningSummaryRef,
      `The supervision learning summary of ${args.headOfServiceId} for ${args.quarter}`,
    );
    return document === null ? null : toSupervisionLearningSummary(document);
  }

  @Query(() => [SupervisionLearningSummary], {
    description: "SUP-6: summaries by Head of Service, quarter and status (SUBMITTED: awaiting DMT's review), latest quarter first.",
  })
  async supervisionLearningSummaries(@Args() args: SupervisionLearningSummariesArgs, @CurrentActor() actor: Actor): Promise<SupervisionLearningSummary[]> {
    await this.ready(args);
    const f = args.filter ?? {};
    const documents = await listSupervisionLearningSummaries(this.readStore, {
      ...(f.headOfServiceId != null ? { headOfServiceId: f.headOfServiceId } : {}),
      ...(f.quarter != null ? { quarter: f.quarter } : {}),
      ...(f.status != null ? { status: f.status } : {}),
    });
    return (await this.scopes.of(actor)).filterStaff(documents, supervisionLearningSummaryRef).map(toSupervisionLearningSummary);
  }

  @Query(() => [MissingSupervisionLearningSummary], {
    description:
      "SUP-6: the Heads of Service in post (on the quarter's last day, or asOf while it runs) who have not submitted their summary for the quarter, by name.",
  })
  async missingSupervisionLearningSummaries(
    @Args() args: MissingSupervisionLearningSummariesArgs,
    @CurrentActor() actor: Actor,
  ): Promise<MissingSupervisionLearningSummary[]> {
    await this.ready(args);
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    await this.freshness.waitFor(staffProjection, position);
    const asOf = args.asOf ?? new Date().toISOString();
    const scope = await this.scopes.of(actor);
    const missing = await listMissingSupervisionLearningSummaries(this.readStore, args.quarter, asOf);
    return missing.filter((m) => scope.seesWorkOf(m.headOfServiceId)).map(toMissingSupervisionLearningSummary);
  }

  private async ready(args: ReadOptionsArgs): Promise<void> {
    await this.freshness.waitFor(supervisionLearningSummariesProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
  }
}
