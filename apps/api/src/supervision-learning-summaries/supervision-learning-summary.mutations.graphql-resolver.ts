import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  supervisionLearningSummaryDecider,
  supervisionLearningSummaryId,
  supervisionLearningSummaryStreamId,
  type Actor,
  type SupervisionLearningSummaryCommand,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { listStaff, staffProjection } from '../../../../projections/staff/index.js';
import { getTeam, teamsProjection } from '../../../../projections/teams/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import {
  DraftSupervisionLearningSummaryArgs,
  RecordDmtReviewOfSupervisionLearningSummaryArgs,
  SubmitSupervisionLearningSummaryArgs,
} from './dto/supervision-learning-summary.input.js';

/**
 * SUP-6: the Head of Service's quarterly summary of issues and learning from supervision audits,
 * and DMT's quarterly review of it. Each mutation sends one task-based command over the CommandBus
 * to the stream of that Head of Service and quarter; every rule is the decider's.
 */
@Resolver()
export class SupervisionLearningSummaryMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      "SUP-6: a Head of Service (the caller) writes the quarter's summary of issues and learning from supervision audits, or revises it until submitted. The receipt's id is the summary's id.",
  })
  async draftSupervisionLearningSummary(
    @Args() { input, ...options }: DraftSupervisionLearningSummaryArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const serviceAreaId = input.serviceAreaId ?? (await this.serviceAreaOf(actor.staffId));
    return this.send(actor.staffId, input.quarter, options, {
      type: 'DraftSupervisionLearningSummary',
      data: {
        headOfServiceId: actor.staffId,
        quarter: input.quarter,
        serviceAreaId,
        issues: input.issues,
        learning: input.learning,
        themes: input.themes ?? [],
        supervisionAuditIds: input.supervisionAuditIds ?? [],
      },
      metadata,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'SUP-6: the Head of Service (the caller) submits the quarter\'s summary for DMT to review.' })
  submitSupervisionLearningSummary(
    @Args() { input, ...options }: SubmitSupervisionLearningSummaryArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(actor.staffId, input.quarter, options, {
      type: 'SubmitSupervisionLearningSummary',
      data: { headOfServiceId: actor.staffId, quarter: input.quarter },
      metadata,
    });
  }

  @Mutation(() => CommandReceipt, { description: "SUP-6: a DMT member (the caller) records DMT's quarterly review of a submitted summary." })
  recordDmtReviewOfSupervisionLearningSummary(
    @Args() { input, ...options }: RecordDmtReviewOfSupervisionLearningSummaryArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.headOfServiceId, input.quarter, options, {
      type: 'RecordDmtReviewOfSupervisionLearningSummary',
      data: { headOfServiceId: input.headOfServiceId, quarter: input.quarter, reviewDate: input.reviewDate, comments: input.comments },
      metadata,
    });
  }

  private async send(
    headOfServiceId: string,
    quarter: string,
    options: CommandOptionsArgs,
    command: SupervisionLearningSummaryCommand,
  ): Promise<CommandReceipt> {
    const summaryId = supervisionLearningSummaryId(headOfServiceId, quarter);
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(
        supervisionLearningSummaryStreamId(summaryId),
        supervisionLearningSummaryDecider,
        command,
        options.expectedRevision ?? undefined,
      ),
    );
    return CommandReceipt.of(summaryId, result);
  }

  /** The one service area of the teams of the Head of Service's line reports, or null (none, or several). */
  private async serviceAreaOf(headOfServiceId: string): Promise<string | null> {
    const head = await this.eventStore.headPosition();
    if (head !== null) {
      await this.freshness.waitFor(staffProjection, head);
      await this.freshness.waitFor(teamsProjection, head);
    }
    const reports = await listStaff(this.readStore, { lineManagerId: headOfServiceId });
    const teamIds = [...new Set(reports.map((r) => r.teamId).filter((t): t is string => t !== null))];
    const teams = await Promise.all(teamIds.map((teamId) => getTeam(this.readStore, teamId)));
    const areas = new Set(teams.filter((t) => t !== null).map((t) => t!.serviceAreaId));
    return areas.size === 1 ? [...areas][0]! : null;
  }
}
