import { DeciderSpecification } from '../testing/decider-specification.js';
import { allocateAnnualSample } from './annual-sample.allocation.js';
import type { AnnualSampleCommand } from './annual-sample.commands.js';
import { annualSampleDecider } from './annual-sample.decide.js';
import { canonicalFrame, drawAnnualSample } from './annual-sample.draw.js';
import type { AnnualSampleAllocated, AnnualSampleDrawn, AnnualSampleEvent } from './annual-sample.events.js';
import { evolve, initialState } from './annual-sample.state.js';
import { ANNUAL_SAMPLE_ALLOCATION_ALGORITHM } from './annual-sample.values.js';
import {
  ALLOCATED_AT,
  DRAWN_AT,
  DRAW_DATE,
  SEED,
  YEAR,
  auditors,
  caseWorkersFor,
  metadata,
  syntheticFrame,
} from './testing/annual-sample.fixtures.js';

const spec = DeciderSpecification.for(annualSampleDecider);

const frame = syntheticFrame({ size: 300, recentlyAuditedShare: 0.2 });

const drawCommand = (data: Partial<Extract<AnnualSampleCommand, { type: 'DrawAnnualSample' }>['data']> = {}, now = DRAWN_AT) =>
  ({
    type: 'DrawAnnualSample',
    data: { year: YEAR, seed: SEED, frame, drawDate: DRAW_DATE, ...data },
    metadata: metadata({ now }),
  }) satisfies AnnualSampleCommand;

const drawnEvent = (): AnnualSampleDrawn => ({
  type: 'AnnualSampleDrawn',
  data: {
    year: YEAR,
    ...drawAnnualSample({ frame, seed: SEED, drawDate: DRAW_DATE }),
    frame: canonicalFrame(frame),
    drawnAt: DRAWN_AT,
  },
});

const drawnCases = () => drawnEvent().data.drawn;

const allocateCommand = (
  data: Partial<Extract<AnnualSampleCommand, { type: 'AllocateAnnualSample' }>['data']> = {},
  now = ALLOCATED_AT,
) =>
  ({
    type: 'AllocateAnnualSample',
    data: { year: YEAR, auditors: auditors(), caseWorkers: caseWorkersFor(drawnCases()), ...data },
    metadata: metadata({ now }),
  }) satisfies AnnualSampleCommand;

const allocatedEvent = (): AnnualSampleAllocated => {
  const caseWorkers = caseWorkersFor(drawnCases()).sort((a, b) => (a.azeusNumber < b.azeusNumber ? -1 : 1));
  return {
    type: 'AnnualSampleAllocated',
    data: {
      year: YEAR,
      algorithm: ANNUAL_SAMPLE_ALLOCATION_ALGORITHM,
      seed: SEED,
      firstMonth: 1,
      auditors: auditors(),
      caseWorkers,
      allocations: allocateAnnualSample({ year: YEAR, seed: SEED, drawn: drawnCases(), auditors: auditors(), caseWorkers }),
      allocatedAt: ALLOCATED_AT,
    },
  };
};

const reallocateCommand = (data: Partial<Extract<AnnualSampleCommand, { type: 'ReallocateAnnualSampleCase' }>['data']> = {}) => {
  const first = allocatedEvent().data.allocations[0]!;
  return {
    type: 'ReallocateAnnualSampleCase',
    data: { year: YEAR, azeusNumber: first.azeusNumber, auditorId: 'staff-aud-new', reason: 'Auditor left the service', ...data },
    metadata: metadata({ now: '2025-03-03T09:00:00.000Z' }),
  } satisfies AnnualSampleCommand;
};

/** An auditor other than the first allocation's, who may take it. */
const eligibleOther = () => {
  const first = allocatedEvent().data.allocations[0]!;
  return auditors().find((a) => a.staffId !== first.auditorId && !first.excludedAuditorIds.includes(a.staffId))!;
};

