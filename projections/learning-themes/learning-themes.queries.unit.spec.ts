import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { learningInputStreamId, themedAuditDayStreamId } from '../../libs/domain/src/index.js';
import { REMEDIAL_ACTIONS_COLLECTION } from '../remedial-actions/remedial-actions.projection.js';
import { SERVICE_AREAS_COLLECTION, TEAMS_COLLECTION } from '../teams/teams.projection.js';
import { auditGradesProjection } from './audit-grades.projection.js';
import {
  gradeDistribution,
  learningThemes,
  listThemedSources,
  moderationMovements,
  weakestCriteria,
} from './learning-themes.queries.js';
import { allGraded, auditStream, project, remedialAction, streamOf, team } from './learning-themes.test-support.js';
import { themedSourcesProjection } from './themed-sources.projection.js';

const AS_OF = new Date('2026-06-30T00:00:00.000Z');

// Q1 2026: three audits in two teams; Q4 2025: one. Team A moved from service area North to South on 1 March.
const history = () => [
  ...auditStream({
    auditId: 'a1',
    teamId: 'team-a',
    grades: { ...allGraded('GOOD'), 3: 'REQUIRES_IMPROVEMENT', 8: 'INADEQUATE' },
    overall: 'REQUIRES_IMPROVEMENT',
    submittedAt: '2026-02-10T09:00:00.000Z',
    moderation: { at: '2026-02-20T09:00:00.000Z', changes: [[3, 'GOOD'], [null, 'INADEQUATE']] },
    themes: ['Neglect', 'Management oversight'],
  }),
  ...auditStream({
    auditId: 'a2',
    teamId: 'team-a',
    auditType: 'THEMATIC',
    theme: 'neglect',
    grades: { ...allGraded('GOOD'), 8: 'REQUIRES_IMPROVEMENT' },
    overall: 'GOOD',
    submittedAt: '2026-03-05T09:00:00.000Z',
    moderation: { at: '2026-03-06T09:00:00.000Z' },
  }),
  ...auditStream({
    auditId: 'a3',
    teamId: 'team-b',
    grades: allGraded('OUTSTANDING'),
    overall: 'OUTSTANDING',
    submittedAt: '2026-03-20T09:00:00.000Z',
    moderation: { at: '2026-03-25T09:00:00.000Z', changes: [[1, 'GOOD']] },
  }),
  ...auditStream({
    auditId: 'a0',
    teamId: 'team-a',
    grades: { ...allGraded('REQUIRES_IMPROVEMENT'), 8: 'INADEQUATE' },
    overall: 'REQUIRES_IMPROVEMENT',
    submittedAt: '2025-11-10T09:00:00.000Z',
    themes: ['Management Oversight'],
  }),
  // Submitted after asOf: not counted.
  ...auditStream({ auditId: 'a9', grades: allGraded('INADEQUATE'), overall: 'INADEQUATE', submittedAt: '2026-03-31T09:00:00.000Z' }),
  ...streamOf(learningInputStreamId('li-1'), [
    ['LearningInputRecorded', { kind: 'COMPLAINT', receivedOn: '2026-01-15', teams: [], serviceAreaIds: [], themes: ['Communication with families', 'NEGLECT'] }],
  ]),
  ...streamOf(themedAuditDayStreamId('d1'), [
    ['ThemedAuditDayPlanned', { dayId: 'd1', theme: 'Neglect', date: '2026-03-18', teamIds: [], serviceAreaIds: [] }],
    ['ThemedAuditDayClosed', { dayId: 'd1' }],
  ]),
];

async function storeWithHistory(): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await project(store, [auditGradesProjection, themedSourcesProjection], history());
  for (const c of [TEAMS_COLLECTION, SERVICE_AREAS_COLLECTION, REMEDIAL_ACTIONS_COLLECTION]) await store.defineCollection(c);
  const documents = [
    { collection: TEAMS_COLLECTION.name, id: 'team-a', document: team('team-a', 'Assessment A', [['sa-north', '2020-01-01'], ['sa-south', '2026-03-01']]) },
    { collection: TEAMS_COLLECTION.name, id: 'team-b', document: team('team-b', 'Assessment B', [['sa-north', '2020-01-01']]) },
    ...[
      remedialAction('ra-1', { kind: 'CASE_FILE_AUDIT', id: 'a1' }, { raisedAt: '2026-02-11T09:00:00.000Z', status: 'VERIFIED', verifiedAt: '2026-03-01T09:00:00.000Z' }),
      remedialAction('ra-2', { kind: 'CASE_FILE_AUDIT', id: 'a1' }, { raisedAt: '2026-02-11T09:00:00.000Z' }),
      remedialAction('ra-3', { kind: 'THEMED_AUDIT_DAY', id: 'd1' }, { raisedAt: '2026-03-19T09:00:00.000Z', status: 'VERIFIED', verifiedAt: '2026-07-01T09:00:00.000Z' }),
      // Same id, another kind of source: not an action of the audit.
      remedialAction('ra-4', { kind: 'DIP_SAMPLE', id: 'a1' }, { raisedAt: '2026-02-11T09:00:00.000Z' }),
    ].map((document) => ({ collection: REMEDIAL_ACTIONS_COLLECTION.name, id: document.id, document })),
  ];
  await store.commit('fixtures', null, 1n, documents);
  return store;
}

