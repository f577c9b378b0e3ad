import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  headsOfServiceWithoutObservationLearningReport,
  listObservationLearningReports,
  observationLearningReportFor,
  observationLearningReportsProjection,
  type ObservationLearningReportFilter as ReadModelFilter,
} from '../../../../projections/observation-learning-reports/index.js';
import { staffProjection } from '../../../../projections/staff/index.js';
import { observationLearningReportRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import {
  HeadsOfServiceWithoutObservationLearningReportArgs,
  ObservationLearningReportArgs,
  ObservationLearningReportsArgs,
} from './dto/observation-learning-report-queries.args.js';
import {
  HeadOfServiceWithoutObservationLearningReport,
  ObservationLearningReport,
  toObservationLearningReport,
} from './models/observation-learning-report.model.js';

/** Reads of the observationLearningReports read model (OBS-6); "overdue" is computed at asOf (default now). */
@Resolver()
export class ObservationLearningReportQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => ObservationLearningReport, { nullable: true, description: "OBS-6: a Head of Service's report for a year; null if none is written." })
  async observationLearningReport(@Args() args: ObservationLearningReportArgs, @CurrentActor() actor: Actor): Promise<ObservationLearningReport | null> {
    await this.ready(args);
    const scope = await this.scopes.of(actor);
    const report = scope.checkStaff(
      await observationLearningReportFor(this.readStore, args.headOfServiceId, args.year),
      observationLearningReportRef,
      `The observation learning report of ${args.headOfServiceId} for ${args.year}`,
    );
    return report === null ? null : toObservationLearningReport(report);
  }

  @Query(() => [ObservationLearningReport], { description: 'OBS-6: reports by Head of Service, service area, status and year; newest year first.' })
  async observationLearningReports(@Args() args: ObservationLearningReportsArgs, @CurrentActor() actor: Actor): Promise<ObservationLearningReport[]> {
    await this.ready(args);
    const f = args.filter;
    const filter: ReadModelFilter = {
      ...(f?.headOfServiceId != null ? { headOfServiceId: f.headOfServiceId } : {}),
      ...(f?.serviceAreaId != null ? { serviceAreaId: f.serviceAreaId } : {}),
      ...(f?.status != null ? { status: f.status } : {}),
      ...(f?.year != null ? { year: f.year } : {}),
    };
    const scope = await this.scopes.of(actor);
    return scope.filterStaff(await listObservationLearningReports(this.readStore, filter), observationLearningReportRef).map(toObservationLearningReport);
  }

  @Query(() => [HeadOfServiceWithoutObservationLearningReport], {
    description:
      "OBS-6: Heads of Service (in post at the year's end, or at asOf during the year) who have not submitted their observation learning report for the year; overdue once the year is over.",
  })
  async headsOfServiceWithoutObservationLearningReport(
    @Args() args: HeadsOfServiceWithoutObservationLearningReportArgs,
    @CurrentActor() actor: Actor,
  ): Promise<HeadOfServiceWithoutObservationLearningReport[]> {
    const asOf = await this.ready(args);
    const scope = await this.scopes.of(actor);
    const heads = await headsOfServiceWithoutObservationLearningReport(this.readStore, args.year, asOf);
    return heads.filter((h) => scope.seesWorkOf(h.staffId)).map((h) => ({ ...h }));
  }

  private async ready(args: ReadOptionsArgs): Promise<string> {
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    await this.freshness.waitFor(observationLearningReportsProjection, position);
    await this.freshness.waitFor(staffProjection, position);
    return args.asOf ?? new Date().toISOString();
  }
}