describe('Annual sample decider (CFA-1)', () => {
  describe('When no sample has been drawn for the year', () => {
    it('should record the draw with its seed, frame, fingerprint, algorithm and result (CFA-1)', () => {
      spec.given([]).when(drawCommand()).then([drawnEvent()]);
    });

    it('should record the frame in canonical form, whatever order it came in', () => {
      spec.given([]).when(drawCommand({ frame: [...frame].reverse() })).then([drawnEvent()]);
    });

    it('should count the 12 months back from the date of the command when no draw date is given', () => {
      spec
        .given([])
        .when(drawCommand({ drawDate: null }, '2025-02-10T16:30:00.000Z'))
        .thenEvents(([event]) => {
          expect(event!.type).toBe('AnnualSampleDrawn');
          expect((event as AnnualSampleDrawn).data.drawDate).toBe('2025-02-10');
          expect((event as AnnualSampleDrawn).data.drawnAt).toBe('2025-02-10T16:30:00.000Z');
        });
    });

    it('should draw the fraction given, 10% otherwise', () => {
      spec
        .given([])
        .when(drawCommand({ fraction: 0.25 }))
        .thenEvents(([event]) => expect((event as AnnualSampleDrawn).data).toMatchObject({ fraction: 0.25, targetSize: 75 }));
      spec
        .given([])
        .when(drawCommand({ fraction: null }))
        .thenEvents(([event]) => expect((event as AnnualSampleDrawn).data).toMatchObject({ fraction: 0.1, targetSize: 30 }));
    });

    it('should refuse a year that is not a four-digit year', () => {
      spec.given([]).when(drawCommand({ year: 25 })).thenThrows('ANNUAL_SAMPLE.YEAR_INVALID', { kind: 'BAD_USER_INPUT', field: 'year' });
    });

    it('should refuse a frame it cannot draw from', () => {
      spec.given([]).when(drawCommand({ frame: [] })).thenThrows('ANNUAL_SAMPLE.FRAME_EMPTY', { rule: 'CFA-1' });
    });

    it('should refuse to allocate it', () => {
      spec.given([]).when(allocateCommand()).thenThrows('ANNUAL_SAMPLE.NOT_DRAWN', { kind: 'NOT_FOUND' });
    });

    it('should refuse to reallocate a case of it', () => {
      spec.given([]).when(reallocateCommand()).thenThrows('ANNUAL_SAMPLE.NOT_DRAWN', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the sample has been drawn', () => {
    it('should refuse to draw the year again, with any seed (CFA-1)', () => {
      spec
        .given([drawnEvent()])
        .when(drawCommand({ seed: 'another-seed' }))
        .thenThrows('ANNUAL_SAMPLE.ALREADY_DRAWN', { kind: 'CONFLICT', rule: 'CFA-1', message: /2025 was drawn at 2025-01-06T10:00:00.000Z/ });
    });

    it('should allocate the drawn cases to the auditors, with due dates across the year', () => {
      spec.given([drawnEvent()]).when(allocateCommand()).then([allocatedEvent()]);
    });

    it('should record only the workers of drawn cases, and ignore the rest of the caseload', () => {
      const extra = { azeusNumber: 'AZ-NOT-DRAWN', allocatedWorkerId: 'sw-x', allocatedWorkerLineManagerId: 'tm-x' };
      spec
        .given([drawnEvent()])
        .when(allocateCommand({ caseWorkers: [extra, ...caseWorkersFor(drawnCases())] }))
        .then([allocatedEvent()]);
    });

    it('should start the due dates at the month of an allocation made during the year', () => {
      spec
        .given([drawnEvent()])
        .when(allocateCommand({}, '2025-04-15T09:00:00.000Z'))
        .thenEvents(([event]) => {
          const data = (event as AnnualSampleAllocated).data;
          expect(data.firstMonth).toBe(4);
          expect(data.allocations.every((a) => a.dueDate >= '2025-04-30')).toBe(true);
        });
    });

    it('should refuse to allocate once the year is over (CFA-6)', () => {
      spec
        .given([drawnEvent()])
        .when(allocateCommand({}, '2026-01-02T09:00:00.000Z'))
        .thenThrows('ANNUAL_SAMPLE.YEAR_OVER', { kind: 'BAD_USER_INPUT' });
    });

    it('should refuse when a case could go to no auditor but its worker or their line manager, naming the case', () => {
      const cases = drawnCases();
      const only = [{ staffId: 'tm-1', teamId: 'north', lineManagerId: 'hos-1' }];
      const workers = cases.map((c, i) => ({
        azeusNumber: c.azeusNumber,
        allocatedWorkerId: 'sw-1',
        allocatedWorkerLineManagerId: i === 5 ? 'tm-1' : 'tm-2',
      }));
      spec
        .given([drawnEvent()])
        .when(allocateCommand({ auditors: only, caseWorkers: workers }))
        .thenThrows('ANNUAL_SAMPLE.NO_ELIGIBLE_AUDITOR', { rule: 'CFA-1', message: new RegExp(`case ${cases[5]!.azeusNumber}`) });
    });

    it('should refuse a case given two workers', () => {
      const workers = caseWorkersFor(drawnCases());
      spec
        .given([drawnEvent()])
        .when(allocateCommand({ caseWorkers: [...workers, { ...workers[0]!, allocatedWorkerId: 'sw-other' }] }))
        .thenThrows('ANNUAL_SAMPLE.FIELD_REQUIRED', { field: 'caseWorkers' });
    });

    it('should refuse to reallocate before the sample is allocated', () => {
      spec.given([drawnEvent()]).when(reallocateCommand()).thenThrows('ANNUAL_SAMPLE.NOT_ALLOCATED', { kind: 'CONFLICT' });
    });

    it('should refuse a command for another year', () => {
      spec.given([drawnEvent()]).when(allocateCommand({ year: 2024 })).thenThrows('ANNUAL_SAMPLE.YEAR_INVALID');
    });
  });

  describe('When the sample has been allocated', () => {
    const given = () => [drawnEvent(), allocatedEvent()];

    it('should refuse to allocate it again', () => {
      spec.given(given()).when(allocateCommand()).thenThrows('ANNUAL_SAMPLE.ALREADY_ALLOCATED', { kind: 'CONFLICT' });
    });

    it('should give one case to another auditor, keeping its due date', () => {
      const first = allocatedEvent().data.allocations[0]!;
      const to = eligibleOther();
      spec
        .given(given())
        .when(reallocateCommand({ auditorId: to.staffId }))
        .then([
          {
            type: 'AnnualSampleCaseReallocated',
            data: {
              year: YEAR,
              azeusNumber: first.azeusNumber,
              fromAuditorId: first.auditorId,
              toAuditorId: to.staffId,
              toAuditorTeamId: to.teamId,
              dueDate: first.dueDate,
              allocatedWorkerId: first.allocatedWorkerId,
              excludedAuditorIds: first.excludedAuditorIds,
              reason: 'Auditor left the service',
              reallocatedAt: '2025-03-03T09:00:00.000Z',
            },
          },
        ]);
    });

    it('should take a new due date in the year, and an auditor from outside the first list with their team', () => {
      spec
        .given(given())
        .when(reallocateCommand({ auditorId: 'staff-ap-0777', auditorTeamId: 'east-cin', dueDate: '2025-09-30' }))
        .thenEvents(([event]) =>
          expect(event!.data).toMatchObject({ toAuditorId: 'staff-ap-0777', toAuditorTeamId: 'east-cin', dueDate: '2025-09-30' }),
        );
    });

    it("should refuse the case's allocated worker's line manager (CFA-1)", () => {
      const first = allocatedEvent().data.allocations[0]!;
      const lineManager = caseWorkersFor(drawnCases()).find((w) => w.azeusNumber === first.azeusNumber)!.allocatedWorkerLineManagerId!;
      spec
        .given(given())
        .when(reallocateCommand({ auditorId: lineManager }))
        .thenThrows('ANNUAL_SAMPLE.AUDITOR_NOT_ELIGIBLE', { rule: 'CFA-1', field: 'auditorId', message: new RegExp(first.azeusNumber) });
    });

    it('should check a worker who changed since the allocation, and refuse them', () => {
      spec
        .given(given())
        .when(reallocateCommand({ auditorId: 'staff-sw-new', caseWorker: { allocatedWorkerId: 'staff-sw-new', allocatedWorkerLineManagerId: 'staff-tm-3' } }))
        .thenThrows('ANNUAL_SAMPLE.AUDITOR_NOT_ELIGIBLE', { rule: 'CFA-1' });
      spec
        .given(given())
        .when(reallocateCommand({ auditorId: 'staff-tm-3', caseWorker: { allocatedWorkerId: 'staff-sw-new', allocatedWorkerLineManagerId: 'staff-tm-3' } }))
        .thenThrows('ANNUAL_SAMPLE.AUDITOR_NOT_ELIGIBLE', { rule: 'CFA-1' });
    });

    it('should do nothing when the case already sits with that auditor and due date', () => {
      const first = allocatedEvent().data.allocations[0]!;
      spec.given(given()).when(reallocateCommand({ auditorId: first.auditorId })).thenNothingHappens();
    });

    it('should refuse a case not in the sample, a missing reason and a due date outside the year', () => {
      spec.given(given()).when(reallocateCommand({ azeusNumber: 'AZ-NOPE' })).thenThrows('ANNUAL_SAMPLE.CASE_NOT_IN_SAMPLE', { kind: 'NOT_FOUND' });
      spec.given(given()).when(reallocateCommand({ auditorId: eligibleOther().staffId, reason: ' ' })).thenThrows('ANNUAL_SAMPLE.REASON_REQUIRED');
      spec
        .given(given())
        .when(reallocateCommand({ auditorId: eligibleOther().staffId, dueDate: '2026-01-31' }))
        .thenThrows('ANNUAL_SAMPLE.INVALID_DATE', { field: 'dueDate' });
    });
  });

  describe('When the state is folded', () => {
    it('should move from not drawn to drawn to allocated, and follow reallocations', () => {
      const first = allocatedEvent().data.allocations[0]!;
      const reallocated: AnnualSampleEvent = {
        type: 'AnnualSampleCaseReallocated',
        data: {
          year: YEAR,
          azeusNumber: first.azeusNumber,
          fromAuditorId: first.auditorId,
          toAuditorId: 'staff-ap-0777',
          toAuditorTeamId: null,
          dueDate: '2025-10-31',
          allocatedWorkerId: first.allocatedWorkerId,
          excludedAuditorIds: first.excludedAuditorIds,
          reason: 'Auditor left the service',
          reallocatedAt: '2025-03-03T09:00:00.000Z',
        },
      };
      const states = [drawnEvent(), allocatedEvent(), reallocated].reduce(
        (list, event) => [...list, evolve(list[list.length - 1]!, event)],
        [initialState()],
      );
      expect(states.map((s) => s.status)).toEqual(['NOT_DRAWN', 'DRAWN', 'ALLOCATED', 'ALLOCATED']);
      const last = states[3]!;
      expect(last.status === 'ALLOCATED' && last.allocations.find((a) => a.azeusNumber === first.azeusNumber)).toMatchObject({
        auditorId: 'staff-ap-0777',
        dueDate: '2025-10-31',
      });
    });

    it('should ignore facts that do not fit the state, and unknown facts', () => {
      const drawn = evolve(initialState(), drawnEvent());
      expect(evolve(drawn, drawnEvent())).toBe(drawn);
      expect(evolve(initialState(), allocatedEvent())).toEqual(initialState());
      expect(evolve(drawn, { type: 'SomethingNew', data: {} } as unknown as AnnualSampleEvent)).toBe(drawn);
    });
  });
});
