import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { independentAuditsProjection } from '../../../../projections/independent-audits/independent-audits.projection.js';
import {
  findIndependentAuditByAudit,
  getIndependentAudit,
  listIndependentAudits,
} from '../../../../projections/independent-audits/independent-audits.queries.js';
import { independentAuditRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { IndependentAuditArgs, IndependentAuditByAuditArgs, IndependentAuditsArgs } from './dto/independent-audit-queries.args.js';
import { toIndependentAudit } from './independent-audit.mapper.js';
import { IndependentAudit } from './models/independent-audit.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';

/** Reads of independent audit commissions (CFA-10), after waiting for the position the client asked for. */
@Resolver()
export class IndependentAuditQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => IndependentAudit, { nullable: true, description: 'CFA-10: one commission; null if there is none with this id.' })
  @RecordsChildReads('INDEPENDENT_AUDIT', idAndCase)
  async independentAudit(@Args() args: IndependentAuditArgs, @CurrentActor() actor: Actor): Promise<IndependentAudit | null> {
    const asOf = await this.ready(args);
    const scope = await this.scopes.of(actor);
    const view = await scope.checkChild(await getIndependentAudit(this.readStore, args.id, { asOf }), independentAuditRef, `Independent audit ${args.id}`);
    return view === null ? null : toIndependentAudit(view);
  }

  @Query(() => IndependentAudit, {
    nullable: true,
    description: 'CFA-10: the commission a case file audit carries out; null if it carries none out.',
  })
  @RecordsChildReads('INDEPENDENT_AUDIT', idAndCase)
  async independentAuditByAudit(@Args() args: IndependentAuditByAuditArgs, @CurrentActor() actor: Actor): Promise<IndependentAudit | null> {
    const asOf = await this.ready(args);
    const scope = await this.scopes.of(actor);
    const document = await scope.checkChild(await findIndependentAuditByAudit(this.readStore, args.auditId), independentAuditRef, `The independent audit of ${args.auditId}`);
    if (document === null) return null;
    const view = await getIndependentAudit(this.readStore, document.id, { asOf });
    return view === null ? null : toIndependentAudit(view);
  }

  @Query(() => [IndependentAudit], {
    description: 'CFA-10: commissions by status, S&QA officer, commissioner, case and team, with overdue at asOf (CFA-6); by due date.',
  })
  @RecordsChildReads('INDEPENDENT_AUDIT', idAndCase)
  async independentAudits(@Args() args: IndependentAuditsArgs, @CurrentActor() actor: Actor): Promise<IndependentAudit[]> {
    const asOf = await this.ready(args);
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const f = args.filter ?? {};
    const views = await listIndependentAudits(this.readStore, {
      asOf,
      ...(f.status != null ? { status: f.status } : {}),
      ...(f.auditorId != null ? { auditorId: f.auditorId } : {}),
      ...(f.commissionedBy != null ? { commissionedBy: f.commissionedBy } : {}),
      ...(f.azeusNumber != null ? { azeusNumber: f.azeusNumber } : {}),
      ...(f.teamId != null ? { teamId: f.teamId } : {}),
      ...(f.overdueOnly ? { overdueOnly: true } : {}),
    });
    return (await (await this.scopes.of(actor)).filterChild(views, independentAuditRef)).map(toIndependentAudit);
  }

  /** Waits for the requested position; answers the instant overdue is judged at. */
  private async ready(args: ReadOptionsArgs): Promise<string> {
    await this.freshness.waitFor(independentAuditsProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
    return args.asOf == null ? new Date().toISOString() : new Date(args.asOf).toISOString();
  }
}
