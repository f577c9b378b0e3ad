import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { ANNUAL_SAMPLE_EVENT_TYPES } from '../../libs/domain/src/index.js';
import { SQA_MANAGER_ID, YEAR } from '../../libs/domain/src/sampling/testing/annual-sample.fixtures.js';
import type { AnnualSampleDocument } from './annual-sample.document.js';
import { sampleHistory } from './annual-sample.fixtures.js';
import { annualSampleProjection, evolveAnnualSampleDocument as evolve } from './annual-sample.projection.js';
import { recorded, stream } from './annual-sample.test-support.js';

const fold = (history: readonly RecordedEvent[], from: AnnualSampleDocument | null = null) =>
  history.reduce<AnnualSampleDocument | null>((doc, event) => evolve(doc, event), from);

const { drawn, allocated, reallocated } = sampleHistory();
const everyEventType = () => stream([drawn, allocated, reallocated]);

describe('annualSample projection (CFA-1)', () => {
  it('should be annualSample v1 over annualSample.v1 indexed by status, handling every annual sample event', () => {
    expect(annualSampleProjection.name).toBe('annualSample');
    expect(annualSampleProjection.version).toBe(1);
    expect(annualSampleProjection.collection).toEqual({ name: 'annualSample.v1', indexes: ['status'] });
    expect([...annualSampleProjection.handles].sort()).toEqual([...ANNUAL_SAMPLE_EVENT_TYPES].sort());
    expect(new Set(everyEventType().map((e) => e.type))).toEqual(new Set(ANNUAL_SAMPLE_EVENT_TYPES));
  });

  describe('When an event of an annual sample stream arrives', () => {
    it("should touch that year's document", () => {
      expect(annualSampleProjection.documentIds(recorded(drawn, 0))).toEqual(['2025']);
    });

    it('should touch nothing for another stream', () => {
      expect(annualSampleProjection.documentIds({ ...recorded(drawn, 0), streamId: 'caseFileAudit-1' })).toEqual([]);
      expect(annualSampleProjection.documentIds({ ...recorded(drawn, 0), streamId: 'annualSample-x' })).toEqual([]);
    });
  });

  describe('When the sample is drawn', () => {
    const doc = fold(stream([drawn]))!;

    it('should hold how it was drawn: seed, algorithm, frame fingerprint, sizes and strata', () => {
      const d = drawn.data;
      expect(doc).toMatchObject({
        id: '2025',
        year: YEAR,
        status: 'DRAWN',
        revision: 0,
        algorithm: d.algorithm,
        seed: d.seed,
        fraction: 0.1,
        drawDate: d.drawDate,
        drawnAt: d.drawnAt,
        drawnBy: { staffId: SQA_MANAGER_ID, role: 'SQA_MANAGER' },
        frameSize: 500,
        frameFingerprint: d.frameFingerprint,
        targetSize: 50,
        eligibleCount: d.eligibleCount,
        frameTooSmall: false,
        note: d.note,
        strata: d.strata,
        allocatedAt: null,
      });
    });

    it('should list every drawn case with its stratum, not yet allocated', () => {
      expect(doc.cases).toHaveLength(50);
      expect(doc.cases.map((c) => c.azeusNumber)).toEqual(drawn.data.drawn.map((c) => c.azeusNumber));
      for (const c of doc.cases) {
        expect(c.stratum).toBe(`${c.teamId}/${c.category}`);
        expect(c).toMatchObject({ auditorId: null, dueDate: null, reallocations: [] });
      }
    });
  });

  describe('When the sample is allocated', () => {
    const doc = fold(stream([drawn, allocated]))!;

    it('should give every case its auditor and due date', () => {
      expect(doc.status).toBe('ALLOCATED');
      expect(doc.allocatedAt).toBe(allocated.data.allocatedAt);
      expect(doc.allocationAlgorithm).toBe(allocated.data.algorithm);
      for (const a of allocated.data.allocations) {
        expect(doc.cases.find((c) => c.azeusNumber === a.azeusNumber)).toMatchObject({
          auditorId: a.auditorId,
          auditorTeamId: a.auditorTeamId,
          dueDate: a.dueDate,
          allocatedWorkerId: a.allocatedWorkerId,
        });
      }
    });
  });

  describe('When a case is reallocated', () => {
    it('should show the new auditor and keep who held it before', () => {
      const doc = fold(everyEventType())!;
      const c = doc.cases.find((x) => x.azeusNumber === reallocated.data.azeusNumber)!;
      expect(c).toMatchObject({ auditorId: 'staff-ap-0777', auditorTeamId: 'east-cin', dueDate: reallocated.data.dueDate });
      expect(c.reallocations).toEqual([
        {
          fromAuditorId: reallocated.data.fromAuditorId,
          toAuditorId: 'staff-ap-0777',
          reason: 'Auditor left the service',
          reallocatedAt: reallocated.data.reallocatedAt,
        },
      ]);
    });
  });

  describe('When the same event is delivered twice', () => {
    it.each(everyEventType().map((event, index) => [event.type, index] as const))(
      'should change nothing the second time: %s',
      (_type, index) => {
        const history = everyEventType();
        const once = fold(history.slice(0, index + 1));
        expect(evolve(once, history[index]!)).toBe(once);
      },
    );

    it('should end with the same document when a whole stream is delivered twice', () => {
      const history = everyEventType();
      expect(fold([...history, ...history])).toEqual(fold(history));
      expect(fold(history.flatMap((e) => [e, e]))).toEqual(fold(history));
    });

    it('should ignore an older event arriving after a newer one', () => {
      const history = everyEventType();
      const doc = fold(history);
      expect(evolve(doc, history[1]!)).toBe(doc);
    });
  });

  describe('When a recorded event does not fit', () => {
    it('should leave no document for events of a sample never drawn', () => {
      expect(evolve(null, recorded(allocated, 1))).toBeNull();
    });

    it('should not throw on malformed data and still advance the revision', () => {
      const doc = fold(stream([drawn]))!;
      const malformed = [
        recorded({ type: 'AnnualSampleAllocated', data: { allocations: [null, { auditorId: 'x' }, 'text'] } }, 1),
        recorded({ type: 'AnnualSampleCaseReallocated', data: null }, 2),
        { ...recorded({ type: 'AnnualSampleCaseReallocated', data: { azeusNumber: doc.cases[0]!.azeusNumber, toAuditorId: 'tm-5' } }, 3), metadata: {} },
        recorded({ type: 'AnnualSampleSomethingNew', data: {} }, 4),
      ];
      const after = fold(malformed, doc)!;
      expect(after.revision).toBe(3);
      expect(after.cases[0]).toMatchObject({ auditorId: 'tm-5', reallocations: [{ toAuditorId: 'tm-5', reason: '' }] });
      expect(after.cases.slice(1)).toEqual(doc.cases.slice(1));
    });

    it('should make what it can of a malformed draw', () => {
      const doc = evolve(null, recorded({ type: 'AnnualSampleDrawn', data: { drawn: [{ azeusNumber: 'AZ-1' }, 7], strata: 'none' } }, 0))!;
      expect(doc).toMatchObject({ id: '2025', year: 2025, status: 'DRAWN', seed: '', targetSize: 0, strata: [] });
      expect(doc.cases).toEqual([
        {
          azeusNumber: 'AZ-1',
          teamId: '',
          category: '',
          stratum: '/',
          lastAuditedOn: null,
          recentlyAudited: false,
          auditorId: null,
          auditorTeamId: null,
          dueDate: null,
          allocatedWorkerId: null,
          reallocations: [],
        },
      ]);
    });
  });
});
