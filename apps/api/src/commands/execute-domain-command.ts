import { Command as NestCommand, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { handleCommand, type CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import type { Command, Decider, DomainEvent } from '../../../../libs/domain/src/shared/decider.js';
import { NO_STREAM, type EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { decisionStore } from '../../../../libs/crypto/src/child-text-encrypting-event-store.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';

/**
 * The envelope every mutation sends over Nest's CommandBus: which stream, which decider, which
 * domain command. One handler serves them all, so no aggregate has bespoke persistence code.
 */
export class ExecuteDomainCommand<C extends Command = Command, S = unknown, E extends DomainEvent = DomainEvent> extends NestCommand<CommandResult> {
  constructor(
    readonly streamId: string,
    readonly decider: Decider<C, S, E>,
    readonly command: C,
    /** The revision the client last saw; -1 means "the stream must not exist yet". */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

/** The one command handler: read, fold, decide, append (libs/command-handling). */
@CommandHandler(ExecuteDomainCommand)
export class ExecuteDomainCommandHandler implements ICommandHandler<ExecuteDomainCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(envelope: ExecuteDomainCommand): Promise<CommandResult> {
    const { expectedRevision } = envelope;
    // Issue 6 item 5: the decider folds the stream's child text as written; it is stored sealed.
    return handleCommand(decisionStore(this.store), envelope.streamId, envelope.decider, envelope.command, {
      ...(expectedRevision === undefined ? {} : { expectedRevision: expectedRevision === -1 ? NO_STREAM : expectedRevision }),
    });
  }
}
