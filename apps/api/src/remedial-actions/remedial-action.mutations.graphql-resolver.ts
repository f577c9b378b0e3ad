import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  immediateEscalationDecider,
  immediateEscalationStreamId,
  remedialActionDecider,
  remedialActionStreamId,
  type Actor,
  type CommandMetadata,
  type ImmediateEscalationCommand,
  type RemedialActionCommand,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import {
  AcknowledgeImmediateEscalationArgs,
  AcknowledgeRemedialActionArgs,
  CompleteRemedialActionArgs,
  RaiseRemedialActionArgs,
  ReopenRemedialActionArgs,
  VerifyRemedialActionArgs,
} from './dto/remedial-action.input.js';
import { raiseFromAudit } from './remedial-action-source.js';

// Action ids the server derives from a commandId, so a retried raise targets the same action and
// is recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = '3f8e2b6c-71d4-5a09-8c3e-5b1f0d7a9e24';

type Data<T extends RemedialActionCommand['type']> = Extract<RemedialActionCommand, { type: T }>['data'];

/**
 * The remedial action's mutations (CFA-5, CFA-7) and the acknowledgement of an immediate
 * escalation (CFA-13): each turns its input into one task-based domain command and sends it over
 * the CommandBus to the generic handler. Who may do what is the deciders' to say.
 */
@Resolver()
export class RemedialActionMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      'CFA-7: raise a remedial action from a submitted case file audit, with its owner, manager, timescale and whom to copy. The worker and the manager are notified (within 48 hours of the submission) by the service.',
  })
  async raiseRemedialAction(
    @Args() { input, ...options }: RaiseRemedialActionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const actionId = input.actionId ?? uuidv5(`remedialAction:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    const data = await raiseFromAudit(this.eventStore, {
      actionId,
      auditId: input.auditId,
      recommendationId: input.recommendationId ?? null,
      ownerId: input.ownerId ?? null,
      managerId: input.managerId ?? null,
      description: input.description,
      timescale: input.timescale,
      copyTo: input.copyTo ?? [],
    });
    return this.send(actionId, options, metadata, 'RaiseRemedialAction', data);
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-7: the owner acknowledges the action.' })
  acknowledgeRemedialAction(
    @Args() { input, ...options }: AcknowledgeRemedialActionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.actionId, options, metadata, 'AcknowledgeRemedialAction', { actionId: input.actionId });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-7: the owner completes the acknowledged action, with evidence.' })
  completeRemedialAction(
    @Args() { input, ...options }: CompleteRemedialActionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.actionId, options, metadata, 'CompleteRemedialAction', {
      actionId: input.actionId,
      evidence: input.evidence,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-5: the manager verifies the completed action in supervision.' })
  verifyRemedialAction(
    @Args() { input, ...options }: VerifyRemedialActionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.actionId, options, metadata, 'VerifyRemedialAction', {
      actionId: input.actionId,
      supervisionDate: input.supervisionDate,
      supervisionSessionId: input.supervisionSessionId ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-5: the manager reopens a completed action found not done, with a new timescale.' })
  reopenRemedialAction(
    @Args() { input, ...options }: ReopenRemedialActionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.actionId, options, metadata, 'ReopenRemedialAction', {
      actionId: input.actionId,
      reason: input.reason,
      timescale: input.timescale,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: 'CFA-13: the manager an immediate escalation went to acknowledges it and says what will be done.',
  })
  async acknowledgeImmediateEscalation(
    @Args() { input, ...options }: AcknowledgeImmediateEscalationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const command: ImmediateEscalationCommand = {
      type: 'AcknowledgeImmediateEscalation',
      data: { escalationId: input.escalationId, response: input.response },
      metadata,
    };
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(
        immediateEscalationStreamId(input.escalationId),
        immediateEscalationDecider,
        command,
        options.expectedRevision ?? undefined,
      ),
    );
    return CommandReceipt.of(input.escalationId, result);
  }

  private async send<T extends RemedialActionCommand['type']>(
    actionId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as RemedialActionCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(remedialActionStreamId(actionId), remedialActionDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(actionId, result);
  }
}
