import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { LearningInputEvent } from '../../libs/domain/src/learning-input/index.js';
import {
  CIC_AREA,
  FOSTERING_TEAM,
  SAFEGUARDING_AREA,
  events,
} from '../../libs/domain/src/learning-input/learning-input.fixtures.js';
import type { LearningInputContent, LearningInputKind } from '../../libs/domain/src/learning-input/index.js';
import type { LearningInputDocument } from './learning-inputs.document.js';
import { LEARNING_INPUTS_COLLECTION, learningInputsProjection } from './learning-inputs.projection.js';
import {
  getLearningInput,
  learningThemeCounts,
  listLearningInputs,
  periodOf,
  periodsBetween,
} from './learning-inputs.queries.js';
import { stream } from './learning-inputs.test-support.js';

const fostering = [{ teamId: FOSTERING_TEAM, serviceAreaId: CIC_AREA }];

const input = (kind: LearningInputKind, receivedOn: string, themes: string[], content: Partial<LearningInputContent> = {}): LearningInputEvent =>
  events.recorded(kind, { receivedOn, themes, ...content });

// May: two inputs on drift and delay; June: three (one spelled differently), one on voice of the
// child, one withdrawn; July: one on drift and delay.
const inputs: Record<string, LearningInputEvent[]> = {
  'li-may-1': [input('COMPLAINT', '2025-05-03', ['Drift and delay'])],
  'li-may-2': [input('LSCB_AUDIT', '2025-05-20', ['Drift and delay', 'Chronology'], { teams: [], serviceAreaIds: [SAFEGUARDING_AREA] })],
  'li-jun-1': [input('COMPLAINT', '2025-06-02', ['drift  and DELAY'])],
  'li-jun-2': [input('COMPLIMENT', '2025-06-10', ['Voice of the child', 'Drift and delay'], { teams: fostering })],
  'li-jun-3': [
    input('CHILD_OR_FAMILY_FEEDBACK', '2025-06-11', ['Voice of the child', 'Drift and delay'], {
      source: { description: 'Youth Council', type: 'YOUTH_COUNCIL' },
    }),
  ],
  'li-jun-4': [input('COMPLAINT', '2025-06-15', ['Chronology']), events.withdrawn()],
  'li-jul-1': [input('COMPLAINT', '2025-07-01', ['Drift and delay'])],
};

async function storeWithInputs(twice = false): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(LEARNING_INPUTS_COLLECTION);
  const changes = Object.entries(inputs).map(([learningInputId, history]) => {
    const recorded = stream(history, { learningInputId });
    const delivered = twice ? recorded.flatMap((e) => [e, e]) : recorded;
    const document = delivered.reduce<LearningInputDocument | null>((doc, event) => learningInputsProjection.evolve(doc, event), null);
    return { collection: LEARNING_INPUTS_COLLECTION.name, id: learningInputId, document };
  });
  await store.commit('learningInputs.v1', null, 1n, changes);
  return store;
}

const ids = (docs: readonly LearningInputDocument[]) => docs.map((d) => d.id);

