import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { dipSamplesProjection } from '../../../../projections/dip-samples/dip-samples.projection.js';
import {
  dipSampleSummaryForAuditor,
  getDipSample,
  listDipSamplesByAudit,
  listDipSamplesByAuditorSampled,
} from '../../../../projections/dip-samples/dip-samples.queries.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { toDipSample, toDipSampleSummary } from './dip-sample.mapper.js';
import { DipSampleArgs, DipSamplesByAuditArgs, DipSamplesByAuditorArgs, DipSampleSummaryArgs } from './dto/dip-sample-queries.args.js';
import { DipSample, DipSampleSummary } from './models/dip-sample.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';

/** Reads of dip samples (CFA-11), after waiting for the position the client asked for. */
@Resolver()
export class DipSampleQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Query(() => DipSample, { nullable: true, description: 'CFA-11: one dip sample; null if there is none with this id.' })
  @RecordsChildReads('DIP_SAMPLE', idAndCase)
  async dipSample(@Args() args: DipSampleArgs): Promise<DipSample | null> {
    await this.ready(args);
    const document = await getDipSample(this.readStore, args.id);
    return document === null ? null : toDipSample(document);
  }

  @Query(() => [DipSample], { description: 'CFA-11: the dip samples of one case file audit, in the order taken.' })
  @RecordsChildReads('DIP_SAMPLE', idAndCase)
  async dipSamplesByAudit(@Args() args: DipSamplesByAuditArgs): Promise<DipSample[]> {
    await this.ready(args);
    return (await listDipSamplesByAudit(this.readStore, args.auditId)).map(toDipSample);
  }

  @Query(() => [DipSample], { description: "CFA-11: the dip samples of one auditor's audits, in the order taken." })
  @RecordsChildReads('DIP_SAMPLE', idAndCase)
  async dipSamplesByAuditorSampled(@Args() args: DipSamplesByAuditorArgs): Promise<DipSample[]> {
    await this.ready(args);
    const documents = await listDipSamplesByAuditorSampled(this.readStore, args.auditorId, args.status != null ? { status: args.status } : {});
    return documents.map(toDipSample);
  }

  @Query(() => DipSampleSummary, { description: "CFA-11: how an auditor's sampled audits were judged (completed dip samples only)." })
  async dipSampleSummary(@Args() args: DipSampleSummaryArgs): Promise<DipSampleSummary> {
    await this.ready(args);
    return toDipSampleSummary(await dipSampleSummaryForAuditor(this.readStore, args.auditorId));
  }

  private async ready(args: ReadOptionsArgs): Promise<void> {
    await this.freshness.waitFor(dipSamplesProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
  }
}
