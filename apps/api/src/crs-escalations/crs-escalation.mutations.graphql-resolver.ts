import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  crsEscalationDecider,
  crsEscalationStreamId,
  type Actor,
  type CommandMetadata,
  type CrsEscalationCommand,
} from '../../../../libs/domain/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import {
  EscalateCrsEscalationArgs,
  RaiseCrsEscalationArgs,
  ResolveCrsEscalationArgs,
  RespondToCrsEscalationArgs,
  WithdrawCrsEscalationArgs,
} from './dto/crs-escalation.input.js';

// Ids the server derives (from a commandId, or from the escalation and an action's place), so a
// retried command targets the same escalation and agrees the same actions. Never change it.
const DERIVED_ID_NAMESPACE = '8c1f4e2a-7b3d-5a90-9e6f-2d4b8a1c3e57';

type Data<T extends CrsEscalationCommand['type']> = Extract<CrsEscalationCommand, { type: T }>['data'];

/**
 * The CRS escalation's mutations (CRS-1): each turns its input into one task-based domain command
 * and sends it over the CommandBus to the generic handler. Who may do what is the decider's.
 */
@Resolver()
export class CrsEscalationMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandReceipt, {
    description:
      "CRS-1: an IRO or CP chair raises an escalation about a child's case; the Team Manager is notified at once, and a serious issue or a management decision goes to the Manager of the service area (formal stage 2).",
  })
  raiseCrsEscalation(
    @Args() { input, ...options }: RaiseCrsEscalationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const escalationId = input.escalationId ?? uuidv5(`crsEscalation:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    return this.send(escalationId, options, metadata, 'RaiseCrsEscalation', {
      escalationId,
      azeusNumber: input.azeusNumber,
      teamId: input.teamId ?? null,
      concern: input.concern,
      practiceIssue: input.practiceIssue,
      teamManagerId: input.teamManagerId,
      headOfServiceId: input.headOfServiceId ?? null,
      serious: input.serious ?? false,
      managementDecision: input.managementDecision ?? false,
      route: input.route ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: "CRS-1: the current stage's recipient records their response; the stage's clock stops." })
  respondToCrsEscalation(
    @Args() { input, ...options }: RespondToCrsEscalationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.escalationId, options, metadata, 'RespondToCrsEscalation', { escalationId: input.escalationId, response: input.response });
  }

  @Mutation(() => CommandReceipt, { description: 'CRS-1: the raising chair takes the escalation to the next stage (to formal stage 1, 2, then 3).' })
  escalateCrsEscalation(
    @Args() { input, ...options }: EscalateCrsEscalationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.escalationId, options, metadata, 'EscalateCrsEscalation', {
      escalationId: input.escalationId,
      reason: input.reason,
      recipientId: input.recipientId ?? null,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: "CRS-1: the raising chair accepts the current stage's response: resolved, with its outcome and any agreed actions (each becomes a remedial action).",
  })
  resolveCrsEscalation(
    @Args() { input, ...options }: ResolveCrsEscalationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.escalationId, options, metadata, 'ResolveCrsEscalation', {
      escalationId: input.escalationId,
      outcome: input.outcome,
      agreedActions: (input.agreedActions ?? []).map((a, index) => ({
        // An escalation is resolved once, so its id and the action's place name the action for good.
        actionId: a.actionId ?? uuidv5(`crsEscalationAction:${input.escalationId}:${index}`, DERIVED_ID_NAMESPACE),
        description: a.description,
        ownerId: a.ownerId,
        managerId: a.managerId,
        timescale: a.timescale,
      })),
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CRS-1: the raising chair withdraws the escalation.' })
  withdrawCrsEscalation(
    @Args() { input, ...options }: WithdrawCrsEscalationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.escalationId, options, metadata, 'WithdrawCrsEscalation', { escalationId: input.escalationId, reason: input.reason });
  }

  private async send<T extends CrsEscalationCommand['type']>(
    escalationId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as CrsEscalationCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(crsEscalationStreamId(escalationId), crsEscalationDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(escalationId, result);
  }
}
