import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { AUDIT_ID, HEAD_OF_SERVICE_ID, MODERATED_AT, events } from '../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { recorded } from '../case-file-audits/case-file-audits.test-support.js';
import type { ModeratedAuditDocument } from './moderation-statistics.document.js';
import { evolveModeratedAuditDocument as evolve, moderationStatisticsProjection } from './moderation-statistics.projection.js';
import { moderatedAudit } from './moderation-statistics.test-support.js';

const fold = (history: readonly RecordedEvent[], from: ModeratedAuditDocument | null = null) =>
  history.reduce<ModeratedAuditDocument | null>((doc, event) => evolve(doc, event), from);

const changedModeration = () =>
  moderatedAudit(AUDIT_ID, {
    auditorId: 'staff-tm-0042',
    teamId: 'team-north-1',
    moderatedAt: MODERATED_AT,
    changes: [
      [8, 'GOOD', 'REQUIRES_IMPROVEMENT'],
      [null, 'GOOD', 'REQUIRES_IMPROVEMENT'],
    ],
  });

describe('moderationStatistics projection (CFA-9)', () => {
  it('should be moderationStatistics v1 over moderationStatistics.v1, by auditor, team and month', () => {
    expect(moderationStatisticsProjection.name).toBe('moderationStatistics');
    expect(moderationStatisticsProjection.version).toBe(1);
    expect(moderationStatisticsProjection.collection).toEqual({
      name: 'moderationStatistics.v1',
      indexes: ['auditorId', 'teamId', 'month'],
    });
    expect(moderationStatisticsProjection.handles).toEqual(['CaseFileAuditModerated', 'CaseFileAuditGradeModerated']);
  });

  describe('When a case file audit stream event arrives', () => {
    it('should touch the document of that audit, and nothing for another stream', () => {
      const event = recorded(events.moderated(), 30);
      expect(moderationStatisticsProjection.documentIds(event)).toEqual([AUDIT_ID]);
      expect(moderationStatisticsProjection.documentIds({ ...event, streamId: 'remedialAction-1' })).toEqual([]);
    });
  });

  describe('When a moderator agrees with an audit', () => {
    it('should count the audit as agreed for its auditor, team and month of moderation', () => {
      expect(fold(moderatedAudit(AUDIT_ID, { auditorId: 'staff-tm-0042', teamId: 'team-north-1', moderatedAt: MODERATED_AT }))).toEqual({
        id: AUDIT_ID,
        auditorId: 'staff-tm-0042',
        teamId: 'team-north-1',
        moderatorId: HEAD_OF_SERVICE_ID,
        moderatedAt: MODERATED_AT,
        month: '2025-07',
        agreed: true,
        movements: [],
        revision: 30,
      });
    });
  });

  describe('When a moderator changes grades', () => {
    it('should hold each movement from the auditor’s grade to the moderated one', () => {
      expect(fold(changedModeration())).toMatchObject({
        agreed: false,
        movements: [
          { scope: 'CRITERION', criterion: 8, fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT' },
          { scope: 'OVERALL', criterion: null, fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT' },
        ],
        revision: 32,
      });
    });
  });

  describe('When the same event is delivered twice', () => {
    it.each(changedModeration().map((event, index) => [event.type, index] as const))(
      'should change nothing the second time: %s',
      (_type, index) => {
        const history = changedModeration();
        const once = fold(history.slice(0, index + 1));
        expect(evolve(once, history[index]!)).toBe(once);
      },
    );

    it('should end with the same document when the whole stream is delivered twice', () => {
      const history = changedModeration();
      expect(fold([...history, ...history])).toEqual(fold(history));
      expect(fold(history.flatMap((e) => [e, e]))).toEqual(fold(history));
    });
  });

  describe('When a recorded event does not fit', () => {
    it('should leave no document for a grade moderated without a moderation', () => {
      expect(evolve(null, recorded(events.gradeModerated(8, 'GOOD', 'INADEQUATE'), 31))).toBeNull();
    });

    it('should keep the first moderation if a second one is recorded', () => {
      const first = fold(changedModeration())!;
      const second = evolve(first, recorded(events.moderated(true, 'Again', '2025-09-01T10:00:00.000Z'), 40))!;
      expect(second).toEqual({ ...first, revision: 40 });
    });

    it('should not throw on malformed data, and skip a movement it cannot read', () => {
      const doc = fold([
        recorded({ type: 'CaseFileAuditModerated', data: null }, 30, { now: '2025-08-05T09:00:00.000Z' }),
        recorded({ type: 'CaseFileAuditGradeModerated', data: { criterion: 3, fromGrade: 'GOOD', toGrade: 'SUPERB' } }, 31),
      ]);
      expect(doc).toMatchObject({ id: AUDIT_ID, auditorId: '', teamId: null, month: '2025-08', agreed: true, movements: [], revision: 31 });
    });

    it('should skip an event type it does not handle', () => {
      const doc = fold(changedModeration())!;
      expect(evolve(doc, recorded(events.moderationFeedbackAcknowledged(), 50))).toBe(doc);
    });
  });
});