const asOfQ1End = new Date('2026-03-30T23:59:59.000Z');

describe('learning themes queries (REP-2)', () => {
  describe('When grades are grouped by criterion for a quarter (REP-2)', () => {
    it('should count each criterion as the auditor graded it, against the quarter before', async () => {
      const store = await storeWithHistory();
      const report = await gradeDistribution(store, { period: '2026-Q1', groupBy: 'CRITERION', asOf: asOfQ1End });
      expect(report.period).toMatchObject({ id: '2026-Q1', start: '2026-01-01', end: '2026-03-31' });
      expect(report.previousPeriod.id).toBe('2025-Q4');
      expect(report.audits).toBe(3);
      expect(report.groups).toHaveLength(16);
      const c8 = report.groups.find((g) => g.key === '8')!;
      expect(c8.counts).toMatchObject({ good: 0, outstanding: 1, requiresImprovement: 1, inadequate: 1, total: 3, requiresImprovementOrInadequate: 2 });
      expect(c8.counts.shareRequiresImprovementOrInadequate).toBeCloseTo(0.6667, 4);
      expect(c8.previous).toMatchObject({ inadequate: 1, total: 1, shareRequiresImprovementOrInadequate: 1 });
      expect(c8.trend).toBe('IMPROVING');
      expect(c8.shareChange).toBeCloseTo(-0.3333, 4);
    });

    it('should count grades as moderated when asked (CFA-9)', async () => {
      const store = await storeWithHistory();
      const given = await gradeDistribution(store, { period: '2026-Q1', groupBy: 'CRITERION', asOf: asOfQ1End });
      const moderated = await gradeDistribution(store, { period: '2026-Q1', groupBy: 'CRITERION', useModerated: true, asOf: asOfQ1End });
      expect(given.groups[2]!.counts.requiresImprovement).toBe(1);
      expect(moderated.groups[2]!.counts).toMatchObject({ requiresImprovement: 0, good: 2 });
      expect(moderated.groups[0]!.counts).toMatchObject({ outstanding: 0, good: 3 });
    });

    it('should not count an audit submitted after asOf', async () => {
      const store = await storeWithHistory();
      const later = await gradeDistribution(store, { period: '2026-03', groupBy: 'CRITERION', asOf: AS_OF });
      const before = await gradeDistribution(store, { period: '2026-03', groupBy: 'CRITERION', asOf: asOfQ1End });
      expect(later.audits).toBe(3);
      expect(before.audits).toBe(2);
    });
  });

  describe('When overall grades are grouped by team, service area and audit type (REP-2)', () => {
    it('should group by team with its name', async () => {
      const store = await storeWithHistory();
      const report = await gradeDistribution(store, { period: '2026-Q1', groupBy: 'TEAM', grades: 'OVERALL', asOf: asOfQ1End });
      expect(report.groups.map((g) => [g.key, g.label, g.counts.total])).toEqual([
        ['team-a', 'Assessment A', 2],
        ['team-b', 'Assessment B', 1],
      ]);
      expect(report.groups[0]!.previous.total).toBe(1);
    });

    it("should put each audit in its team's service area on the day it was submitted", async () => {
      const store = await storeWithHistory();
      const report = await gradeDistribution(store, { period: '2026-Q1', groupBy: 'SERVICE_AREA', grades: 'OVERALL', asOf: asOfQ1End });
      expect(report.groups.map((g) => [g.key, g.counts.total])).toEqual([
        ['sa-north', 2],
        ['sa-south', 1],
      ]);
    });

    it('should group by audit type in the framework order', async () => {
      const store = await storeWithHistory();
      const report = await gradeDistribution(store, { period: '2026-Q1', groupBy: 'AUDIT_TYPE', grades: 'OVERALL', useModerated: true, asOf: asOfQ1End });
      expect(report.groups.map((g) => [g.key, g.counts.inadequate, g.counts.total])).toEqual([
        ['MONTHLY', 1, 2],
        ['THEMATIC', 0, 1],
      ]);
      expect(report.all.counts.total).toBe(3);
    });

    it('should refuse a period it cannot read, naming the field', async () => {
      const store = await storeWithHistory();
      await expect(gradeDistribution(store, { period: '2026-13', groupBy: 'TEAM' })).rejects.toMatchObject({
        code: 'LEARNING_THEMES.PERIOD_INVALID',
        field: 'period',
      });
    });
  });

  describe('When the weakest criteria are asked for (REP-2)', () => {
    it('should list the criteria most often Requires Improvement or Inadequate, most first', async () => {
      const store = await storeWithHistory();
      const weakest = await weakestCriteria(store, { period: '2026-Q1', limit: 2, asOf: asOfQ1End });
      expect(weakest.map((w) => [w.criterion, w.counts.requiresImprovementOrInadequate])).toEqual([
        [8, 2],
        [3, 1],
      ]);
    });

    it('should leave out a criterion moderation raised (CFA-9)', async () => {
      const store = await storeWithHistory();
      const weakest = await weakestCriteria(store, { period: '2026-Q1', useModerated: true, asOf: asOfQ1End });
      expect(weakest.map((w) => w.criterion)).toEqual([8]);
    });

    it('should refuse a limit outside 1..16', async () => {
      const store = await storeWithHistory();
      await expect(weakestCriteria(store, { period: '2026-Q1', limit: 0 })).rejects.toMatchObject({ code: 'LEARNING_THEMES.LIMIT_INVALID', field: 'limit' });
    });
  });

  describe('When moderation movements are asked for (CFA-9)', () => {
    it('should count the grades moderation kept, raised and lowered, by criterion and overall', async () => {
      const store = await storeWithHistory();
      const report = await moderationMovements(store, { period: '2026-Q1', asOf: AS_OF });
      expect(report.audits).toBe(3);
      expect(report.agreedAudits).toBe(1);
      expect(report.criteria[0]).toMatchObject({ criterion: 1, kept: 2, raised: 0, lowered: 1 });
      expect(report.criteria[2]).toMatchObject({ criterion: 3, kept: 2, raised: 1, lowered: 0 });
      expect(report.overall).toEqual({ kept: 2, raised: 0, lowered: 1 });
      expect(report.total).toEqual({ kept: 16 * 3 - 2 + 2, raised: 1, lowered: 2 });
      expect(report.previousTotal).toEqual({ kept: 0, raised: 0, lowered: 0 });
    });

    it('should count only moderations made by asOf', async () => {
      const store = await storeWithHistory();
      const report = await moderationMovements(store, { period: '2026-Q1', asOf: new Date('2026-03-01T00:00:00.000Z') });
      expect(report.audits).toBe(1);
    });
  });

  describe('When learning themes are counted for a quarter (REP-2)', () => {
    it('should count each theme by kind of source, against the quarter before, with the actions raised and verified', async () => {
      const store = await storeWithHistory();
      const report = await learningThemes(store, { period: '2026-Q1', asOf: AS_OF });
      expect(report.sources).toBe(4);
      const neglect = report.themes.find((t) => t.key === 'neglect')!;
      expect(neglect).toMatchObject({
        theme: 'NEGLECT',
        count: 4,
        previousCount: 0,
        trend: 'NEW',
        byKind: [
          { sourceKind: 'CASE_FILE_AUDIT', count: 2 },
          { sourceKind: 'THEMED_AUDIT_DAY', count: 1 },
          { sourceKind: 'COMPLAINT', count: 1 },
        ],
        actions: { raised: 3, verified: 1 },
      });
      const oversight = report.themes.find((t) => t.key === 'management oversight')!;
      expect(oversight).toMatchObject({ theme: 'Management Oversight', count: 1, previousCount: 1, trend: 'STEADY', actions: { raised: 2, verified: 1 } });
      expect(report.themes[0]!.key).toBe('neglect');
    });

    it('should count a theme seen only the quarter before as gone', async () => {
      const store = await storeWithHistory();
      const report = await learningThemes(store, { period: '2026-Q2', asOf: AS_OF });
      expect(report.themes.find((t) => t.key === 'neglect')).toMatchObject({ count: 0, previousCount: 4, trend: 'GONE' });
    });

    it('should count only the kinds of source asked for', async () => {
      const store = await storeWithHistory();
      const report = await learningThemes(store, { period: '2026-Q1', sourceKinds: ['COMPLAINT'], asOf: AS_OF });
      expect(report.themes.map((t) => [t.key, t.count])).toEqual([
        ['communication with families', 1],
        ['neglect', 1],
      ]);
    });

    it('should list the records tagged with a theme, however it is written', async () => {
      const store = await storeWithHistory();
      const sources = await listThemedSources(store, { theme: '  MANAGEMENT   oversight ' });
      expect(sources.map((s) => s.id)).toEqual(['CASE_FILE_AUDIT:a0', 'CASE_FILE_AUDIT:a1']);
    });
  });
});
