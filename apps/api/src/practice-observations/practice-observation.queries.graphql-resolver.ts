import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  getPracticeObservation,
  listPracticeObservations,
  listPracticeObservationsAwaitingSharing,
  observationDueDatesForTeam,
  observationDueForWorker,
  practiceObservationsProjection,
  type PracticeObservationListFilter,
  type WorkerObservationDue,
} from '../../../../projections/practice-observations/index.js';
import { staffProjection } from '../../../../projections/staff/index.js';
import { practiceObservationRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { APP_CONFIG, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import {
  PracticeObservationArgs,
  PracticeObservationDueArgs,
  PracticeObservationDueDatesArgs,
  PracticeObservationsArgs,
  PracticeObservationsAwaitingSharingArgs,
} from './dto/practice-observation-queries.args.js';
import { toPracticeObservation } from './practice-observation.mapper.js';
import { PracticeObservation, PracticeObservationDue } from './models/practice-observation.model.js';

/**
 * Reads of the practiceObservations read model (OBS-4, OBS-5) and the due dates of OBS-1..OBS-3,
 * computed at the query's asOf (default now) with the ASYE schedule the service is configured with.
 */
@Resolver()
export class PracticeObservationQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => PracticeObservation, { nullable: true, description: 'One practice observation; null if there is none with this id.' })
  async practiceObservation(@Args() args: PracticeObservationArgs, @CurrentActor() actor: Actor): Promise<PracticeObservation | null> {
    await this.ready(args);
    const scope = await this.scopes.of(actor);
    const document = scope.checkStaff(await getPracticeObservation(this.readStore, args.id), practiceObservationRef, `Practice observation ${args.id}`);
    return document === null ? null : toPracticeObservation(document);
  }

  @Query(() => [PracticeObservation], { description: 'Practice observations by worker, observer and status (all given must match), newest observation first.' })
  async practiceObservations(@Args() args: PracticeObservationsArgs, @CurrentActor() actor: Actor): Promise<PracticeObservation[]> {
    await this.ready(args);
    const f = args.filter;
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const filter: PracticeObservationListFilter = {
      ...(f?.workerId != null ? { workerId: f.workerId } : {}),
      ...(f?.observerId != null ? { observerId: f.observerId } : {}),
      ...(f?.status != null ? { status: f.status } : {}),
    };
    const scope = await this.scopes.of(actor);
    return scope.filterStaff(await listPracticeObservations(this.readStore, filter), practiceObservationRef).map(toPracticeObservation);
  }

  @Query(() => [PracticeObservation], {
    description: 'OBS-5: completed observations not yet shared with the line manager or with S&QA, oldest first.',
  })
  async practiceObservationsAwaitingSharing(
    @Args() args: PracticeObservationsAwaitingSharingArgs,
    @CurrentActor() actor: Actor,
  ): Promise<PracticeObservation[]> {
    await this.ready(args);
    const documents = await listPracticeObservationsAwaitingSharing(this.readStore, args.observerId != null ? { observerId: args.observerId } : {});
    return (await this.scopes.of(actor)).filterStaff(documents, practiceObservationRef).map(toPracticeObservation);
  }

  @Query(() => PracticeObservationDue, {
    description:
      "OBS-1..OBS-3: when a worker's next practice observation is due and whether it is overdue at asOf: 12 months, 6 for a worker needing support, the configured ASYE schedule for a newly qualified worker. Flags default to the staff directory's.",
  })
  async practiceObservationDue(@Args() args: PracticeObservationDueArgs, @CurrentActor() actor: Actor): Promise<PracticeObservationDue> {
    const asOf = await this.ready(args);
    // Staff data: the due date says whether the worker needs support to improve (OBS-2).
    (await this.scopes.of(actor)).checkStaffDataOf(args.workerId, 'workerId');
    const due = await observationDueForWorker(this.readStore, args.workerId, asOf, {
      asyeScheduleMonths: this.config.asyeObservationMonths,
      ...(args.needsPerformanceSupport != null ? { needsPerformanceSupport: args.needsPerformanceSupport } : {}),
      ...(args.asye != null ? { asye: args.asye } : {}),
      ...(args.asyeStartedOn != null ? { asyeStartedOn: args.asyeStartedOn } : {}),
    });
    return toDue(due);
  }

  @Query(() => [PracticeObservationDue], {
    description: "OBS-1..OBS-3: every member of a team in post at asOf with their next practice observation's due date, by name.",
  })
  async practiceObservationDueDates(@Args() args: PracticeObservationDueDatesArgs, @CurrentActor() actor: Actor): Promise<PracticeObservationDue[]> {
    const asOf = await this.ready(args);
    const dues = await observationDueDatesForTeam(this.readStore, args.teamId, asOf, { asyeScheduleMonths: this.config.asyeObservationMonths });
    const scope = await this.scopes.of(actor);
    return scope
      .filterStaff(dues, (due) => ({ subjectIds: [due.workerId], partyIds: [] }))
      .filter((due) => !args.overdueOnly || due.overdue)
      .map(toDue);
  }

  /** Waits for the requested position (observations and staff); answers the instant the query is evaluated at. */
  private async ready(args: ReadOptionsArgs): Promise<string> {
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    await this.freshness.waitFor(practiceObservationsProjection, position);
    await this.freshness.waitFor(staffProjection, position);
    return args.asOf ?? new Date().toISOString();
  }
}

function toDue(due: WorkerObservationDue): PracticeObservationDue {
  return {
    workerId: due.workerId,
    name: due.name,
    asOf: due.asOf,
    needsPerformanceSupport: due.needsPerformanceSupport,
    asye: due.asye,
    asyeStartedOn: due.asyeStartedOn,
    asyeScheduleMonths: [...due.asyeScheduleMonths],
    rule: due.rule,
    lastObservedOn: due.lastObservedOn,
    nextDue: due.nextDue,
    overdue: due.overdue,
    observationIds: [...due.observationIds],
  };
}
