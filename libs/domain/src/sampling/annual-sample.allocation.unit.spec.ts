import { DomainError } from '../shared/domain-error.js';
import { allocateAnnualSample, excludedAuditorIds } from './annual-sample.allocation.js';
import { drawAnnualSample } from './annual-sample.draw.js';
import type { DrawnSampleCase, SampleAuditor, SampleCaseAllocation, SampleCaseWorker } from './annual-sample.values.js';
import { seededRandom } from './seeded-random.js';
import { DRAW_DATE, SEED, YEAR, auditors, caseWorkersFor, reordered, syntheticFrame } from './testing/annual-sample.fixtures.js';

const drawn = drawAnnualSample({ frame: syntheticFrame(), seed: SEED, drawDate: DRAW_DATE }).drawn;

function loads(allocations: readonly SampleCaseAllocation[], team: readonly SampleAuditor[]): Map<string, number> {
  const load = new Map(team.map((a) => [a.staffId, 0]));
  for (const a of allocations) load.set(a.auditorId, load.get(a.auditorId)! + 1);
  return load;
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('Expected the allocation to be refused');
}

/** Random but reproducible inputs: auditors who manage each other, workers who are sometimes auditors. */
function randomInput(index: number): {
  cases: readonly DrawnSampleCase[];
  team: SampleAuditor[];
  workers: SampleCaseWorker[];
  firstMonth: number;
} {
  const random = seededRandom(['allocation-property', index]);
  const auditorCount = 3 + random.uniformInt(10);
  const team: SampleAuditor[] = Array.from({ length: auditorCount }, (_, i) => ({
    staffId: `aud-${i}`,
    teamId: `team-${i % 3}`,
    lineManagerId: random.uniformInt(3) === 0 ? `hos-${random.uniformInt(2)}` : `aud-${random.uniformInt(auditorCount)}`,
  }));
  const size = 1 + random.uniformInt(60);
  const cases = drawAnnualSample({ frame: syntheticFrame({ size: size * 10, key: `p${index}` }), seed: `p${index}`, drawDate: DRAW_DATE }).drawn;
  const staff = [...team.map((a) => a.staffId), 'sw-1', 'sw-2', 'sw-3', 'sw-4'];
  const workers = cases.map((c) => {
    const worker = random.uniformInt(8) === 0 ? null : staff[random.uniformInt(staff.length)]!;
    return {
      azeusNumber: c.azeusNumber,
      allocatedWorkerId: worker,
      allocatedWorkerLineManagerId: worker === null || random.uniformInt(4) === 0 ? null : team[random.uniformInt(auditorCount)]!.staffId,
    };
  });
  return { cases, team, workers, firstMonth: 1 + random.uniformInt(12) };
}

