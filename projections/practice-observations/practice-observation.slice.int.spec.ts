import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { DocumentChange } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  practiceObservationDecider,
  practiceObservationStreamId,
  type PracticeObservationCommand,
} from '../../libs/domain/src/practice-observation/index.js';
import {
  LINE_MANAGER_ID,
  OBSERVATION_ID,
  OBSERVER_ID,
  WORKER_ID,
  areas,
  form,
  metadata,
} from '../../libs/domain/src/practice-observation/practice-observation.fixtures.js';
import type { PracticeObservationDocument } from './practice-observations.document.js';
import { PRACTICE_OBSERVATIONS_COLLECTION, practiceObservationsProjection } from './practice-observations.projection.js';
import { getPracticeObservation, practiceObservationsOfWorker } from './practice-observations.queries.js';

// The practice observation slice end to end on the embedded stores: commands through the one command
// handler into SQLite, the recorded events folded by the projection into the memory read store.
describe('Practice observation slice on SQLite and the memory read store', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const streamId = practiceObservationStreamId(OBSERVATION_ID);
  const run = (command: PracticeObservationCommand) => handleCommand(events, streamId, practiceObservationDecider, command);
  const id = { observationId: OBSERVATION_ID };

  /** What the projection runner does, in one batch: fold everything after the checkpoint and commit. */
  async function project(): Promise<void> {
    const checkpoint = await reads.checkpoint('practiceObservations.v1');
    const recorded = await events.readAll(checkpoint === null ? {} : { after: checkpoint });
    if (recorded.length === 0) return;
    const documents = new Map<string, PracticeObservationDocument | null>();
    for (const event of recorded) {
      if (!practiceObservationsProjection.handles.includes(event.type)) continue;
      for (const docId of practiceObservationsProjection.documentIds(event)) {
        const current = documents.has(docId)
          ? documents.get(docId)!
          : await reads.get<PracticeObservationDocument>(PRACTICE_OBSERVATIONS_COLLECTION.name, docId);
        documents.set(docId, practiceObservationsProjection.evolve(current, event));
      }
    }
    const changes: DocumentChange[] = [...documents].map(([docId, document]) => ({
      collection: PRACTICE_OBSERVATIONS_COLLECTION.name,
      id: docId,
      document,
    }));
    await reads.commit('practiceObservations.v1', checkpoint, recorded[recorded.length - 1]!.position, changes);
  }

  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    await reads.defineCollection(PRACTICE_OBSERVATIONS_COLLECTION);
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When an observation is taken from recorded to shared with S&QA', () => {
    it('should read back the whole form and follow-up, and the worker next due in 12 months (OBS-1, OBS-4, OBS-5)', async () => {
      await run({ type: 'RecordPracticeObservation', data: { ...id, workerId: WORKER_ID, ...form, areas }, metadata: metadata() });
      await run({ type: 'RecordObservationWorkerComments', data: { ...id, comments: 'Fair' }, metadata: metadata({ staffId: WORKER_ID, role: 'SOCIAL_WORKER' }) });
      await run({ type: 'RecordObservationFeedback', data: { ...id, feedback: 'Mother felt listened to' }, metadata: metadata() });
      await run({ type: 'ShareObservationWithWorker', data: id, metadata: metadata() });
      await run({ type: 'RecordReflectiveReview', data: { ...id, setting: 'NEXT_SUPERVISION', heldOn: '2025-06-12' }, metadata: metadata() });
      await run({
        type: 'AgreeObservationActionPlan',
        data: { ...id, actions: [{ actionId: 'act-1', description: 'Shadow a risk assessment', ownerId: WORKER_ID, dueBy: '2025-09-30' }] },
        metadata: metadata(),
      });
      await run({ type: 'LinkObservationToPdr', data: { ...id, priorities: ['Risk analysis'] }, metadata: metadata() });
      await run({ type: 'CompletePracticeObservation', data: id, metadata: metadata() });
      await run({ type: 'ShareObservationWithLineManager', data: { ...id, lineManagerId: LINE_MANAGER_ID }, metadata: metadata() });
      const last = await run({ type: 'ShareObservationWithSqa', data: id, metadata: metadata() });
      await project();

      expect(await getPracticeObservation(reads, OBSERVATION_ID)).toMatchObject({
        status: 'COMPLETED',
        revision: last.revision,
        observerId: OBSERVER_ID,
        workerComments: 'Fair',
        feedback: 'Mother felt listened to',
        reflectiveReview: { setting: 'NEXT_SUPERVISION', heldOn: '2025-06-12' },
        pdrPriorities: ['Risk analysis'],
        lineManagerId: LINE_MANAGER_ID,
      });
      expect(await practiceObservationsOfWorker(reads, WORKER_ID, { needsPerformanceSupport: false, asye: false }, '2025-07-01')).toMatchObject({
        lastObservedOn: form.observedOn,
        nextDue: '2026-06-10',
        overdue: false,
      });
    });
  });

  describe('When a completed observation is asked to change its judgement', () => {
    it('should append nothing (OBS-4)', async () => {
      await run({ type: 'RecordPracticeObservation', data: { ...id, workerId: WORKER_ID, ...form, areas }, metadata: metadata() });
      await run({ type: 'ShareObservationWithWorker', data: id, metadata: metadata() });
      await run({ type: 'RecordReflectiveReview', data: { ...id, setting: 'AFTER_OBSERVATION', heldOn: '2025-06-12' }, metadata: metadata() });
      await run({ type: 'LinkObservationToPdr', data: { ...id, priorities: ['Risk analysis'] }, metadata: metadata() });
      await run({ type: 'CompletePracticeObservation', data: id, metadata: metadata() });
      await expect(
        run({ type: 'RejudgeAreaOfPractice', data: { ...id, area: 'LEADERSHIP', judgement: 'OUTSTANDING' }, metadata: metadata() }),
      ).rejects.toBeInstanceOf(DomainError);
      expect(await events.readStream(streamId)).toHaveLength(5);
    });
  });
});