describe('learningInputs queries', () => {
  let store: ReadStore;
  beforeAll(async () => {
    store = await storeWithInputs();
  });

  describe('When inputs are listed', () => {
    it('should list every recorded input in the order received, leaving withdrawn ones out unless asked', async () => {
      expect(ids(await listLearningInputs(store))).toEqual(['li-may-1', 'li-may-2', 'li-jun-1', 'li-jun-2', 'li-jun-3', 'li-jul-1']);
      expect(ids(await listLearningInputs(store, { includeWithdrawn: true }))).toContain('li-jun-4');
    });

    it('should list by kind, team and service area (the service area of a team included)', async () => {
      expect(ids(await listLearningInputs(store, { kind: 'COMPLAINT' }))).toEqual(['li-may-1', 'li-jun-1', 'li-jul-1']);
      expect(ids(await listLearningInputs(store, { teamId: FOSTERING_TEAM }))).toEqual(['li-jun-2']);
      expect(ids(await listLearningInputs(store, { serviceAreaId: CIC_AREA }))).toEqual(['li-jun-2']);
      expect(ids(await listLearningInputs(store, { serviceAreaId: SAFEGUARDING_AREA }))).not.toContain('li-jun-2');
    });

    it('should list by theme whatever its case or spacing (REP-2)', async () => {
      expect(ids(await listLearningInputs(store, { theme: 'DRIFT AND   delay' }))).toEqual([
        'li-may-1',
        'li-may-2',
        'li-jun-1',
        'li-jun-2',
        'li-jun-3',
        'li-jul-1',
      ]);
      expect(ids(await listLearningInputs(store, { theme: 'voice of the child' }))).toEqual(['li-jun-2', 'li-jun-3']);
    });

    it('should list by the period received, within one month or across months', async () => {
      expect(ids(await listLearningInputs(store, { from: '2025-06-01', to: '2025-06-30' }))).toEqual(['li-jun-1', 'li-jun-2', 'li-jun-3']);
      expect(ids(await listLearningInputs(store, { from: '2025-05-15', to: '2025-06-05' }))).toEqual(['li-may-2', 'li-jun-1']);
    });

    it('should get one input, withdrawn or not, and null for an unknown id', async () => {
      expect(await getLearningInput(store, 'li-jun-4')).toMatchObject({ status: 'WITHDRAWN' });
      expect(await getLearningInput(store, 'nope')).toBeNull();
    });
  });

  describe('When learning themes are counted per month (REP-2)', () => {
    it('should count each theme once per input, as first spelled, with the trend against the month before', async () => {
      const [june] = await learningThemeCounts(store, { period: 'MONTH', from: '2025-06-01' });
      expect(june).toMatchObject({ key: '2025-06', start: '2025-06-01', end: '2025-06-30', previous: { key: '2025-05' }, inputCount: 3 });
      expect(june!.themes.map((t) => [t.theme, t.count, t.previousCount, t.change, t.trend])).toEqual([
        ['Drift and delay', 3, 2, 1, 'RISING'],
        ['Voice of the child', 2, 0, 2, 'NEW'],
        // The withdrawn June complaint on chronology is not counted.
        ['Chronology', 0, 1, -1, 'GONE'],
      ]);
      expect(june!.themes[0]!.byKind).toEqual([
        { kind: 'COMPLAINT', count: 1 },
        { kind: 'COMPLIMENT', count: 1 },
        { kind: 'CHILD_OR_FAMILY_FEEDBACK', count: 1 },
      ]);
      expect(june!.themes[0]!.learningInputIds).toEqual(['li-jun-1', 'li-jun-2', 'li-jun-3']);
    });

    it('should give each month from the first to the last asked, with falling themes', async () => {
      const months = await learningThemeCounts(store, { period: 'MONTH', from: '2025-06-15', to: '2025-07-31' });
      expect(months.map((m) => m.key)).toEqual(['2025-06', '2025-07']);
      expect(months[1]!.themes.map((t) => [t.key, t.count, t.previousCount, t.trend])).toEqual([
        ['drift and delay', 1, 3, 'FALLING'],
        ['voice of the child', 0, 2, 'GONE'],
      ]);
    });

    it('should narrow the counts to a kind, a team or a service area', async () => {
      const [june] = await learningThemeCounts(store, { period: 'MONTH', from: '2025-06-01', kind: 'COMPLAINT' });
      expect(june!.themes.map((t) => [t.key, t.count, t.previousCount, t.trend])).toEqual([['drift and delay', 1, 1, 'STEADY']]);
      const [inCare] = await learningThemeCounts(store, { period: 'MONTH', from: '2025-06-01', serviceAreaId: CIC_AREA });
      expect(inCare!.inputCount).toBe(1);
    });
  });

  describe('When learning themes are counted per quarter (REP-2)', () => {
    it('should count the quarter against the quarter before', async () => {
      const [q2, q3] = await learningThemeCounts(store, { period: 'QUARTER', from: '2025-04-01', to: '2025-09-30' });
      expect(q2).toMatchObject({ key: '2025-Q2', start: '2025-04-01', end: '2025-06-30', previous: { key: '2025-Q1', end: '2025-03-31' }, inputCount: 5 });
      expect(q2!.themes.find((t) => t.key === 'drift and delay')).toMatchObject({ count: 5, previousCount: 0, trend: 'NEW' });
      expect(q3!.themes.find((t) => t.key === 'drift and delay')).toMatchObject({ count: 1, previousCount: 5, change: -4, trend: 'FALLING' });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should list and count the same', async () => {
      const twice = await storeWithInputs(true);
      expect(await listLearningInputs(twice, { includeWithdrawn: true })).toEqual(await listLearningInputs(store, { includeWithdrawn: true }));
      expect(await learningThemeCounts(twice, { period: 'QUARTER', from: '2025-04-01', to: '2025-09-30' })).toEqual(
        await learningThemeCounts(store, { period: 'QUARTER', from: '2025-04-01', to: '2025-09-30' }),
      );
    });
  });

  describe('Periods', () => {
    it('should know months, quarters, leap years and year ends', () => {
      expect(periodOf('MONTH', '2024-02-10')).toEqual({ key: '2024-02', start: '2024-02-01', end: '2024-02-29' });
      expect(periodOf('QUARTER', '2025-11-30')).toEqual({ key: '2025-Q4', start: '2025-10-01', end: '2025-12-31' });
      expect(periodsBetween('QUARTER', '2024-12-01', '2025-02-01').map((p) => p.key)).toEqual(['2024-Q4', '2025-Q1']);
      expect(periodsBetween('MONTH', '2025-03-01', '2025-02-01')).toEqual([]);
    });
  });
});
