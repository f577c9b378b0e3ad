import { randomUUID } from 'node:crypto';
import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import { learningInputDecider, learningInputStreamId, type LearningInputCommand } from '../../libs/domain/src/index.js';
import {
  ASSESSMENT_TEAM,
  SAFEGUARDING_AREA,
  complaintInput,
  facts,
  metadata as fixtureMetadata,
  sqa,
} from '../../libs/domain/src/learning-input/learning-input.fixtures.js';
import { learningInputsProjection } from './learning-inputs.projection.js';
import { getLearningInput, learningThemeCounts, listLearningInputs } from './learning-inputs.queries.js';

// Learning inputs end to end on the embedded stores: commands through the one command handler
// into SQLite, folded by runToHead into the memory read store, read by the queries.
describe('Learning input slice on SQLite and the memory read store (REP-2)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  // Each command its own commandId: event ids derive from it.
  const metadata = (actor: typeof sqa, now: string) => {
    const commandId = randomUUID();
    return { ...fixtureMetadata(actor, now), commandId, correlationId: commandId, causationId: commandId };
  };
  const on = (id: string, command: LearningInputCommand) => handleCommand(events, learningInputStreamId(id), learningInputDecider, command);
  const record = (id: string, receivedOn: string, themes: string[], now: string): LearningInputCommand => ({
    type: 'RecordLearningInput',
    data: { learningInputId: id, kind: 'COMPLAINT', ...complaintInput, receivedOn, themes, facts: facts() },
    metadata: metadata(sqa, now),
  });

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When complaints are recorded over two months, one corrected, one responded to and one withdrawn', () => {
    it('should list them by theme and count the themes of the month against the month before', async () => {
      await on('li-1', record('li-1', '2025-05-12', ['Drift and delay'], '2025-05-13T09:00:00.000Z'));
      await on('li-2', record('li-2', '2025-06-02', ['drift and delay', 'Chronology'], '2025-06-03T09:00:00.000Z'));
      await on('li-3', record('li-3', '2025-06-05', ['DRIFT AND DELAY'], '2025-06-05T09:00:00.000Z'));
      await on('li-4', record('li-4', '2025-06-06', ['Chronology'], '2025-06-06T09:00:00.000Z'));
      await on('li-3', {
        type: 'CorrectLearningInput',
        data: { learningInputId: 'li-3', ...complaintInput, receivedOn: '2025-06-05', themes: ['Drift and delay', 'Management oversight'], reason: 'Theme missed', facts: facts() },
        metadata: metadata(sqa, '2025-06-07T09:00:00.000Z'),
      });
      await on('li-2', {
        type: 'RecordComplaintResponse',
        data: { learningInputId: 'li-2', outcome: 'NOT_UPHELD', responseDate: '2025-06-20' },
        metadata: metadata(sqa, '2025-06-20T09:00:00.000Z'),
      });
      await on('li-4', { type: 'WithdrawLearningInput', data: { learningInputId: 'li-4', reason: 'Duplicate of li-2' }, metadata: metadata(sqa, '2025-06-21T09:00:00.000Z') });
      // Refused: nothing appended.
      await expect(on('li-4', record('li-4', '2025-06-06', [], '2025-06-21T10:00:00.000Z'))).rejects.toMatchObject({ code: 'LEARNING_INPUT.ALREADY_RECORDED' });
      await expect(on('li-5', record('li-5', '2025-06-06', [], '2025-06-21T10:00:00.000Z'))).rejects.toMatchObject({
        code: 'LEARNING_INPUT.THEMES_REQUIRED',
        rule: 'REP-2',
      });

      await runToHead(events, reads, [learningInputsProjection]);
      expect((await listLearningInputs(reads, { theme: 'Drift and Delay', serviceAreaId: SAFEGUARDING_AREA, teamId: ASSESSMENT_TEAM })).map((d) => d.id)).toEqual([
        'li-1',
        'li-2',
        'li-3',
      ]);
      expect(await getLearningInput(reads, 'li-2')).toMatchObject({ complaint: { outcome: 'NOT_UPHELD', responseDate: '2025-06-20' } });
      expect(await getLearningInput(reads, 'li-4')).toMatchObject({ status: 'WITHDRAWN', withdrawal: { reason: 'Duplicate of li-2' } });
      expect(await getLearningInput(reads, 'li-5')).toBeNull();

      const [june] = await learningThemeCounts(reads, { period: 'MONTH', from: '2025-06-01' });
      expect(june!.themes.map((t) => [t.theme, t.count, t.previousCount, t.trend])).toEqual([
        ['Drift and delay', 2, 1, 'RISING'],
        ['Chronology', 1, 0, 'NEW'],
        ['Management oversight', 1, 0, 'NEW'],
      ]);
    });
  });
});
