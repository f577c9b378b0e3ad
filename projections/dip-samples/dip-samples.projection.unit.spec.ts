import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { DIP_SAMPLE_EVENT_TYPES, type DipSampleEvent } from '../../libs/domain/src/index.js';
import { AUDITOR_ID, AUDIT_ID, DIP_SAMPLE_ID, NOW, SQA_OFFICER_ID, events } from '../../libs/domain/src/dip-sample/dip-sample.fixtures.js';
import { fold, recorded, stream } from '../staff/people.test-support.js';
import type { DipSampleDocument } from './dip-samples.document.js';
import { DIP_SAMPLES_COLLECTION, dipSamplesProjection, evolveDipSampleDocument } from './dip-samples.projection.js';
import { dipSampleSummaryForAuditor, getDipSample, listDipSamplesByAudit, listDipSamplesByAuditorSampled } from './dip-samples.queries.js';

const STREAM = `dipSample-${DIP_SAMPLE_ID}`;
const history: DipSampleEvent[] = [
  events.started(),
  events.quality('MEETS_STANDARD', 'First view'),
  events.quality('BELOW_STANDARD'),
  events.followThrough('PARTLY', 'Plan not updated'),
  events.followUp(),
  events.completed('BELOW_STANDARD', 'PARTLY'),
  events.followUp('ra-dip-2', 'Team manager to review plan timescales'),
];

describe('dipSamples projection (CFA-11)', () => {
  it('should be dipSamples v1, handling every dip sample event, keyed by the dip sample id', () => {
    expect(dipSamplesProjection).toMatchObject({ name: 'dipSamples', version: 1, collection: { name: 'dipSamples.v1' } });
    expect([...dipSamplesProjection.handles].sort()).toEqual([...DIP_SAMPLE_EVENT_TYPES].sort());
    expect(dipSamplesProjection.documentIds(recorded(STREAM, history[0]!, 0))).toEqual([DIP_SAMPLE_ID]);
    expect(dipSamplesProjection.documentIds(recorded(`caseFileAudit-${AUDIT_ID}`, history[0]!, 0))).toEqual([]);
  });

  describe('When a dip sample is taken, judged twice, completed and followed up', () => {
    it('should hold the audit sampled, the latest judgements and every follow-up action', () => {
      expect(fold(evolveDipSampleDocument, stream(STREAM, history))).toEqual({
        id: DIP_SAMPLE_ID,
        dipSampleId: DIP_SAMPLE_ID,
        auditId: AUDIT_ID,
        azeusNumber: 'AZ-104233',
        auditType: 'RANDOM_SAMPLE',
        sampledAuditorId: AUDITOR_ID,
        teamId: 'team-north-1',
        auditSubmittedAt: '2025-06-05T16:30:00.000Z',
        auditOverallGrade: 'REQUIRES_IMPROVEMENT',
        sampledBy: SQA_OFFICER_ID,
        status: 'COMPLETED',
        quality: { judgement: 'BELOW_STANDARD', findings: 'Evaluations evidence-based; criterion 8 grade generous', judgedAt: NOW },
        qualityJudgement: 'BELOW_STANDARD',
        followThrough: { followedThrough: 'PARTLY', notes: 'Plan not updated', judgedAt: NOW },
        followUpActions: [
          { actionId: 'ra-dip-1', description: 'Auditor to revisit criterion 8 with the team manager', raisedAt: NOW },
          { actionId: 'ra-dip-2', description: 'Team manager to review plan timescales', raisedAt: NOW },
        ],
        startedAt: NOW,
        completedAt: NOW,
        revision: history.length - 1,
        lastUpdatedAt: '2025-06-12T14:00:00.000Z',
      } satisfies DipSampleDocument);
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const recordedHistory = stream(STREAM, history);
      const twice = recordedHistory.reduce<DipSampleDocument | null>((d, e) => evolveDipSampleDocument(evolveDipSampleDocument(d, e), e), null);
      expect(twice).toEqual(fold(evolveDipSampleDocument, recordedHistory));
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw', () => {
      const started = fold(evolveDipSampleDocument, stream(STREAM, [events.started()]))!;
      expect(evolveDipSampleDocument(null, recorded(STREAM, { type: 'DipSampleStarted', data: 'garbage' }, 0))).toBeNull();
      expect(evolveDipSampleDocument(started, recorded(STREAM, { type: 'DipSampleAuditQualityJudged', data: { judgement: 'SUPERB' } }, 1))).toMatchObject({
        quality: null,
        revision: 1,
      });
      expect(evolveDipSampleDocument(started, recorded(STREAM, { type: 'DipSampleFollowUpActionRaised', data: {} }, 1))).toMatchObject({ followUpActions: [] });
    });
  });

  describe('When dip samples are queried', () => {
    it('should list them by audit and by auditor sampled, and summarise an auditor\'s judgements (CFA-11)', async () => {
      const store = new MemoryReadStore();
      await store.defineCollection(DIP_SAMPLES_COLLECTION);
      const samples: Record<string, DipSampleEvent[]> = {
        d1: history,
        d2: [
          events.started({ startedAt: '2025-07-01T09:00:00.000Z' }),
          events.quality('MEETS_STANDARD'),
          events.followThrough('YES'),
          events.completed('MEETS_STANDARD', 'YES'),
        ],
        d3: [events.started({ auditId: 'audit-2', sampledAuditorId: 'staff-ap-0042', startedAt: '2025-06-01T09:00:00.000Z' })],
      };
      await store.commit(
        'dipSamples.v1',
        null,
        1n,
        Object.entries(samples).map(([id, h]) => ({
          collection: DIP_SAMPLES_COLLECTION.name,
          id,
          document: fold(evolveDipSampleDocument, stream(`dipSample-${id}`, h.map((e) => ({ ...e, data: { ...e.data, dipSampleId: id } })))),
        })),
      );
      expect((await listDipSamplesByAudit(store, AUDIT_ID)).map((d) => d.id)).toEqual(['d1', 'd2']);
      expect((await listDipSamplesByAuditorSampled(store, 'staff-ap-0042')).map((d) => d.id)).toEqual(['d3']);
      expect((await listDipSamplesByAuditorSampled(store, AUDITOR_ID, { status: 'COMPLETED' })).map((d) => d.id)).toEqual(['d1', 'd2']);
      expect(await dipSampleSummaryForAuditor(store, AUDITOR_ID)).toEqual({
        auditorId: AUDITOR_ID,
        sampled: 2,
        completed: 2,
        meetsStandard: 1,
        belowStandard: 1,
        followThrough: { YES: 1, PARTLY: 1, NO: 0, NO_ACTIONS_RAISED: 0 },
      });
      expect(await getDipSample(store, 'd3')).toMatchObject({ status: 'IN_PROGRESS', qualityJudgement: null });
    });
  });
});
