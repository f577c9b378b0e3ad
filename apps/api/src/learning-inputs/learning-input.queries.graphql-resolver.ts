import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  MAX_THEME_PERIODS,
  getLearningInput,
  learningInputsProjection,
  learningThemeCounts,
  listLearningInputs,
  periodsBetween,
} from '../../../../projections/learning-inputs/index.js';
import { InputValidationError } from '../errors/api-errors.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import { LearningInputArgs, LearningInputsArgs, LearningThemeCountsArgs } from './dto/learning-input-queries.args.js';
import { toLearningInput, toLearningThemePeriodCounts } from './learning-input.mapper.js';
import { LearningInput, LearningThemePeriodCounts } from './models/learning-input.model.js';

/** Reads of the learningInputs read model (section 2, REP-2), after waiting for the position the client asked for. */
@Resolver()
export class LearningInputQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Query(() => LearningInput, { nullable: true, description: 'One learning input, withdrawn or not; null if there is none with this id.' })
  async learningInput(@Args() args: LearningInputArgs): Promise<LearningInput | null> {
    await this.ready(args);
    const document = await getLearningInput(this.readStore, args.id);
    return document === null ? null : toLearningInput(document);
  }

  @Query(() => [LearningInput], {
    description: 'Learning inputs by kind, team, service area, learning theme and period received, in the order received. REP-2.',
  })
  async learningInputs(@Args() args: LearningInputsArgs): Promise<LearningInput[]> {
    await this.ready(args);
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const f = args.filter ?? {};
    const documents = await listLearningInputs(this.readStore, {
      ...(f.kind != null ? { kind: f.kind } : {}),
      ...(f.teamId != null ? { teamId: f.teamId } : {}),
      ...(f.serviceAreaId != null ? { serviceAreaId: f.serviceAreaId } : {}),
      ...(f.theme != null ? { theme: f.theme } : {}),
      ...(f.from != null ? { from: f.from } : {}),
      ...(f.to != null ? { to: f.to } : {}),
      ...(f.includeWithdrawn ? { includeWithdrawn: true } : {}),
    });
    return documents.map(toLearningInput);
  }

  @Query(() => [LearningThemePeriodCounts], {
    description:
      'REP-2: the learning themes of the inputs received in each month or quarter from `from` to `to`, each counted against the period before, most inputs first. Withdrawn inputs are not counted.',
  })
  async learningThemeCounts(@Args() args: LearningThemeCountsArgs): Promise<LearningThemePeriodCounts[]> {
    const to = args.to ?? args.from;
    if (to < args.from) {
      throw new InputValidationError([{ field: 'to', constraint: 'notBeforeFrom', message: `to (${to}) is before from (${args.from})` }]);
    }
    if (periodsBetween(args.period, args.from, to).length >= MAX_THEME_PERIODS) {
      throw new InputValidationError([
        { field: 'to', constraint: 'maxPeriods', message: `at most ${MAX_THEME_PERIODS - 1} periods are counted at once` },
      ]);
    }
    await this.ready(args);
    const periods = await learningThemeCounts(this.readStore, {
      period: args.period,
      from: args.from,
      to,
      ...(args.kind != null ? { kind: args.kind } : {}),
      ...(args.teamId != null ? { teamId: args.teamId } : {}),
      ...(args.serviceAreaId != null ? { serviceAreaId: args.serviceAreaId } : {}),
    });
    return periods.map(toLearningThemePeriodCounts);
  }

  private async ready(args: ReadOptionsArgs): Promise<void> {
    await this.freshness.waitFor(learningInputsProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
  }
}
