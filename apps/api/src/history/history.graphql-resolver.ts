import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { verifyChain } from '../../../../libs/event-store/src/hash-chain.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import { VerifyStreamArgs } from './verify-stream.args.js';
import { ChainVerdict } from './models/chain-verdict.model.js';

/** Tamper evidence: verifies a stream's hash chain as recorded, from its first event. */
@Resolver()
export class HistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => ChainVerdict, {
    description: 'Verify the hash chain of one stream (e.g. caseFileAudit-<id>). An unknown stream is valid with 0 events.',
  })
  async verifyStream(@Args() { streamId }: VerifyStreamArgs): Promise<ChainVerdict> {
    return ChainVerdict.of(verifyChain(streamId, await this.store.readStream(streamId)));
  }
}
