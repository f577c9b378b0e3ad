import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  inspectorAccessDecider,
  inspectorAccessStreamId,
  type Actor,
  type CommandMetadata,
  type InspectorAccessCommand,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { staffProjection } from '../../../../projections/staff/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { GrantInspectorAccessArgs, RevokeInspectorAccessArgs } from './dto/inspector-access.input.js';
import { inspectorAccessFacts } from './inspector-access-facts.js';

// Grant ids the server derives from a commandId, so a retried grant targets the same grant and is
// recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = 'f9ed39b0-dece-4706-81fa-68eccd9784a0';

type Data<T extends InspectorAccessCommand['type']> = Extract<InspectorAccessCommand, { type: T }>['data'];

/**
 * Inspectors' access (issue 6 item 3): each mutation turns its input into one task-based domain
 * command over the CommandBus. Who may grant (INSP-1), the window (INSP-2) and who may be granted
 * (INSP-3) are the decider's; the resolver fetches whether the inspector id is staff in post.
 */
@Resolver()
export class InspectorAccessMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly freshness: ReadModelFreshness,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      'Issue 6 item 3: grant an external inspector (e.g. Ofsted) read-only access from `from` (default now) until `until`, at most 90 days; it ends by itself. An S&QA manager (INSP-1).',
  })
  async grantInspectorAccess(
    @Args() { input, ...options }: GrantInspectorAccessArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const grantId = uuidv5(`inspectorAccessGrant:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    // INSP-3 reads the staff registry as it stands with everything recorded so far.
    const head = await this.eventStore.headPosition();
    if (head !== null) await this.freshness.waitFor(staffProjection, head);
    const facts = await inspectorAccessFacts(this.readStore, input.inspectorId, metadata.now);
    return this.send(grantId, options, metadata, 'GrantInspectorAccess', {
      grantId,
      inspectorId: input.inspectorId,
      name: input.name,
      organisation: input.organisation,
      from: input.from ?? null,
      until: input.until,
      reason: input.reason,
      inspectionReference: input.inspectionReference ?? null,
      facts,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: "Issue 6 item 3: end an inspector's access before its window does, with the reason. An S&QA manager (INSP-1).",
  })
  revokeInspectorAccess(
    @Args() { input, ...options }: RevokeInspectorAccessArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.grantId, options, metadata, 'RevokeInspectorAccess', { grantId: input.grantId, reason: input.reason });
  }

  private async send<T extends InspectorAccessCommand['type']>(
    grantId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as InspectorAccessCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(inspectorAccessStreamId(grantId), inspectorAccessDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(grantId, result);
  }
}
