import { randomUUID } from 'node:crypto';
import type { Actor, CommandMetadata } from '../../../../libs/domain/src/shared/decider.js';

/**
 * Metadata of a command built from a request: the actor from the verified token, the server's
 * clock, the client's commandId (or a fresh one), the request's correlation id. The command is
 * caused by the client's intent, which the commandId names.
 */
export function commandMetadata(input: {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly commandId?: string | undefined;
  readonly now?: Date;
}): CommandMetadata {
  const commandId = input.commandId ?? randomUUID();
  return {
    actor: { staffId: input.actor.staffId, role: input.actor.role },
    now: (input.now ?? new Date()).toISOString(),
    commandId,
    correlationId: input.correlationId,
    causationId: commandId,
  };
}
