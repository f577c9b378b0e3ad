import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { dipSamplesProjection } from '../../../../projections/dip-samples/dip-samples.projection.js';
import {
  dipSampleSummaryForAuditor,
  getDipSample,
  listDipSamplesByAudit,
  listDipSamplesByAuditorSampled,
} from '../../../../projections/dip-samples/dip-samples.queries.js';
import { dipSampleRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
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
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => DipSample, { nullable: true, description: 'CFA-11: one dip sample; null if there is none with this id.' })
  @RecordsChildReads('DIP_SAMPLE', idAndCase)
  async dipSample(@Args() args: DipSampleArgs, @CurrentActor() actor: Actor): Promise<DipSample | null> {
    await this.ready(args);
    const scope = await this.scopes.of(actor);
    const document = await scope.checkChild(await getDipSample(this.readStore, args.id), dipSampleRef, `Dip sample ${args.id}`);
    return document === null ? null : toDipSample(document);
  }

  @Query(() => [DipSample], { description: 'CFA-11: the dip samples of one case file audit, in the order taken.' })
  @RecordsChildReads('DIP_SAMPLE', idAndCase)
  async dipSamplesByAudit(@Args() args: DipSamplesByAuditArgs, @CurrentActor() actor: Actor): Promise<DipSample[]> {
    await this.ready(args);
    const scope = await this.scopes.of(actor);
    return (await scope.filterChild(await listDipSamplesByAudit(this.readStore, args.auditId), dipSampleRef)).map(toDipSample);
  }

  @Query(() => [DipSample], { description: "CFA-11: the dip samples of one auditor's audits, in the order taken." })
  @RecordsChildReads('DIP_SAMPLE', idAndCase)
  async dipSamplesByAuditorSampled(@Args() args: DipSamplesByAuditorArgs, @CurrentActor() actor: Actor): Promise<DipSample[]> {
    await this.ready(args);
    const documents = await listDipSamplesByAuditorSampled(this.readStore, args.auditorId, args.status != null ? { status: args.status } : {});
    return (await (await this.scopes.of(actor)).filterChild(documents, dipSampleRef)).map(toDipSample);
  }

  @Query(() => DipSampleSummary, { description: "CFA-11: how an auditor's sampled audits were judged (completed dip samples only)." })
  async dipSampleSummary(@Args() args: DipSampleSummaryArgs, @CurrentActor() actor: Actor): Promise<DipSampleSummary> {
    await this.ready(args);
    (await this.scopes.of(actor)).checkWorkOf(args.auditorId, 'auditorId');
    return toDipSampleSummary(await dipSampleSummaryForAuditor(this.readStore, args.auditorId));
  }

  private async ready(args: ReadOptionsArgs): Promise<void> {
    await this.freshness.waitFor(dipSamplesProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
  }
}
