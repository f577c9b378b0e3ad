import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  caseFileAuditDecider,
  caseFileAuditStreamId,
  thematicAuditAllowanceDecider,
  thematicAuditAllowanceId,
  thematicAuditAllowanceStreamId,
  type Actor,
  type CaseFileAuditEvent,
  type ThematicAuditAllowanceCommand,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import { ReleaseThematicAuditSlotArgs } from './dto/thematic-audit.input.js';

/**
 * CFA-3: giving back a slot of the thematic allowance. Scheduling a thematic audit claims its slot
 * (ThematicAuditScheduling, used by scheduleCaseFileAudit); this is the way back for a slot whose
 * audit was never scheduled. Whether the slot may go is the allowance decider's to say.
 */
@Resolver()
export class ThematicAuditMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      'CFA-3: give back a thematic audit slot left by a request that failed between claiming and scheduling (or whose audit was withdrawn). The receipt\'s id is the allowance, `<auditorId>-<year>`.',
  })
  async releaseThematicAuditSlot(
    @Args() { input, ...options }: ReleaseThematicAuditSlotArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    // Fetched fact: the audit's status as its own stream says, read just before deciding.
    const recorded = await this.eventStore.readStream(caseFileAuditStreamId(input.auditId));
    const audit = recorded.reduce(
      (state, e) => caseFileAuditDecider.evolve(state, { type: e.type, data: e.data } as unknown as CaseFileAuditEvent),
      caseFileAuditDecider.initialState(),
    );
    const command: ThematicAuditAllowanceCommand = {
      type: 'ReleaseThematicAuditSlot',
      data: { auditorId: input.auditorId, year: input.year, auditId: input.auditId, reason: input.reason, auditStatus: audit.status },
      metadata,
    };
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(
        thematicAuditAllowanceStreamId(input.auditorId, input.year),
        thematicAuditAllowanceDecider,
        command,
        options.expectedRevision ?? undefined,
      ),
    );
    return CommandReceipt.of(thematicAuditAllowanceId(input.auditorId, input.year), result);
  }
}
