import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import { lateSources } from '../../../../projections/overdue/late-sources.js';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import { listLate, type LateItem as LateItemView } from '../../../../projections/overdue/overdue.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { RecordScopes } from '../access/record-scope.js';
import { withinOf } from '../access/scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { APP_CONFIG, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { OverdueArgs } from './dto/overdue.args.js';
import { LateItem } from './models/late-item.model.js';

const HOUR_MS = 3_600_000;

/**
 * One view of everything late or about to be, from every strand (issue 5 item 2), computed at asOf
 * (default now) from the read models.
 */
@Resolver()
export class OverdueQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => [LateItem], {
    description:
      'Everything late at asOf (default now), and with dueWithinHours what is about to be: audits past their due date (CFA-6), compliance audits not done before the supervision (CFA-4), actions from every strand not notified within 48 hours or past their timescale (CFA-7), immediate escalations not acknowledged (CFA-13), children found not safe in a supervision audit not acknowledged by the HoS (SUP-3), supervision audit findings not reviewed at the next supervision (SUP-5), quarterly summaries (SUP-6) and annual observation learning reports (OBS-6) not submitted, practice observations due (OBS-1/2/3), CRS escalations past their stage\'s working days (CRS-1) and midway reviews not held (CRS-3); each with how late, whose it is and who manages them. Filterable and sortable.',
  })
  async overdue(@Args() args: OverdueArgs, @CurrentActor() actor: Actor): Promise<LateItem[]> {
    if (args.atLeastPosition != null) {
      const position = BigInt(args.atLeastPosition);
      for (const projection of ALL_PROJECTIONS) await this.freshness.waitFor(projection, position);
    }
    const f = args.filter ?? {};
    const items = await listLate(this.readStore, lateSources({ asyeScheduleMonths: this.config.asyeObservationMonths }), {
      asOf: args.asOf == null ? new Date() : new Date(args.asOf),
      ...(args.dueWithinHours != null ? { dueWithinHours: args.dueWithinHours } : {}),
      ...(args.sort != null ? { sort: args.sort } : {}),
      filter: {
        ...(f.kinds != null ? { kinds: f.kinds } : {}),
        ...(f.state != null ? { state: f.state } : {}),
        ...(f.ownerId != null ? { ownerId: f.ownerId } : {}),
        ...(f.managerId != null ? { managerId: f.managerId } : {}),
        ...(f.teamId != null ? { teamId: f.teamId } : {}),
        ...(f.serviceAreaId != null ? { serviceAreaId: f.serviceAreaId } : {}),
        ...(f.azeusNumber != null ? { azeusNumber: f.azeusNumber } : {}),
        ...withinOf((await this.scopes.of(actor)).aggregateLimit()),
      },
    });
    return items.map(toLateItem);
  }
}

function toLateItem(item: LateItemView): LateItem {
  return {
    kind: item.kind,
    id: item.id,
    title: item.title,
    rule: item.rule,
    state: item.state,
    dueAt: item.dueAt,
    lateByHours: item.lateByMs / HOUR_MS,
    daysLate: Math.floor(item.lateByMs / (24 * HOUR_MS)),
    remainingHours: item.remainingMs / HOUR_MS,
    ownerId: item.ownerId,
    managerId: item.managerId,
    teamId: item.teamId,
    serviceAreaId: item.serviceAreaId,
    azeusNumber: item.azeusNumber,
  };
}
