import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { getCaseFileAudit, listCaseFileAudits } from '../../../../projections/case-file-audits/case-file-audits.queries.js';
import { moderationStatisticsProjection } from '../../../../projections/moderation-statistics/moderation-statistics.projection.js';
import { moderationStatistics } from '../../../../projections/moderation-statistics/moderation-statistics.queries.js';
import { caseFileAuditRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { withinOf } from '../access/scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { toCaseFileAudit, toModerationStatistics } from './case-file-audit.mapper.js';
import { CaseFileAuditArgs, CaseFileAuditsArgs } from './dto/case-file-audit-queries.args.js';
import { ModerationStatisticsArgs } from './dto/moderation-statistics.args.js';
import { CaseFileAudit } from './models/case-file-audit.model.js';
import { ModerationStatistics } from './models/moderation-statistics.model.js';
import { RecordsChildReads, idAndCase } from '../read-log/records-child-reads.decorator.js';

/** Reads of the caseFileAudits read model, after waiting for the position the client asked for. */
@Resolver(() => CaseFileAudit)
export class CaseFileAuditQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => CaseFileAudit, { nullable: true, description: 'One case file audit, every field of the form; null if there is none with this id.' })
  @RecordsChildReads('CASE_FILE_AUDIT', idAndCase)
  async caseFileAudit(@Args() args: CaseFileAuditArgs, @CurrentActor() actor: Actor): Promise<CaseFileAudit | null> {
    const asOf = await this.ready(args);
    const scope = await this.scopes.of(actor);
    const document = await scope.checkChild(await getCaseFileAudit(this.readStore, args.id), caseFileAuditRef, `Case file audit ${args.id}`);
    return document === null ? null : toCaseFileAudit(document, asOf);
  }

  @Query(() => [CaseFileAudit], { description: 'Case file audits by auditor, team, status and due date, sorted by due date.' })
  @RecordsChildReads('CASE_FILE_AUDIT', idAndCase)
  async caseFileAudits(@Args() args: CaseFileAuditsArgs, @CurrentActor() actor: Actor): Promise<CaseFileAudit[]> {
    const asOf = await this.ready(args);
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const filter = args.filter ?? {};
    const documents = await listCaseFileAudits(this.readStore, {
      ...(filter.auditorId != null ? { auditorId: filter.auditorId } : {}),
      ...(filter.teamId != null ? { teamId: filter.teamId } : {}),
      ...(filter.status != null ? { status: filter.status } : {}),
      ...(filter.dueBefore != null ? { dueBefore: filter.dueBefore } : {}),
      ...(filter.dueAfter != null ? { dueAfter: filter.dueAfter } : {}),
      ...(filter.overdueOnly ? { overdueAsOf: asOf } : {}),
      ...(filter.awaitingModeration ? { awaitingModeration: true } : {}),
    });
    const visible = await (await this.scopes.of(actor)).filterChild(documents, caseFileAuditRef);
    return visible.map((document) => toCaseFileAudit(document, asOf));
  }

  @Query(() => ModerationStatistics, {
    description: 'CFA-9: agreement rates per auditor and per team, and how moderation moved grades, by month of moderation.',
  })
  async moderationStatistics(@Args() args: ModerationStatisticsArgs, @CurrentActor() actor: Actor): Promise<ModerationStatistics> {
    await this.freshness.waitFor(
      moderationStatisticsProjection,
      args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition),
    );
    const filter = args.filter ?? {};
    const statistics = await moderationStatistics(this.readStore, {
      ...(filter.auditorId != null ? { auditorId: filter.auditorId } : {}),
      ...(filter.teamId != null ? { teamId: filter.teamId } : {}),
      ...(filter.from != null ? { from: filter.from } : {}),
      ...(filter.to != null ? { to: filter.to } : {}),
      ...withinOf((await this.scopes.of(actor)).aggregateLimit()),
    });
    return toModerationStatistics(statistics);
  }

  /** Waits for the requested position; answers the instant the query is evaluated at. */
  private async ready(args: ReadOptionsArgs): Promise<Date> {
    await this.freshness.waitFor(
      caseFileAuditsProjection,
      args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition),
    );
    return args.asOf == null ? new Date() : new Date(args.asOf);
  }
}
