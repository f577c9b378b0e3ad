import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { Projection } from '../../../../libs/read-store/src/projection.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  crsMonthlySummary,
  crsQualityChecksProjection,
  crsTeamManagerDuty,
  getCrsQualityCheck,
  getMidwayReview,
  getMonitoringForm,
  listCrsQualityChecks,
  listMidwayReviews,
  listMonitoringForms,
  midwayReviewsOwed,
  midwayReviewsProjection,
  monitoringFormsProjection,
} from '../../../../projections/crs-monitoring/index.js';
import { crsQualityCheckRef, midwayReviewRef, monitoringFormRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import {
  toCrsMonthlySummary,
  toCrsQualityCheck,
  toCrsTeamManagerDuty,
  toMidwayReview,
  toMidwayReviewOwed,
  toMonitoringForm,
} from './crs-monitoring.mapper.js';
import {
  CrsMonthlySummaryArgs,
  CrsQualityChecksArgs,
  CrsRecordArgs,
  CrsTeamManagerDutyArgs,
  MidwayReviewsArgs,
  MidwayReviewsOwedArgs,
  MonitoringFormsArgs,
} from './dto/crs-monitoring-queries.args.js';
import { CrsMonthlySummary, CrsQualityCheck, CrsTeamManagerDuty, MidwayReview, MidwayReviewOwed, MonitoringForm } from './models/crs-monitoring.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';
import { byField } from '../read-log/child-record-selectors.js';

/** GraphQL passes null for an optional argument not given; the queries take undefined. */
function given<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/**
 * Reads of the Conference and Review Service's read models (CRS-2..CRS-4), after waiting for the
 * position the client asked for. Owed and overdue are computed at the query's asOf (default now).
 */
@Resolver()
export class CrsMonitoringQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => MonitoringForm, { nullable: true, description: 'CRS-3: one monitoring form; null if there is none with this id.' })
  @RecordsChildReads('MONITORING_FORM', idAndCase)
  async monitoringForm(@Args() args: CrsRecordArgs, @CurrentActor() actor: Actor): Promise<MonitoringForm | null> {
    await this.ready(args, monitoringFormsProjection);
    const scope = await this.scopes.of(actor);
    const form = await scope.checkChild(await getMonitoringForm(this.readStore, args.id), monitoringFormRef, `Monitoring form ${args.id}`);
    return form === null ? null : toMonitoringForm(form);
  }

  @Query(() => [MonitoringForm], { description: "CRS-3: monitoring forms, newest meeting first; by teamManagerId, the forms a TM may use in supervision." })
  @RecordsChildReads('MONITORING_FORM', idAndCase)
  async monitoringForms(@Args() args: MonitoringFormsArgs, @CurrentActor() actor: Actor): Promise<MonitoringForm[]> {
    await this.ready(args, monitoringFormsProjection);
    const f = args.filter ?? {};
    const forms = await listMonitoringForms(this.readStore, {
      chairId: given(f.chairId),
      teamManagerId: given(f.teamManagerId),
      socialWorkerId: given(f.socialWorkerId),
      azeusNumber: given(f.azeusNumber),
      month: given(f.month),
      meetingType: given(f.meetingType),
    });
    return (await (await this.scopes.of(actor)).filterChild(forms, monitoringFormRef)).map(toMonitoringForm);
  }

  @Query(() => MidwayReview, { nullable: true, description: 'CRS-3: one midway review; null if there is none with this id.' })
  @RecordsChildReads('MIDWAY_REVIEW', idAndCase)
  async midwayReview(@Args() args: CrsRecordArgs, @CurrentActor() actor: Actor): Promise<MidwayReview | null> {
    await this.ready(args, midwayReviewsProjection);
    const scope = await this.scopes.of(actor);
    const review = await scope.checkChild(await getMidwayReview(this.readStore, args.id), midwayReviewRef, `Midway review ${args.id}`);
    return review === null ? null : toMidwayReview(review);
  }

  @Query(() => [MidwayReview], { description: 'CRS-3: midway reviews held, newest first.' })
  @RecordsChildReads('MIDWAY_REVIEW', idAndCase)
  async midwayReviews(@Args() args: MidwayReviewsArgs, @CurrentActor() actor: Actor): Promise<MidwayReview[]> {
    await this.ready(args, midwayReviewsProjection);
    const f = args.filter ?? {};
    const reviews = await listMidwayReviews(this.readStore, {
      chairId: given(f.chairId),
      teamManagerId: given(f.teamManagerId),
      socialWorkerId: given(f.socialWorkerId),
      azeusNumber: given(f.azeusNumber),
      month: given(f.month),
    });
    return (await (await this.scopes.of(actor)).filterChild(reviews, midwayReviewRef)).map(toMidwayReview);
  }

  @Query(() => [MidwayReviewOwed], {
    description: "CRS-3: midway reviews owed as at asOf: due at the midpoint between a child's last conference or review and the next, overdue after the tolerance.",
  })
  @RecordsChildReads('MONITORING_FORM', byField('monitoringFormId'))
  async midwayReviewsOwed(@Args() args: MidwayReviewsOwedArgs, @CurrentActor() actor: Actor): Promise<MidwayReviewOwed[]> {
    const asOf = await this.ready(args, monitoringFormsProjection, midwayReviewsProjection);
    const owed = await midwayReviewsOwed(this.readStore, { asOf, chairId: given(args.chairId), overdueOnly: args.overdueOnly === true });
    const visible = await (await this.scopes.of(actor)).filterChild(owed, (o) => ({
      azeusNumbers: [o.azeusNumber],
      on: o.previousMeetingDate,
      workerIds: [o.socialWorkerId],
      partyIds: [o.chairId, o.teamManagerId],
    }));
    return visible.map(toMidwayReviewOwed);
  }

  @Query(() => CrsQualityCheck, { nullable: true, description: "CRS-2: one of the CRS team manager's checks; null if there is none with this id." })
  async crsQualityCheck(@Args() args: CrsRecordArgs, @CurrentActor() actor: Actor): Promise<CrsQualityCheck | null> {
    await this.ready(args, crsQualityChecksProjection);
    const scope = await this.scopes.of(actor);
    const check = await scope.checkChild(await getCrsQualityCheck(this.readStore, args.id), crsQualityCheckRef, `CRS quality check ${args.id}`);
    return check === null ? null : toCrsQualityCheck(check);
  }

  @Query(() => [CrsQualityCheck], { description: "CRS-2: the CRS team manager's observations and audits, newest first." })
  async crsQualityChecks(@Args() args: CrsQualityChecksArgs, @CurrentActor() actor: Actor): Promise<CrsQualityCheck[]> {
    await this.ready(args, crsQualityChecksProjection);
    const f = args.filter ?? {};
    const checks = await listCrsQualityChecks(this.readStore, {
      crsTeamManagerId: given(f.crsTeamManagerId),
      chairId: given(f.chairId),
      kind: given(f.kind),
      month: given(f.month),
    });
    return (await (await this.scopes.of(actor)).filterChild(checks, crsQualityCheckRef)).map(toCrsQualityCheck);
  }

  @Query(() => CrsTeamManagerDuty, { description: "CRS-2: a CRS team manager's six monthly requirements for a month, met or missing." })
  async crsTeamManagerDuty(@Args() args: CrsTeamManagerDutyArgs, @CurrentActor() actor: Actor): Promise<CrsTeamManagerDuty> {
    await this.ready(args, crsQualityChecksProjection);
    (await this.scopes.of(actor)).checkWorkOf(args.crsTeamManagerId, 'crsTeamManagerId');
    return toCrsTeamManagerDuty(await crsTeamManagerDuty(this.readStore, args.crsTeamManagerId, args.month));
  }

  @Query(() => CrsMonthlySummary, {
    description: "CRS-4: a month's monitoring forms by meeting type and concerns, midway reviews held and with drift or delay, and CRS team manager duties met.",
  })
  async crsMonthlySummary(@Args() args: CrsMonthlySummaryArgs, @CurrentActor() actor: Actor): Promise<CrsMonthlySummary> {
    await this.ready(args, monitoringFormsProjection, midwayReviewsProjection, crsQualityChecksProjection);
    // The summary counts the whole Conference and Review Service's month: it cannot be cut to a team.
    const scope = await this.scopes.of(actor);
    if (!scope.seesAllChildRecords) scope.refuse("The Conference and Review Service's monthly summary (the whole service's month)");
    const ids = given(args.crsTeamManagerIds);
    return toCrsMonthlySummary(await crsMonthlySummary(this.readStore, args.month, ids === undefined ? {} : { crsTeamManagerIds: ids }));
  }

  /** Waits for the requested position on every read model the query reads; answers the instant it is evaluated at. */
  private async ready(args: ReadOptionsArgs, ...projections: Pick<Projection, 'name' | 'version'>[]): Promise<string> {
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    for (const projection of projections) await this.freshness.waitFor(projection, position);
    return args.asOf ?? new Date().toISOString();
  }
}