describe('Allocation of the annual sample to auditors (CFA-1)', () => {
  describe('When 140 drawn cases are allocated to twelve auditors', () => {
    const team = auditors();
    const workers = caseWorkersFor(drawn, team);
    const allocations = allocateAnnualSample({ year: YEAR, seed: SEED, drawn, auditors: team, caseWorkers: workers });

    it('should give every drawn case exactly one auditor', () => {
      expect(allocations).toHaveLength(140);
      expect(new Set(allocations.map((a) => a.azeusNumber))).toEqual(new Set(drawn.map((c) => c.azeusNumber)));
    });

    it("should never give a case to its allocated worker's line manager (CFA-1)", () => {
      for (const a of allocations) {
        const worker = workers.find((w) => w.azeusNumber === a.azeusNumber)!;
        expect(a.auditorId).not.toBe(worker.allocatedWorkerLineManagerId);
        expect(a.excludedAuditorIds).toContain(worker.allocatedWorkerLineManagerId);
      }
    });

    it('should balance the load: 11 or 12 cases each', () => {
      expect([...loads(allocations, team).values()].sort()).toEqual([11, 11, 11, 11, 12, 12, 12, 12, 12, 12, 12, 12]);
    });

    it('should spread each auditor’s due dates over the twelve months, one case a month at most (CFA-2, CFA-6)', () => {
      for (const auditor of team) {
        const months = allocations.filter((a) => a.auditorId === auditor.staffId).map((a) => a.dueDate.slice(0, 7));
        expect(new Set(months).size).toBe(months.length);
      }
      const twelve = team.find((a) => loads(allocations, team).get(a.staffId) === 12)!;
      expect(
        allocations.filter((a) => a.auditorId === twelve.staffId).map((a) => a.dueDate).sort(),
      ).toEqual([
        '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30',
        '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31',
      ]);
      const perMonth = new Map<string, number>();
      for (const a of allocations) perMonth.set(a.dueDate, (perMonth.get(a.dueDate) ?? 0) + 1);
      expect(perMonth.size).toBe(12);
      for (const count of perMonth.values()) expect(count).toBeGreaterThanOrEqual(8);
    });

    it('should carry each case’s stratum and the auditor’s team', () => {
      for (const a of allocations) {
        const c = drawn.find((d) => d.azeusNumber === a.azeusNumber)!;
        expect(a).toMatchObject({ teamId: c.teamId, category: c.category, stratum: c.stratum });
        expect(a.auditorTeamId).toBe(team.find((t) => t.staffId === a.auditorId)!.teamId);
      }
    });

    it('should allocate the same way for the same input, whatever its order', () => {
      const again = allocateAnnualSample({
        year: YEAR,
        seed: SEED,
        drawn: reordered(drawn),
        auditors: reordered(team),
        caseWorkers: reordered(workers),
      });
      expect(again).toEqual(allocations);
    });

    it('should allocate another way with another seed', () => {
      const other = allocateAnnualSample({ year: YEAR, seed: `${SEED}-b`, drawn, auditors: team, caseWorkers: workers });
      const byCase = (list: readonly SampleCaseAllocation[]) => list.map((a) => `${a.azeusNumber}:${a.auditorId}`).sort();
      expect(byCase(other)).not.toEqual(byCase(allocations));
    });
  });

  describe('When the cases are allocated partway through the year', () => {
    it('should spread the due dates over the months left, from the first month to December', () => {
      const team = auditors(4);
      const cases = drawn.slice(0, 28);
      const allocations = allocateAnnualSample({
        year: YEAR,
        seed: SEED,
        drawn: cases,
        auditors: team,
        caseWorkers: caseWorkersFor(cases, team),
        firstMonth: 6,
      });
      expect(allocations.every((a) => a.dueDate >= '2025-06-30' && a.dueDate <= '2025-12-31')).toBe(true);
      for (const auditor of team) {
        const months = allocations.filter((a) => a.auditorId === auditor.staffId).map((a) => a.dueDate);
        expect(months).toHaveLength(7);
        expect(new Set(months).size).toBe(7);
      }
    });

    it('should give an auditor with more cases than months a fair number each month', () => {
      const team = auditors(1);
      const cases = drawn.slice(0, 30);
      const workers = cases.map((c) => ({ azeusNumber: c.azeusNumber, allocatedWorkerId: 'sw-1', allocatedWorkerLineManagerId: 'tm-9' }));
      const allocations = allocateAnnualSample({ year: YEAR, seed: SEED, drawn: cases, auditors: team, caseWorkers: workers });
      const perMonth = new Map<string, number>();
      for (const a of allocations) perMonth.set(a.dueDate, (perMonth.get(a.dueDate) ?? 0) + 1);
      expect(perMonth.size).toBe(12);
      expect([...perMonth.values()].every((n) => n === 2 || n === 3)).toBe(true);
    });
  });

  describe('When allocations are made for many random teams and caseloads (property)', () => {
    it.each(Array.from({ length: 150 }, (_, i) => [i]))(
      'should never give a case to its allocated worker or their line manager, and leave no case that could move to an auditor two lighter (input %i)',
      (index) => {
        const { cases, team, workers, firstMonth } = randomInput(index);
        let allocations: SampleCaseAllocation[];
        try {
          allocations = allocateAnnualSample({ year: YEAR, seed: `seed-${index}`, drawn: cases, auditors: team, caseWorkers: workers, firstMonth });
        } catch (error) {
          // Refused only when some case truly has no eligible auditor.
          expect((error as DomainError).code).toBe('ANNUAL_SAMPLE.NO_ELIGIBLE_AUDITOR');
          const blocked = workers.filter((w) => team.every((a) => excludedAuditorIds(w, team).includes(a.staffId)));
          expect(blocked.length).toBeGreaterThan(0);
          return;
        }
        expect(allocations).toHaveLength(cases.length);
        const load = loads(allocations, team);
        for (const a of allocations) {
          const worker = workers.find((w) => w.azeusNumber === a.azeusNumber)!;
          const lineManagers = [
            worker.allocatedWorkerLineManagerId,
            team.find((t) => t.staffId === worker.allocatedWorkerId)?.lineManagerId ?? null,
          ];
          // CFA-1: never the allocated worker, never that worker's line manager.
          expect(a.auditorId).not.toBe(worker.allocatedWorkerId);
          expect(lineManagers).not.toContain(a.auditorId);
          expect(a.dueDate >= `${YEAR}-${String(firstMonth).padStart(2, '0')}-01` && a.dueDate <= `${YEAR}-12-31`).toBe(true);
          // Balanced: no auditor two or more cases lighter could have taken this case instead.
          for (const other of team) {
            const eligible = other.staffId !== worker.allocatedWorkerId && !lineManagers.includes(other.staffId);
            if (eligible) expect(load.get(other.staffId)!).toBeGreaterThanOrEqual(load.get(a.auditorId)! - 1);
          }
        }
      },
    );
  });

  describe('When the only auditors are the case’s worker and their line manager', () => {
    it('should refuse, naming the case (CFA-1)', () => {
      const team: SampleAuditor[] = [
        { staffId: 'ap-1', teamId: 'north', lineManagerId: 'tm-1' },
        { staffId: 'tm-1', teamId: 'north', lineManagerId: 'hos-1' },
      ];
      const cases = drawn.slice(0, 3);
      const workers = cases.map((c, i) => ({
        azeusNumber: c.azeusNumber,
        allocatedWorkerId: i === 1 ? 'ap-1' : 'sw-1',
        allocatedWorkerLineManagerId: i === 1 ? null : 'hos-1',
      }));
      const error = refusal(() => allocateAnnualSample({ year: YEAR, seed: SEED, drawn: cases, auditors: team, caseWorkers: workers }));
      expect(error.code).toBe('ANNUAL_SAMPLE.NO_ELIGIBLE_AUDITOR');
      expect(error.rule).toBe('CFA-1');
      expect(error.message).toContain(`case ${cases[1]!.azeusNumber}`);
      expect(error.message).toContain('ap-1, tm-1');
    });
  });

  describe('When the input is incomplete', () => {
    it('should refuse when a drawn case has no entry for its worker, naming it', () => {
      const workers = caseWorkersFor(drawn).slice(1);
      const error = refusal(() => allocateAnnualSample({ year: YEAR, seed: SEED, drawn, auditors: auditors(), caseWorkers: workers }));
      expect(error.code).toBe('ANNUAL_SAMPLE.CASE_WORKER_MISSING');
      expect(error.message).toContain(drawn.find((c) => !workers.some((w) => w.azeusNumber === c.azeusNumber))!.azeusNumber);
    });

    it('should refuse no auditors, and an auditor listed twice', () => {
      const workers = caseWorkersFor(drawn);
      expect(refusal(() => allocateAnnualSample({ year: YEAR, seed: SEED, drawn, auditors: [], caseWorkers: workers })).code).toBe(
        'ANNUAL_SAMPLE.AUDITORS_REQUIRED',
      );
      const twice = [...auditors(3), auditors(3)[0]!];
      expect(refusal(() => allocateAnnualSample({ year: YEAR, seed: SEED, drawn, auditors: twice, caseWorkers: workers })).code).toBe(
        'ANNUAL_SAMPLE.AUDITOR_DUPLICATED',
      );
    });
  });

  describe('When the staff a case excludes are worked out', () => {
    it("should be the worker and the worker's line manager, from the case and from the auditors list", () => {
      const team: SampleAuditor[] = [{ staffId: 'ap-1', teamId: 'north', lineManagerId: 'tm-1' }];
      expect(excludedAuditorIds({ azeusNumber: 'AZ-1', allocatedWorkerId: 'ap-1', allocatedWorkerLineManagerId: 'tm-2' }, team)).toEqual([
        'ap-1',
        'tm-1',
        'tm-2',
      ]);
      expect(excludedAuditorIds({ azeusNumber: 'AZ-1', allocatedWorkerId: null, allocatedWorkerLineManagerId: null }, team)).toEqual([]);
    });
  });
});
