import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  complianceAuditsProjection,
  complianceQuotaForSupervisee,
  getComplianceAudit,
  listComplianceAuditsByAuditor,
  listComplianceAuditsByCase,
  listComplianceAuditsBySupervisee,
  type ComplianceAuditListOptions,
} from '../../../../projections/compliance-audits/index.js';
import { complianceAuditRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { InputValidationError } from '../errors/api-errors.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { toComplianceAudit, toComplianceQuota } from './compliance-audit.mapper.js';
import { ComplianceAuditArgs, ComplianceAuditsArgs, ComplianceQuotaArgs } from './dto/compliance-audit-queries.args.js';
import { ComplianceAudit, ComplianceQuota } from './models/compliance-audit.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';

/**
 * Reads of the complianceAudits read model (CFA-4, CFA-5), after waiting for the position the
 * client asked for. Overdue (CFA-6) is computed at the query's asOf (default now).
 */
@Resolver()
export class ComplianceAuditQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => ComplianceAudit, { nullable: true, description: 'One compliance audit; null if there is none with this id.' })
  @RecordsChildReads('COMPLIANCE_AUDIT', idAndCase)
  async complianceAudit(@Args() args: ComplianceAuditArgs, @CurrentActor() actor: Actor): Promise<ComplianceAudit | null> {
    const asOf = await this.ready(args);
    const scope = await this.scopes.of(actor);
    const view = await scope.checkChild(await getComplianceAudit(this.readStore, args.id, { asOf }), complianceAuditRef, `Compliance audit ${args.id}`);
    return view === null ? null : toComplianceAudit(view);
  }

  @Query(() => [ComplianceAudit], {
    description: 'Compliance audits of a supervisee, by an auditor or of a case (exactly one), sorted by the supervision they precede.',
  })
  @RecordsChildReads('COMPLIANCE_AUDIT', idAndCase)
  async complianceAudits(@Args() args: ComplianceAuditsArgs, @CurrentActor() actor: Actor): Promise<ComplianceAudit[]> {
    const f = args.filter;
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const keys = (['superviseeId', 'auditorId', 'azeusNumber'] as const).filter((key) => f[key] != null);
    if (keys.length !== 1) {
      throw new InputValidationError([
        {
          field: 'filter',
          constraint: 'exactlyOneOf',
          message: `filter needs exactly one of superviseeId, auditorId and azeusNumber${keys.length > 1 ? `, not ${keys.join(' and ')}` : ''}`,
        },
      ]);
    }
    const asOf = await this.ready(args);
    const options: ComplianceAuditListOptions = { asOf, ...(f.status != null ? { status: f.status } : {}) };
    const views =
      f.superviseeId != null
        ? await listComplianceAuditsBySupervisee(this.readStore, f.superviseeId, options)
        : f.auditorId != null
          ? await listComplianceAuditsByAuditor(this.readStore, f.auditorId, options)
          : await listComplianceAuditsByCase(this.readStore, f.azeusNumber!, options);
    const visible = await (await this.scopes.of(actor)).filterChild(views, complianceAuditRef);
    return visible.filter((v) => !f.overdueOnly || v.overdue).map(toComplianceAudit);
  }

  @Query(() => ComplianceQuota, {
    description: 'CFA-4: the compliance audits counted towards a supervisee\'s upcoming supervision, and how many of the two are still owed.',
  })
  async complianceQuota(@Args() args: ComplianceQuotaArgs, @CurrentActor() actor: Actor): Promise<ComplianceQuota> {
    await this.ready(args);
    (await this.scopes.of(actor)).checkWorkOf(args.superviseeId, 'superviseeId');
    const quota = await complianceQuotaForSupervisee(this.readStore, args.superviseeId, {
      upcomingSupervisionDate: args.upcomingSupervisionDate,
      previousSupervisionDate: args.previousSupervisionDate ?? null,
    });
    return toComplianceQuota(quota);
  }

  /** Waits for the requested position; answers the instant the query is evaluated at. */
  private async ready(args: ReadOptionsArgs): Promise<string> {
    await this.freshness.waitFor(
      complianceAuditsProjection,
      args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition),
    );
    return args.asOf ?? new Date().toISOString();
  }
}
