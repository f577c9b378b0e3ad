import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CaseKeyStore } from '../../../../libs/crypto/src/case-key-store.port.js';
import { shredCaseKey } from '../../../../libs/crypto/src/shred-case-key.js';
import { caseKeyStreamId } from '../../../../libs/domain/src/case-key/case-key.stream.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import { CASE_KEY_STORE } from './case-keys.tokens.js';
import { ShredCaseKeyArgs } from './dto/case-key.input.js';

/** Issue 6 item 5: the S&QA manager ends a case's child text at the end of its retention. */
@Resolver()
export class CaseKeysMutationsResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CASE_KEY_STORE) private readonly keys: CaseKeyStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      "Issue 6 item 5: the S&QA manager shreds a case's key at the end of its retention. Records CaseKeyShredded (who, when, why; no key material) in the case's history, then deletes the key: every free text about the child reads as null from the next request on, and every hash chain still verifies. Cannot be undone. Again for the same case: nothing more is recorded.",
  })
  async shredCaseKey(
    @Args() { input, commandId }: ShredCaseKeyArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: commandId ?? undefined });
    const { recorded } = await shredCaseKey(this.eventStore, this.keys, {
      type: 'ShredCaseKey',
      data: { azeusNumber: input.azeusNumber, reason: input.reason },
      metadata,
    });
    return CommandReceipt.of(caseKeyStreamId(input.azeusNumber.trim()), recorded);
  }
}
