import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/index.js';
import type { ModeratedAuditDocument } from './moderation-statistics.document.js';
import { MODERATION_STATISTICS_COLLECTION, moderationStatisticsProjection } from './moderation-statistics.projection.js';
import { moderationStatistics } from './moderation-statistics.queries.js';
import { moderatedAudit } from './moderation-statistics.test-support.js';

// Five moderated audits: two auditors, two teams and one with none, June to August.
const histories = [
  moderatedAudit('audit-1', { auditorId: 'tm-1', teamId: 'team-1', moderatedAt: '2025-06-10T10:00:00.000Z' }),
  moderatedAudit('audit-2', {
    auditorId: 'tm-1',
    teamId: 'team-1',
    moderatedAt: '2025-07-01T10:00:00.000Z',
    changes: [
      [8, 'GOOD', 'REQUIRES_IMPROVEMENT'],
      [null, 'GOOD', 'REQUIRES_IMPROVEMENT'],
    ],
  }),
  moderatedAudit('audit-3', { auditorId: 'ap-2', teamId: 'team-2', moderatedAt: '2025-07-15T10:00:00.000Z' }),
  moderatedAudit('audit-4', {
    auditorId: 'ap-2',
    teamId: 'team-2',
    moderatedAt: '2025-07-31T23:00:00.000Z',
    changes: [
      [8, 'GOOD', 'REQUIRES_IMPROVEMENT'],
      [2, 'REQUIRES_IMPROVEMENT', 'INADEQUATE'],
    ],
  }),
  moderatedAudit('audit-5', {
    auditorId: 'tm-1',
    teamId: null,
    moderatedAt: '2025-08-02T10:00:00.000Z',
    changes: [[null, 'REQUIRES_IMPROVEMENT', 'GOOD']],
  }),
];

async function storeWithModerations(): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(MODERATION_STATISTICS_COLLECTION);
  const changes = histories.map((history) => {
    const document = history.reduce<ModeratedAuditDocument | null>((doc, event) => moderationStatisticsProjection.evolve(doc, event), null);
    return { collection: MODERATION_STATISTICS_COLLECTION.name, id: document!.id, document };
  });
  await store.commit('moderationStatistics.v1', null, 100n, changes);
  return store;
}

describe('Moderation statistics queries (CFA-9)', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = await storeWithModerations();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('When every moderation is counted', () => {
    it('should give the agreement rate overall, per auditor and per team (no team last)', async () => {
      const statistics = await moderationStatistics(store);
      expect(statistics.overall).toEqual({ moderated: 5, agreed: 2, changed: 3, agreementRate: 0.4 });
      expect(statistics.byAuditor).toEqual([
        { auditorId: 'ap-2', moderated: 2, agreed: 1, changed: 1, agreementRate: 0.5 },
        { auditorId: 'tm-1', moderated: 3, agreed: 1, changed: 2, agreementRate: 1 / 3 },
      ]);
      expect(statistics.byTeam).toEqual([
        { teamId: 'team-1', moderated: 2, agreed: 1, changed: 1, agreementRate: 0.5 },
        { teamId: 'team-2', moderated: 2, agreed: 1, changed: 1, agreementRate: 0.5 },
        { teamId: null, moderated: 1, agreed: 0, changed: 1, agreementRate: 0 },
      ]);
    });

    it('should count how grades moved, criteria then overall, and each criterion', async () => {
      const statistics = await moderationStatistics(store);
      expect(statistics.gradeMovements).toEqual([
        { scope: 'CRITERION', fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: 2 },
        { scope: 'CRITERION', fromGrade: 'REQUIRES_IMPROVEMENT', toGrade: 'INADEQUATE', count: 1 },
        { scope: 'OVERALL', fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: 1 },
        { scope: 'OVERALL', fromGrade: 'REQUIRES_IMPROVEMENT', toGrade: 'GOOD', count: 1 },
      ]);
      expect(statistics.criterionMovements).toEqual([
        { criterion: 2, fromGrade: 'REQUIRES_IMPROVEMENT', toGrade: 'INADEQUATE', count: 1 },
        { criterion: 8, fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: 2 },
      ]);
    });
  });

  describe('When a filter is given', () => {
    it('should count only the months of moderation in the period, inclusive (UTC months)', async () => {
      const july = await moderationStatistics(store, { from: '2025-07', to: '2025-07' });
      expect(july.overall).toEqual({ moderated: 3, agreed: 1, changed: 2, agreementRate: 1 / 3 });
      expect((await moderationStatistics(store, { from: '2025-08' })).overall.moderated).toBe(1);
      expect((await moderationStatistics(store, { to: '2025-06' })).overall.moderated).toBe(1);
    });

    it('should count one auditor or one team', async () => {
      const auditor = await moderationStatistics(store, { auditorId: 'tm-1', from: '2025-07' });
      expect(auditor.byAuditor).toEqual([{ auditorId: 'tm-1', moderated: 2, agreed: 0, changed: 2, agreementRate: 0 }]);
      expect(auditor.gradeMovements).toEqual([
        { scope: 'CRITERION', fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: 1 },
        { scope: 'OVERALL', fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: 1 },
        { scope: 'OVERALL', fromGrade: 'REQUIRES_IMPROVEMENT', toGrade: 'GOOD', count: 1 },
      ]);
      const team = await moderationStatistics(store, { teamId: 'team-2' });
      expect(team.byTeam).toEqual([{ teamId: 'team-2', moderated: 2, agreed: 1, changed: 1, agreementRate: 0.5 }]);
    });

    it('should answer a period with no moderation with zero counts and no rate', async () => {
      const none = await moderationStatistics(store, { from: '2026-01', to: '2026-12' });
      expect(none).toEqual({
        overall: { moderated: 0, agreed: 0, changed: 0, agreementRate: null },
        byAuditor: [],
        byTeam: [],
        gradeMovements: [],
        criterionMovements: [],
      });
    });

    it.each([
      [{ from: '2025-13' }, 'from'],
      [{ to: '2025-07-01' }, 'to'],
      [{ from: '2025-08', to: '2025-07' }, 'from'],
    ])('should refuse %j naming the field', async (filter, field) => {
      const refusal = moderationStatistics(store, filter);
      await expect(refusal).rejects.toBeInstanceOf(DomainError);
      await expect(refusal).rejects.toMatchObject({ code: 'MODERATION_STATISTICS.INVALID_PERIOD', kind: 'BAD_USER_INPUT', details: { field } });
    });
  });
});
