import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ChainVerdict as DomainChainVerdict } from '../../../../../libs/event-store/src/hash-chain.js';

@ObjectType({
  description:
    "The verdict on a stream's tamper-evident hash chain: each event's hash covers the previous hash and the event's content.",
})
export class ChainVerdict {
  @Field() streamId: string;
  @Field({ description: 'True when every event links to the one before and matches its hash.' }) valid: boolean;
  @Field(() => Int, { description: 'Events read from the stream.' }) events: number;
  @Field(() => String, { nullable: true, description: 'Hash of the last event when the chain is valid.' }) headHash: string | null;
  @Field(() => Int, { nullable: true, description: 'Revision of the first event that breaks the chain.' }) brokenAtRevision: number | null;
  @Field(() => String, { nullable: true, description: 'Why the chain is broken there.' }) reason: string | null;

  static of(verdict: DomainChainVerdict): ChainVerdict {
    const model = new ChainVerdict();
    model.streamId = verdict.streamId;
    model.valid = verdict.valid;
    model.events = verdict.events;
    model.headHash = verdict.valid ? verdict.headHash : null;
    model.brokenAtRevision = verdict.valid ? null : verdict.brokenAtRevision;
    model.reason = verdict.valid ? null : verdict.reason;
    return model;
  }
}
