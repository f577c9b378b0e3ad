import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { Projection } from '../../../../libs/read-store/src/projection.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { immediateEscalationsProjection } from '../../../../projections/remedial-actions/immediate-escalations.projection.js';
import { remedialActionsProjection } from '../../../../projections/remedial-actions/remedial-actions.projection.js';
import {
  getImmediateEscalation,
  getRemedialAction,
  listImmediateEscalations,
  listRemedialActions,
} from '../../../../projections/remedial-actions/remedial-actions.queries.js';
import { immediateEscalationRef, remedialActionRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import {
  ImmediateEscalationArgs,
  ImmediateEscalationsArgs,
  RemedialActionArgs,
  RemedialActionsArgs,
} from './dto/remedial-action-queries.args.js';
import { toImmediateEscalation, toRemedialAction } from './remedial-action.mapper.js';
import { ImmediateEscalation } from './models/immediate-escalation.model.js';
import { RemedialAction } from './models/remedial-action.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';

/**
 * Reads of remedial actions (CFA-7) and immediate escalations (CFA-13), after waiting for the
 * position the client asked for. Every clock is computed at the query's asOf (default now).
 */
@Resolver()
export class RemedialActionQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => RemedialAction, { nullable: true, description: 'One remedial action with its clocks; null if there is none with this id.' })
  @RecordsChildReads('REMEDIAL_ACTION', idAndCase)
  async remedialAction(@Args() args: RemedialActionArgs, @CurrentActor() actor: Actor): Promise<RemedialAction | null> {
    const asOf = await this.ready(remedialActionsProjection, args);
    const scope = await this.scopes.of(actor);
    const view = await scope.checkChild(await getRemedialAction(this.readStore, args.id, asOf), remedialActionRef, `Remedial action ${args.id}`);
    return view === null ? null : toRemedialAction(view);
  }

  @Query(() => [RemedialAction], {
    description:
      'Every action, from every strand (case file audits, supervision audits, observations, meetings, themed audit days, CRS escalations), by owner, manager, team, case (Azeus number), status, source, open or not and clock state, with both clocks (CFA-7); sorted by timescale.',
  })
  @RecordsChildReads('REMEDIAL_ACTION', idAndCase)
  async remedialActions(@Args() args: RemedialActionsArgs, @CurrentActor() actor: Actor): Promise<RemedialAction[]> {
    const asOf = await this.ready(remedialActionsProjection, args);
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const f = args.filter ?? {};
    const views = await listRemedialActions(
      this.readStore,
      {
        ...(f.ownerId != null ? { ownerId: f.ownerId } : {}),
        ...(f.managerId != null ? { managerId: f.managerId } : {}),
        ...(f.teamId != null ? { teamId: f.teamId } : {}),
        ...(f.azeusNumber != null ? { azeusNumber: f.azeusNumber } : {}),
        ...(f.status != null ? { status: f.status } : {}),
        ...(f.sourceId != null ? { sourceId: f.sourceId } : {}),
        ...(f.sourceKind != null ? { sourceKind: f.sourceKind } : {}),
        ...(f.open != null ? { open: f.open } : {}),
        ...(f.notificationState != null ? { notificationState: f.notificationState } : {}),
        ...(f.timescaleState != null ? { timescaleState: f.timescaleState } : {}),
      },
      asOf,
    );
    return (await (await this.scopes.of(actor)).filterChild(views, remedialActionRef)).map(toRemedialAction);
  }

  @Query(() => ImmediateEscalation, { nullable: true, description: 'CFA-13: one immediate escalation with its clock; null if there is none.' })
  @RecordsChildReads('IMMEDIATE_ESCALATION', idAndCase)
  async immediateEscalation(@Args() args: ImmediateEscalationArgs, @CurrentActor() actor: Actor): Promise<ImmediateEscalation | null> {
    const asOf = await this.ready(immediateEscalationsProjection, args);
    const scope = await this.scopes.of(actor);
    const view = await scope.checkChild(await getImmediateEscalation(this.readStore, args.id, asOf), immediateEscalationRef, `Immediate escalation ${args.id}`);
    return view === null ? null : toImmediateEscalation(view);
  }

  @Query(() => [ImmediateEscalation], {
    description: 'CFA-13: immediate escalations by manager, social worker, case, audit, status and clock state; oldest first.',
  })
  @RecordsChildReads('IMMEDIATE_ESCALATION', idAndCase)
  async immediateEscalations(@Args() args: ImmediateEscalationsArgs, @CurrentActor() actor: Actor): Promise<ImmediateEscalation[]> {
    const asOf = await this.ready(immediateEscalationsProjection, args);
    const f = args.filter ?? {};
    const views = await listImmediateEscalations(
      this.readStore,
      {
        ...(f.managerId != null ? { managerId: f.managerId } : {}),
        ...(f.socialWorkerId != null ? { socialWorkerId: f.socialWorkerId } : {}),
        ...(f.azeusNumber != null ? { azeusNumber: f.azeusNumber } : {}),
        ...(f.auditId != null ? { auditId: f.auditId } : {}),
        ...(f.status != null ? { status: f.status } : {}),
        ...(f.clockState != null ? { clockState: f.clockState } : {}),
      },
      asOf,
    );
    return (await (await this.scopes.of(actor)).filterChild(views, immediateEscalationRef)).map(toImmediateEscalation);
  }

  /** Waits for the requested position; answers the instant the clocks are computed at. */
  private async ready(projection: Pick<Projection, 'name' | 'version'>, args: ReadOptionsArgs): Promise<Date> {
    await this.freshness.waitFor(projection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
    return args.asOf == null ? new Date() : new Date(args.asOf);
  }
}
