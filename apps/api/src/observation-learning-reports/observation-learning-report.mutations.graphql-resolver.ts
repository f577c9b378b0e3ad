import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  observationLearningReportDecider,
  observationLearningReportId,
  observationLearningReportStreamId,
  type Actor,
  type ObservationLearningReportCommand,
} from '../../../../libs/domain/src/index.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { serviceAreasHeadedBy } from '../../../../projections/observation-learning-reports/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { DraftObservationLearningReportArgs, SubmitObservationLearningReportArgs } from './dto/observation-learning-report.input.js';

/**
 * The observation learning report's mutations (OBS-6). The report is the caller's for the year
 * (one stream per Head of Service per year); the staff directory supplies the service areas they head.
 */
@Resolver()
export class ObservationLearningReportMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description: "OBS-6: a Head of Service drafts (or redrafts) their report of the year's learning from staff observation in a service area they head.",
  })
  async draftObservationLearningReport(
    @Args() { input, ...options }: DraftObservationLearningReportArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const command: ObservationLearningReportCommand = {
      type: 'DraftObservationLearningReport',
      data: {
        year: input.year,
        serviceAreaId: input.serviceAreaId,
        learning: input.learning,
        themes: input.themes,
        strengths: input.strengths,
        areasForDevelopment: input.areasForDevelopment,
        serviceAreasHeaded: await serviceAreasHeadedBy(this.readStore, actor.staffId, metadata.now.slice(0, 10)),
      },
      metadata,
    };
    return this.send(actor, input.year, options, command);
  }

  @Mutation(() => CommandReceipt, { description: "OBS-6: the Head of Service submits their drafted report for the year; it then no longer changes." })
  submitObservationLearningReport(
    @Args() { input, ...options }: SubmitObservationLearningReportArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(actor, input.year, options, { type: 'SubmitObservationLearningReport', data: { year: input.year }, metadata });
  }

  private async send(actor: Actor, year: number, options: CommandOptionsArgs, command: ObservationLearningReportCommand): Promise<CommandReceipt> {
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(observationLearningReportStreamId(actor.staffId, year), observationLearningReportDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(observationLearningReportId(actor.staffId, year), result);
  }
}
