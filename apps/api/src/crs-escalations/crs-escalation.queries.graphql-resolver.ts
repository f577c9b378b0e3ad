import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  crsEscalationsProjection,
  getCrsEscalation,
  listCrsEscalationsByCase,
  listCrsEscalationsByRaiser,
  listCrsEscalationsByRecipient,
  listOverdueCrsEscalations,
  type CrsEscalationListOptions,
} from '../../../../projections/crs-escalations/index.js';
import { crsEscalationRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { InputValidationError } from '../errors/api-errors.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { toCrsEscalation } from './crs-escalation.mapper.js';
import { CrsEscalationArgs, CrsEscalationsArgs, OverdueCrsEscalationsArgs } from './dto/crs-escalation-queries.args.js';
import { CrsEscalation } from './models/crs-escalation.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';

/**
 * Reads of the crsEscalations read model (CRS-1), after waiting for the position the client asked
 * for. Every stage clock is computed at the query's asOf (default now; a bare date is its start, UTC).
 */
@Resolver()
export class CrsEscalationQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => CrsEscalation, { nullable: true, description: 'One escalation with its stage clocks; null if there is none with this id.' })
  @RecordsChildReads('CRS_ESCALATION', idAndCase)
  async crsEscalation(@Args() args: CrsEscalationArgs, @CurrentActor() actor: Actor): Promise<CrsEscalation | null> {
    const asOf = await this.ready(args);
    const scope = await this.scopes.of(actor);
    const view = await scope.checkChild(await getCrsEscalation(this.readStore, args.id, { asOf }), crsEscalationRef, `CRS escalation ${args.id}`);
    return view === null ? null : toCrsEscalation(view);
  }

  @Query(() => [CrsEscalation], {
    description: "Escalations about a case, with a recipient now, or raised by a chair (exactly one), newest first; status and overdueOnly narrow them (CRS-1).",
  })
  @RecordsChildReads('CRS_ESCALATION', idAndCase)
  async crsEscalations(@Args() args: CrsEscalationsArgs, @CurrentActor() actor: Actor): Promise<CrsEscalation[]> {
    const f = args.filter;
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const keys = (['azeusNumber', 'recipientId', 'raisedBy'] as const).filter((key) => f[key] != null);
    if (keys.length !== 1) {
      throw new InputValidationError([
        {
          field: 'filter',
          constraint: 'exactlyOneOf',
          message: `filter needs exactly one of azeusNumber, recipientId and raisedBy${keys.length > 1 ? `, not ${keys.join(' and ')}` : ''}`,
        },
      ]);
    }
    const asOf = await this.ready(args);
    const options: CrsEscalationListOptions = { asOf, ...(f.status != null ? { status: f.status } : {}), overdueOnly: f.overdueOnly === true };
    const views =
      f.azeusNumber != null
        ? await listCrsEscalationsByCase(this.readStore, f.azeusNumber, options)
        : f.recipientId != null
          ? await listCrsEscalationsByRecipient(this.readStore, f.recipientId, options)
          : await listCrsEscalationsByRaiser(this.readStore, f.raisedBy!, options);
    return (await (await this.scopes.of(actor)).filterChild(views, crsEscalationRef)).map(toCrsEscalation);
  }

  @Query(() => [CrsEscalation], {
    description: "CRS-1: escalations open at asOf whose stage's response is past its due day, most overdue first; for one recipient when named.",
  })
  @RecordsChildReads('CRS_ESCALATION', idAndCase)
  async overdueCrsEscalations(@Args() args: OverdueCrsEscalationsArgs, @CurrentActor() actor: Actor): Promise<CrsEscalation[]> {
    const asOf = await this.ready(args);
    const views = await listOverdueCrsEscalations(this.readStore, { asOf, ...(args.recipientId != null ? { recipientId: args.recipientId } : {}) });
    return (await (await this.scopes.of(actor)).filterChild(views, crsEscalationRef)).map(toCrsEscalation);
  }

  /** Waits for the requested position; answers the instant the query is evaluated at. */
  private async ready(args: ReadOptionsArgs): Promise<string> {
    await this.freshness.waitFor(crsEscalationsProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
    if (args.asOf == null) return new Date().toISOString();
    return /^\d{4}-\d{2}-\d{2}$/.test(args.asOf) ? `${args.asOf}T00:00:00.000Z` : args.asOf;
  }
}
