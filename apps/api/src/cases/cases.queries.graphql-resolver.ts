import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { caseAsAt, casesProjection, getCase, listCases } from '../../../../projections/cases/index.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { positionOf } from '../people/dto/fresh-read.args.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { toCase } from './cases.mapper.js';
import { CaseArgs, CasesArgs } from './dto/case-queries.args.js';
import { Case } from './models/case.model.js';
import { RecordsChildReads } from '../read-log/records-child-reads.decorator.js';
import { byField } from '../read-log/child-record-selectors.js';

/** Reads of the caseload read model. */
@Resolver()
export class CasesQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => Case, {
    nullable: true,
    description: 'One case by Azeus number, as recorded now or as it stood on asAt; null if unknown (or not yet opened on asAt).',
  })
  @RecordsChildReads('CASE', byField('azeusNumber'))
  async case(@Args() args: CaseArgs, @CurrentActor() actor: Actor): Promise<Case | null> {
    await this.freshness.waitFor(casesProjection, positionOf(args));
    const document = await getCase(this.readStore, args.azeusNumber);
    if (document === null) return null;
    await (await this.scopes.of(actor)).checkCase(args.azeusNumber, args.asAt ?? null);
    if (args.asAt == null) return toCase(document, null);
    const asAt = caseAsAt(document, args.asAt);
    return asAt === null ? null : toCase(document, asAt);
  }

  @Query(() => [Case], { description: 'Cases as recorded now, by team, allocated worker, category and status, sorted by Azeus number.' })
  @RecordsChildReads('CASE', byField('azeusNumber'))
  async cases(@Args() args: CasesArgs, @CurrentActor() actor: Actor): Promise<Case[]> {
    await this.freshness.waitFor(casesProjection, positionOf(args));
    const f = args.filter ?? {};
    const documents = await listCases(this.readStore, {
      ...(f.teamId != null ? { teamId: f.teamId } : {}),
      ...(f.allocatedWorkerId != null ? { allocatedWorkerId: f.allocatedWorkerId } : {}),
      ...(f.category != null ? { category: f.category } : {}),
      ...(f.status != null ? { status: f.status } : {}),
      ...(f.unallocated != null ? { unallocated: f.unallocated } : {}),
    });
    return (await (await this.scopes.of(actor)).filterCases(documents)).map((document) => toCase(document, null));
  }
}
