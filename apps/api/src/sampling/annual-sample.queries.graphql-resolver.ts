import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { annualSampleProjection, getAnnualSample, listAnnualSampleAllocation } from '../../../../projections/annual-sample/index.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { positionOf } from '../people/dto/fresh-read.args.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { toAllocationRow, toAnnualSample, toVerification } from './annual-sample.mapper.js';
import { AnnualSampleAllocationArgs, AnnualSampleArgs, VerifyAnnualSampleArgs } from './dto/annual-sample.args.js';
import { AnnualSample, AnnualSampleAllocationRow, AnnualSampleVerification } from './models/annual-sample.model.js';
import { verifyRecordedAnnualSample } from './recorded-annual-sample.js';
import { RecordsChildReads } from '../read-log/records-child-reads.decorator.js';
import { sampledCasesOf } from '../read-log/child-record-selectors.js';

/** Reads of the annual sample (CFA-1), and the re-run of a recorded draw. */
@Resolver()
export class AnnualSampleQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => AnnualSample, { nullable: true, description: "A year's sample with every case and its allocation; null if not drawn." })
  @RecordsChildReads('CASE', sampledCasesOf)
  async annualSample(@Args() args: AnnualSampleArgs): Promise<AnnualSample | null> {
    await this.freshness.waitFor(annualSampleProjection, positionOf(args));
    const document = await getAnnualSample(this.readStore, args.year);
    return document === null ? null : toAnnualSample(document);
  }

  @Query(() => [AnnualSampleAllocationRow], {
    description: 'Sampled cases and their allocation by auditor, team, category and due date; sorted by due date (unallocated last), auditor and Azeus number.',
  })
  @RecordsChildReads('CASE', sampledCasesOf)
  async annualSampleAllocation(@Args() args: AnnualSampleAllocationArgs, @CurrentActor() actor: Actor): Promise<AnnualSampleAllocationRow[]> {
    await this.freshness.waitFor(annualSampleProjection, positionOf(args));
    const f = args.filter ?? {};
    const rows = await listAnnualSampleAllocation(this.readStore, {
      ...(args.year != null ? { year: args.year } : {}),
      ...(f.auditorId != null ? { auditorId: f.auditorId } : {}),
      ...(f.teamId != null ? { teamId: f.teamId } : {}),
      ...(f.category != null ? { category: f.category } : {}),
      ...(f.dueOnOrBefore != null ? { dueOnOrBefore: f.dueOnOrBefore } : {}),
    });
    // Issue 6 item 2: the cases the reader may see, and those allocated to them to audit.
    const visible = await (await this.scopes.of(actor)).filterChild(rows, (row) => ({
      azeusNumbers: [row.azeusNumber],
      workerIds: [row.allocatedWorkerId],
      teamIds: [row.teamId],
      partyIds: [row.auditorId],
    }));
    return visible.map(toAllocationRow);
  }

  @Query(() => AnnualSampleVerification, {
    description:
      "CFA-1: re-run the year's recorded draw (and allocation) from the seed, frame and inputs its events hold, and compare with what they record. NOT_FOUND if the year has no draw.",
  })
  async verifyAnnualSample(@Args() args: VerifyAnnualSampleArgs): Promise<AnnualSampleVerification> {
    return toVerification(await verifyRecordedAnnualSample(this.eventStore, args.year));
  }
}
