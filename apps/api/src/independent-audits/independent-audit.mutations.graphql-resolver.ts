import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  independentAuditCommissionDecider,
  independentAuditCommissionStreamId,
  type Actor,
  type CommandMetadata,
  type IndependentAuditCommissionCommand,
  type IndependentAuditCommissionEvent,
  type IndependentAuditFacts,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import { independentAuditFacts } from './case-file-audit-facts.js';
import {
  AcceptIndependentAuditCommissionArgs,
  CommissionIndependentAuditArgs,
  LinkIndependentAuditArgs,
  ReportIndependentAuditFindingsArgs,
  WithdrawIndependentAuditCommissionArgs,
} from './dto/independent-audit.input.js';

// Commission ids the server derives from a commandId, so a retried commission targets the same
// stream and is recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = '8b2d4f61-0c3e-5a7b-9d1f-2e4a6c8b0d35';

type Data<T extends IndependentAuditCommissionCommand['type']> = Extract<IndependentAuditCommissionCommand, { type: T }>['data'];

/**
 * The independent audit commission's mutations (CFA-10): each turns its input into one task-based
 * command and sends it over the CommandBus to the generic handler. Facts about the case file audit
 * that carries the commission out are read from that audit's stream first, so the decision stays
 * pure; who may do what is the decider's to say.
 */
@Resolver()
export class IndependentAuditMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description: 'CFA-10: a head of service, chief officer or director commissions S&QA to audit a case to test learning and improvement.',
  })
  commissionIndependentAudit(
    @Args() { input, ...options }: CommissionIndependentAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const commissionId = input.commissionId ?? uuidv5(`independentAuditCommission:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    return this.send(commissionId, options, metadata, 'CommissionIndependentAudit', {
      commissionId,
      azeusNumber: input.azeusNumber,
      learningToTest: input.learningToTest,
      dueDate: input.dueDate,
      teamId: input.teamId ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-10: an S&QA officer or manager accepts the commission and will carry it out.' })
  acceptIndependentAuditCommission(
    @Args() { input, ...options }: AcceptIndependentAuditCommissionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.commissionId, options, metadata, 'AcceptIndependentAuditCommission', { commissionId: input.commissionId });
  }

  @Mutation(() => CommandReceipt, {
    description: 'CFA-10: link the case file audit (type INDEPENDENT, the same case) that carries the commission out; read from the audit itself.',
  })
  async linkIndependentAudit(
    @Args() { input, ...options }: LinkIndependentAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const audit = await independentAuditFacts(this.eventStore, input.auditId);
    return this.send(input.commissionId, options, metadata, 'LinkIndependentAudit', {
      commissionId: input.commissionId,
      auditId: input.auditId,
      audit,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: 'CFA-10: once the linked audit is submitted, report whether the learning is evidenced, with the findings.',
  })
  async reportIndependentAuditFindings(
    @Args() { input, ...options }: ReportIndependentAuditFindingsArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.commissionId, options, metadata, 'ReportIndependentAuditFindings', {
      commissionId: input.commissionId,
      learningEvidenced: input.learningEvidenced,
      findings: input.findings,
      audit: await this.linkedAuditFacts(input.commissionId),
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-10: the senior manager withdraws a commission that has not reported.' })
  withdrawIndependentAuditCommission(
    @Args() { input, ...options }: WithdrawIndependentAuditCommissionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.commissionId, options, metadata, 'WithdrawIndependentAuditCommission', {
      commissionId: input.commissionId,
      reason: input.reason,
    });
  }

  /** The audit linked to the commission as its stream now says; null when none is linked (the decider refuses). */
  private async linkedAuditFacts(commissionId: string): Promise<IndependentAuditFacts> {
    const events = await this.eventStore.readStream(independentAuditCommissionStreamId(commissionId));
    const commission = events
      .map((e) => ({ type: e.type, data: e.data }) as unknown as IndependentAuditCommissionEvent)
      .reduce(independentAuditCommissionDecider.evolve, independentAuditCommissionDecider.initialState());
    const auditId = commission.status === 'AUDIT_LINKED' || commission.status === 'REPORTED' ? commission.auditId : null;
    return auditId === null ? null : independentAuditFacts(this.eventStore, auditId);
  }

  private async send<T extends IndependentAuditCommissionCommand['type']>(
    commissionId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as IndependentAuditCommissionCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(
        independentAuditCommissionStreamId(commissionId),
        independentAuditCommissionDecider,
        command,
        options.expectedRevision ?? undefined,
      ),
    );
    return CommandReceipt.of(commissionId, result);
  }
}
