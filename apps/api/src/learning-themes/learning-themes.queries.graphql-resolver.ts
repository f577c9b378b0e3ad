import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { remedialActionsProjection } from '../../../../projections/remedial-actions/remedial-actions.projection.js';
import { teamsProjection } from '../../../../projections/teams/teams.projection.js';
import {
  auditGradesProjection,
  gradeDistribution,
  learningThemes,
  listThemedSources,
  moderationMovements,
  themedSourcesProjection,
  weakestCriteria,
} from '../../../../projections/learning-themes/index.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { RecordScopes } from '../access/record-scope.js';
import { withinOf } from '../access/scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { GradeDistributionArgs, LearningThemeSourcesArgs, LearningThemesArgs, PeriodArgs, WeakestCriteriaArgs } from './dto/learning-themes.args.js';
import {
  toGradeDistribution,
  toLearningThemeSource,
  toLearningThemesReport,
  toModerationMovements,
  toWeakCriterion,
} from './learning-themes.mapper.js';
import { GradeDistribution, LearningThemeSource, LearningThemesReport, ModerationMovements, WeakCriterion } from './models/learning-themes.model.js';

/**
 * REP-2, "what do you know about your practice, and how do you know it": grades, the weakest
 * criteria, learning themes from every source with their actions, and moderation movements (CFA-9),
 * for any month, quarter, half-year or year, as at asOf, after waiting for the position asked for.
 */
@Resolver()
export class LearningThemesQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => GradeDistribution, {
    description:
      'REP-2: grades of the case file audits submitted in the period by criterion, team, service area (at submission) or audit type, as given or as moderated (CFA-9), each against the period before with the change in the share Requires Improvement or Inadequate.',
  })
  async gradeDistribution(@Args() args: GradeDistributionArgs, @CurrentActor() actor: Actor): Promise<GradeDistribution> {
    await this.ready(args, [auditGradesProjection, teamsProjection]);
    return toGradeDistribution(
      await gradeDistribution(this.readStore, {
        period: args.period,
        groupBy: args.groupBy,
        ...(args.grades != null ? { grades: args.grades } : {}),
        useModerated: args.useModerated === true,
        asOf: asOf(args),
        ...(await this.within(actor)),
      }),
    );
  }

  @Query(() => [WeakCriterion], { description: 'REP-2: the criteria most often graded Requires Improvement or Inadequate in the period, most first.' })
  async weakestCriteria(@Args() args: WeakestCriteriaArgs, @CurrentActor() actor: Actor): Promise<WeakCriterion[]> {
    await this.ready(args, [auditGradesProjection]);
    const weakest = await weakestCriteria(this.readStore, {
      period: args.period,
      ...(args.limit != null ? { limit: args.limit } : {}),
      useModerated: args.useModerated === true,
      asOf: asOf(args),
      ...(await this.within(actor)),
    });
    return weakest.map(toWeakCriterion);
  }

  @Query(() => LearningThemesReport, {
    description:
      'REP-2: the learning themes of audits, themed audit days, Heads of Service\'s summaries and reports, complaints, compliments and feedback in the period, counted by kind of record against the period before, each with the remedial actions raised from its records and how many are verified.',
  })
  async learningThemes(@Args() args: LearningThemesArgs, @CurrentActor() actor: Actor): Promise<LearningThemesReport> {
    await this.ready(args, [themedSourcesProjection, remedialActionsProjection]);
    return toLearningThemesReport(
      await learningThemes(this.readStore, {
        period: args.period,
        ...(args.sourceKinds != null ? { sourceKinds: args.sourceKinds } : {}),
        asOf: asOf(args),
        ...(await this.within(actor)),
      }),
    );
  }

  @Query(() => ModerationMovements, { description: 'CFA-9: how many grades moderation kept, raised and lowered in the audits moderated in the period, by criterion and overall.' })
  async moderationMovements(@Args() args: PeriodArgs, @CurrentActor() actor: Actor): Promise<ModerationMovements> {
    await this.ready(args, [auditGradesProjection]);
    return toModerationMovements(await moderationMovements(this.readStore, { period: args.period, asOf: asOf(args), ...(await this.within(actor)) }));
  }

  @Query(() => [LearningThemeSource], { description: 'REP-2: the records that carry learning themes, oldest first: how the service knows what it knows.' })
  async learningThemeSources(@Args() args: LearningThemeSourcesArgs, @CurrentActor() actor: Actor): Promise<LearningThemeSource[]> {
    await this.ready(args, [themedSourcesProjection]);
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const f = args.filter ?? {};
    const sources = await listThemedSources(this.readStore, {
      ...(f.sourceKind != null ? { sourceKind: f.sourceKind } : {}),
      ...(f.sourceId != null ? { sourceId: f.sourceId } : {}),
      ...(f.theme != null ? { theme: f.theme } : {}),
      ...(f.period != null ? { period: f.period } : {}),
      ...(f.includeUncounted ? { includeUncounted: true } : {}),
      ...(await this.within(actor)),
    });
    return sources.map(toLearningThemeSource);
  }

  /** Issue 6 item 2: a team manager's figures are their team's, a Head of Service's their service area's. */
  private async within(actor: Actor): Promise<ReturnType<typeof withinOf>> {
    return withinOf((await this.scopes.of(actor)).aggregateLimit());
  }

  private async ready(args: ReadOptionsArgs, projections: readonly { name: string; version: number }[]): Promise<void> {
    if (args.atLeastPosition == null) return;
    const position = BigInt(args.atLeastPosition);
    for (const projection of projections) await this.freshness.waitFor(projection, position);
  }
}

/** asOf as an instant; a date alone means the end of that day (UTC), so its records are counted. */
function asOf(args: ReadOptionsArgs): Date {
  if (args.asOf == null) return new Date();
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(args.asOf) ? `${args.asOf}T23:59:59.999Z` : args.asOf);
}
