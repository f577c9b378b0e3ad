import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  dipSampleDecider,
  dipSampleStreamId,
  type Actor,
  type CommandMetadata,
  type DipSampleCommand,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { dipSampledAuditFacts } from '../independent-audits/case-file-audit-facts.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import {
  CompleteDipSampleArgs,
  JudgeDipSampledAuditQualityArgs,
  JudgeRemedialActionFollowThroughArgs,
  RaiseDipSampleFollowUpActionArgs,
  StartDipSampleArgs,
} from './dto/dip-sample.input.js';

// Dip sample ids the server derives from a commandId, so a retried start targets the same stream
// and is recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = '5e7c9a13-4d2f-5b60-8a1e-3c5f7b9d2e48';

type Data<T extends DipSampleCommand['type']> = Extract<DipSampleCommand, { type: T }>['data'];

/**
 * The dip sample's mutations (CFA-11): each turns its input into one task-based command and sends
 * it over the CommandBus to the generic handler. The audit sampled is read from its own stream
 * first, so the decision stays pure; S&QA only, never one's own audit, is the decider's rule.
 */
@Resolver()
export class DipSampleMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description: "CFA-11: an S&QA officer or manager starts a dip sample of another auditor's submitted case file audit.",
  })
  async startDipSample(
    @Args() { input, ...options }: StartDipSampleArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const dipSampleId = input.dipSampleId ?? uuidv5(`dipSample:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    const audit = await dipSampledAuditFacts(this.eventStore, input.auditId);
    return this.send(dipSampleId, options, metadata, 'StartDipSample', { dipSampleId, auditId: input.auditId, audit });
  }

  @Mutation(() => CommandReceipt, { description: "CFA-11: judge the sampled audit's quality, with findings." })
  judgeDipSampledAuditQuality(
    @Args() { input, ...options }: JudgeDipSampledAuditQualityArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.dipSampleId, options, metadata, 'JudgeDipSampledAuditQuality', {
      dipSampleId: input.dipSampleId,
      judgement: input.judgement,
      findings: input.findings,
    });
  }

  @Mutation(() => CommandReceipt, { description: "CFA-11: judge whether the audit's remedial actions are being followed through." })
  judgeRemedialActionFollowThrough(
    @Args() { input, ...options }: JudgeRemedialActionFollowThroughArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.dipSampleId, options, metadata, 'JudgeRemedialActionFollowThrough', {
      dipSampleId: input.dipSampleId,
      followedThrough: input.followedThrough,
      notes: input.notes ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-11: record a follow-up action raised from the dip sample.' })
  raiseDipSampleFollowUpAction(
    @Args() { input, ...options }: RaiseDipSampleFollowUpActionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.dipSampleId, options, metadata, 'RaiseDipSampleFollowUpAction', {
      dipSampleId: input.dipSampleId,
      actionId: input.actionId,
      description: input.description,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-11: complete the dip sample; both judgements must be recorded.' })
  completeDipSample(
    @Args() { input, ...options }: CompleteDipSampleArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.dipSampleId, options, metadata, 'CompleteDipSample', { dipSampleId: input.dipSampleId });
  }

  private async send<T extends DipSampleCommand['type']>(
    dipSampleId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as DipSampleCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(dipSampleStreamId(dipSampleId), dipSampleDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(dipSampleId, result);
  }
}
