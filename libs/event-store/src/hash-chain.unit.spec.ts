import { chainEvents, genesisHash, verifyChain } from './hash-chain.js';
import type { NewEvent, RecordedEvent } from './event-store.port.js';

const streamId = 'caseFileAudit-7d0b3f5e-2a31-4c53-9b5c-0c2b8f1a9e11';

function record(events: readonly NewEvent[], from = 0): RecordedEvent[] {
  return events.map((event, index) => ({
    ...event,
    streamId,
    revision: from + index,
    position: BigInt(100 + from + index),
    created: new Date('2026-11-26T09:00:00Z'),
  }));
}

function newEvent(n: number, data: Record<string, unknown> = { n }): NewEvent {
  return { eventId: `00000000-0000-4000-8000-00000000000${n}`, type: `Thing${n}Happened`, data, metadata: { commandId: `c${n}` } };
}

describe('Per-stream hash chain', () => {
  describe('When a stream is chained from its genesis', () => {
    const chained = record(chainEvents(streamId, null, [newEvent(1), newEvent(2), newEvent(3)]));

    it('should link the first event to the genesis hash and each next event to the previous hash', () => {
      expect(chained[0]!.metadata['prevHash']).toBe(genesisHash(streamId));
      expect(chained[1]!.metadata['prevHash']).toBe(chained[0]!.metadata['hash']);
      expect(chained[2]!.metadata['prevHash']).toBe(chained[1]!.metadata['hash']);
    });

    it('should verify', () => {
      expect(verifyChain(streamId, chained)).toEqual({
        valid: true,
        streamId,
        events: 3,
        headHash: chained[2]!.metadata['hash'],
      });
    });

    it('should continue from the last hash when more events are appended later', () => {
      const more = record(chainEvents(streamId, chained[2]!.metadata['hash'] as string, [newEvent(4)]), 3);
      expect(verifyChain(streamId, [...chained, ...more]).valid).toBe(true);
    });
  });

  describe('When an event has been altered, removed or moved to another stream', () => {
    const chained = record(chainEvents(streamId, null, [newEvent(1), newEvent(2, { grade: 'GOOD' }), newEvent(3)]));

    it('should report the altered event', () => {
      const altered = chained.map((e, i) => (i === 1 ? { ...e, data: { grade: 'OUTSTANDING' } } : e));
      expect(verifyChain(streamId, altered)).toMatchObject({ valid: false, brokenAtRevision: 1 });
    });

    it('should report altered metadata such as the actor', () => {
      const altered = chained.map((e, i) => (i === 2 ? { ...e, metadata: { ...e.metadata, commandId: 'forged' } } : e));
      expect(verifyChain(streamId, altered)).toMatchObject({ valid: false, brokenAtRevision: 2 });
    });

    it('should report a removed event', () => {
      const removed = [chained[0]!, { ...chained[2]!, revision: 1 }];
      expect(verifyChain(streamId, removed)).toMatchObject({ valid: false, brokenAtRevision: 1 });
    });

    it('should not verify the same events under another stream id', () => {
      expect(verifyChain('caseFileAudit-other', chained).valid).toBe(false);
    });
  });
});
