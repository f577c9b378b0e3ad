import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { DocumentChange } from '../../libs/read-store/src/read-store.port.js';
import {
  DomainError,
  annualSampleDecider,
  annualSampleStreamId,
  verifyAllocation,
  verifyDraw,
  type AnnualSampleAllocated,
  type AnnualSampleCommand,
  type AnnualSampleDrawn,
} from '../../libs/domain/src/index.js';
import {
  DRAW_DATE,
  SEED,
  YEAR,
  auditors,
  caseWorkersFor,
  metadata,
  syntheticFrame,
} from '../../libs/domain/src/sampling/testing/annual-sample.fixtures.js';
import type { AnnualSampleDocument } from './annual-sample.document.js';
import { ANNUAL_SAMPLE_COLLECTION, annualSampleProjection } from './annual-sample.projection.js';
import { getAnnualSample, listAnnualSampleAllocation } from './annual-sample.queries.js';

// The annual sample slice end to end on the embedded stores: commands through the one command
// handler into SQLite, the events read back from it re-run and checked, and folded into the
// memory read store.
describe('Annual sample slice on SQLite and the memory read store (CFA-1)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const streamId = annualSampleStreamId(YEAR);
  const run = (command: AnnualSampleCommand) => handleCommand(events, streamId, annualSampleDecider, command);
  const frame = syntheticFrame({ size: 1400, recentlyAuditedShare: 0.1 });

  /** What the projection runner does, in one batch: fold everything after the checkpoint and commit. */
  async function project(): Promise<void> {
    const checkpoint = await reads.checkpoint('annualSample.v1');
    const recorded = await events.readAll(checkpoint === null ? {} : { after: checkpoint });
    if (recorded.length === 0) return;
    const documents = new Map<string, AnnualSampleDocument | null>();
    for (const event of recorded) {
      if (!annualSampleProjection.handles.includes(event.type)) continue;
      for (const id of annualSampleProjection.documentIds(event)) {
        const current = documents.has(id) ? documents.get(id)! : await reads.get<AnnualSampleDocument>(ANNUAL_SAMPLE_COLLECTION.name, id);
        documents.set(id, annualSampleProjection.evolve(current, event));
      }
    }
    const changes: DocumentChange[] = [...documents].map(([id, document]) => ({ collection: ANNUAL_SAMPLE_COLLECTION.name, id, document }));
    await reads.commit('annualSample.v1', checkpoint, recorded[recorded.length - 1]!.position, changes);
  }

  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    await reads.defineCollection(ANNUAL_SAMPLE_COLLECTION);
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When the year is drawn and allocated', () => {
    it('should record a draw that re-runs from the stored event to the same cases, and show it allocated', async () => {
      await run({ type: 'DrawAnnualSample', data: { year: YEAR, seed: SEED, frame, drawDate: DRAW_DATE }, metadata: metadata() });
      const [drawnEvent] = await events.readStream(streamId);
      const drawn = drawnEvent as unknown as AnnualSampleDrawn;
      expect(drawn.data.drawn).toHaveLength(140);
      expect(verifyDraw(drawn)).toEqual({ valid: true, problems: [] });

      await run({
        type: 'AllocateAnnualSample',
        data: { year: YEAR, auditors: auditors(), caseWorkers: caseWorkersFor(frame) },
        metadata: metadata({ now: '2025-01-07T09:00:00.000Z' }),
      });
      const [, allocatedEvent] = await events.readStream(streamId);
      expect(verifyAllocation(drawn, allocatedEvent as unknown as AnnualSampleAllocated)).toEqual({ valid: true, problems: [] });

      await project();
      const sample = await getAnnualSample(reads, YEAR);
      expect(sample).toMatchObject({ status: 'ALLOCATED', seed: SEED, frameSize: 1400, targetSize: 140, revision: 1 });
      const rows = await listAnnualSampleAllocation(reads, { year: YEAR });
      expect(rows).toHaveLength(140);
      expect(rows.every((r) => r.auditorId !== null && r.dueDate !== null && r.dueDate.startsWith('2025-'))).toBe(true);
    });

    it('should refuse to draw the year a second time, leaving the first draw as it was', async () => {
      await run({ type: 'DrawAnnualSample', data: { year: YEAR, seed: SEED, frame, drawDate: DRAW_DATE }, metadata: metadata() });
      await expect(
        run({ type: 'DrawAnnualSample', data: { year: YEAR, seed: 'second-go', frame, drawDate: DRAW_DATE }, metadata: metadata() }),
      ).rejects.toMatchObject({ code: 'ANNUAL_SAMPLE.ALREADY_DRAWN', kind: 'CONFLICT' } satisfies Partial<DomainError>);
      const stored = await events.readStream(streamId);
      expect(stored).toHaveLength(1);
      expect((stored[0]!.data as AnnualSampleDrawn['data']).seed).toBe(SEED);
    });
  });
});
