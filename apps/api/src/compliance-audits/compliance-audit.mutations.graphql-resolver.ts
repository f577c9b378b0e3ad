import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  complianceAuditDecider,
  complianceAuditStreamId,
  type Actor,
  type CommandMetadata,
  type ComplianceAuditCommand,
} from '../../../../libs/domain/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import {
  CompleteComplianceAuditArgs,
  RecordComplianceCheckArgs,
  RecordManagementDirectionCaseNoteArgs,
  ReviewComplianceActionsInSupervisionArgs,
  StartComplianceAuditArgs,
} from './dto/compliance-audit.input.js';

// Ids the server derives from a commandId, so a retried command targets the same audit / action
// and is recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = '5b7d3e90-2c4a-5f1b-8e6d-a1c9f3b7d024';

type Data<T extends ComplianceAuditCommand['type']> = Extract<ComplianceAuditCommand, { type: T }>['data'];

/**
 * The compliance audit's mutations (CFA-4, CFA-5): each turns its input into one task-based domain
 * command and sends it over the CommandBus to the generic handler. Who may do what is the decider's.
 */
@Resolver()
export class ComplianceAuditMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandReceipt, {
    description: "CFA-4: a TM or AP starts a compliance audit of a supervisee's case before the supervision it precedes; the caller is the auditor.",
  })
  startComplianceAudit(
    @Args() { input, ...options }: StartComplianceAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const complianceAuditId = input.complianceAuditId ?? uuidv5(`complianceAudit:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    return this.send(complianceAuditId, options, metadata, 'StartComplianceAudit', {
      complianceAuditId,
      azeusNumber: input.azeusNumber,
      superviseeId: input.superviseeId,
      teamId: input.teamId ?? null,
      supervisionDate: input.supervisionDate,
      supervisionSessionId: input.supervisionSessionId ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-5: record one of the seven checks, met or not met (with a comment).' })
  recordComplianceCheck(
    @Args() { input, ...options }: RecordComplianceCheckArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.complianceAuditId, options, metadata, 'RecordComplianceCheck', {
      complianceAuditId: input.complianceAuditId,
      item: input.item,
      met: input.met,
      comment: input.comment ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-5: the management direction case note, with the required actions and their timescales.' })
  recordManagementDirectionCaseNote(
    @Args() { input, ...options }: RecordManagementDirectionCaseNoteArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.complianceAuditId, options, metadata, 'RecordManagementDirectionCaseNote', {
      complianceAuditId: input.complianceAuditId,
      note: input.note,
      actions: input.actions.map((a, index) => ({
        actionId: a.actionId ?? uuidv5(`complianceAction:${metadata.commandId}:${index}`, DERIVED_ID_NAMESPACE),
        description: a.description,
        timescale: a.timescale,
        ownerId: a.ownerId ?? null,
      })),
      caseNoteReference: input.caseNoteReference ?? null,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: 'CFA-5: complete the audit; refused while an item is unanswered, or not met without a management direction case note.',
  })
  completeComplianceAudit(
    @Args() { input, ...options }: CompleteComplianceAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.complianceAuditId, options, metadata, 'CompleteComplianceAudit', { complianceAuditId: input.complianceAuditId });
  }

  @Mutation(() => CommandReceipt, { description: 'CFA-5: the manager reviews completion of the case note actions in supervision.' })
  reviewComplianceActionsInSupervision(
    @Args() { input, ...options }: ReviewComplianceActionsInSupervisionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.complianceAuditId, options, metadata, 'ReviewComplianceActionsInSupervision', {
      complianceAuditId: input.complianceAuditId,
      supervisionDate: input.supervisionDate,
      supervisionSessionId: input.supervisionSessionId ?? null,
      outcomes: input.outcomes.map((o) => ({ actionId: o.actionId, completed: o.completed, comment: o.comment ?? null })),
    });
  }

  private async send<T extends ComplianceAuditCommand['type']>(
    complianceAuditId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as ComplianceAuditCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(complianceAuditStreamId(complianceAuditId), complianceAuditDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(complianceAuditId, result);
  }
}
