import { DomainError } from '../shared/domain-error.js';
import { compare } from './annual-sample.draw.js';
import { AnnualSampleErrorCode as Code } from './annual-sample.errors.js';
import {
  type DrawnSampleCase,
  type SampleAuditor,
  type SampleCaseAllocation,
  type SampleCaseWorker,
} from './annual-sample.values.js';
import { lastDayOfMonth } from './sample-dates.js';
import { seededRandom, shuffled, tieBreakKey } from './seeded-random.js';

/**
 * CFA-1 (with CFA-2 and CFA-6): the drawn cases are given to auditors across the year, each with a
 * due date, and never to an auditor who is the case's allocated worker or that worker's line
 * manager. The rules of ANNUAL_SAMPLE_ALLOCATION_ALGORITHM (v1); rng(parts) is the generator of
 * `seeded-random.ts` keyed by ["annual-sample-allocation/v1", ...parts], the seed being the draw's:
 *
 * 1. A case may not go to its allocated worker, nor to that worker's line manager as given with
 *    the case or as listed among the auditors (both, if they differ).
 * 2. Auditors are ranked by rng(["auditor", seed, staffId]).nextUint32(), then staff id; cases are
 *    put in order by a Fisher–Yates shuffle of the drawn cases in Azeus order with
 *    rng(["cases", seed]).
 * 3. In that order each case goes to the eligible auditor holding fewest cases so far, ties to
 *    the higher ranked. A case with no eligible auditor stops the allocation with an error naming it.
 * 4. The load is then balanced: while some auditor can pass a case down a chain of eligible
 *    auditors (each handing one case on) to an auditor holding at least two fewer, the chain is
 *    followed, starting from the most loaded auditor (then rank) and searching breadth first
 *    (auditors by rank, their cases in case order). When no such chain is left no allocation
 *    respecting rule 1 is more even (a cost-reducing path, as for optimal semi-matchings).
 * 5. Each auditor's k cases, in case order, are due at the end of the months spread evenly over
 *    the months left in the year: with M months from the first month to December, the i-th
 *    (from 0) is due at the end of month first + floor((2i + 1)·M / (2k)).
 *    With all twelve months and twelve cases that is one a month, as CFA-2 asks of TMs and APs.
 */

export interface AnnualSampleAllocationInput {
  readonly year: number;
  /** The draw's seed: the allocation is as reproducible as the draw. */
  readonly seed: string;
  readonly drawn: readonly DrawnSampleCase[];
  readonly auditors: readonly SampleAuditor[];
  readonly caseWorkers: readonly SampleCaseWorker[];
  /** 1..12: the first month a case may fall due in (the allocation's month in the sample's year). */
  readonly firstMonth?: number;
}

const RANDOM_VERSION = 'annual-sample-allocation/v1';

export function allocateAnnualSample(input: AnnualSampleAllocationInput): SampleCaseAllocation[] {
  validAuditors(input.auditors);
  const firstMonth = input.firstMonth ?? 1;
  if (!Number.isInteger(firstMonth) || firstMonth < 1 || firstMonth > 12) {
    throw new RangeError(`firstMonth must be 1 to 12, not ${firstMonth}`);
  }
  const auditors = rankedAuditors(input.auditors, input.seed);
  const workers = caseWorkersByCase(input.caseWorkers, input.drawn);
  const cases = shuffled(
    [...input.drawn].sort((a, b) => compare(a.azeusNumber, b.azeusNumber)),
    seededRandom([RANDOM_VERSION, 'cases', input.seed]),
  );

  const excluded = new Map(cases.map((c) => [c.azeusNumber, excludedAuditorIds(workers.get(c.azeusNumber)!, input.auditors)]));
  const eligible = new Map(
    cases.map((c) => {
      const out = excluded.get(c.azeusNumber)!;
      return [c.azeusNumber, auditors.filter((a) => !out.includes(a.staffId))];
    }),
  );

  // 3. Greedy: least loaded eligible auditor, ties to rank.
  const load = new Map(auditors.map((a) => [a.staffId, 0]));
  const holder = new Map<string, string>();
  for (const c of cases) {
    const candidates = eligible.get(c.azeusNumber)!;
    if (candidates.length === 0) throw noEligibleAuditor(c.azeusNumber, excluded.get(c.azeusNumber)!);
    let chosen = candidates[0]!;
    for (const a of candidates) if (load.get(a.staffId)! < load.get(chosen.staffId)!) chosen = a;
    holder.set(c.azeusNumber, chosen.staffId);
    load.set(chosen.staffId, load.get(chosen.staffId)! + 1);
  }

  balance(auditors, cases, eligible, holder, load);

  // 5. Due dates, spread over the months left in the year, per auditor in case order.
  const months = 12 - firstMonth + 1;
  const dueDates = new Map<string, string>();
  for (const auditor of auditors) {
    const own = cases.filter((c) => holder.get(c.azeusNumber) === auditor.staffId);
    own.forEach((c, i) => {
      const month = firstMonth + Math.floor(((2 * i + 1) * months) / (2 * own.length));
      dueDates.set(c.azeusNumber, lastDayOfMonth(input.year, month));
    });
  }

  const byId = new Map(auditors.map((a) => [a.staffId, a]));
  return cases
    .map((c): SampleCaseAllocation => {
      const auditor = byId.get(holder.get(c.azeusNumber)!)!;
      return {
        azeusNumber: c.azeusNumber,
        teamId: c.teamId,
        category: c.category,
        stratum: c.stratum,
        auditorId: auditor.staffId,
        auditorTeamId: auditor.teamId,
        dueDate: dueDates.get(c.azeusNumber)!,
        allocatedWorkerId: workers.get(c.azeusNumber)!.allocatedWorkerId,
        excludedAuditorIds: excluded.get(c.azeusNumber)!,
      };
    })
    .sort((a, b) => compare(a.dueDate, b.dueDate) || compare(a.auditorId, b.auditorId) || compare(a.azeusNumber, b.azeusNumber));
}

/**
 * Rule 1: the staff who may not audit a case, sorted: its allocated worker and that worker's line
 * manager(s), from the case and from the auditors list.
 */
export function excludedAuditorIds(worker: SampleCaseWorker, auditors: readonly SampleAuditor[]): string[] {
  const ids = new Set<string>();
  if (worker.allocatedWorkerId !== null) {
    ids.add(worker.allocatedWorkerId);
    const asAuditor = auditors.find((a) => a.staffId === worker.allocatedWorkerId);
    if (asAuditor?.lineManagerId) ids.add(asAuditor.lineManagerId);
  }
  if (worker.allocatedWorkerLineManagerId !== null) ids.add(worker.allocatedWorkerLineManagerId);
  return [...ids].sort(compare);
}

/** The error for a case no auditor may take (rule 1). */
export function noEligibleAuditor(azeusNumber: string, excluded: readonly string[]): DomainError {
  return new DomainError(
    Code.NO_ELIGIBLE_AUDITOR,
    `No auditor may audit case ${azeusNumber}: every auditor listed is its allocated worker or that worker's line manager ` +
      `(${excluded.join(', ') || 'none'}); add another auditor`,
    'BAD_USER_INPUT',
    { field: 'auditors', rule: 'CFA-1' },
  );
}

// ---------------------------------------------------------------------------------------------

function validAuditors(auditors: readonly SampleAuditor[]): void {
  if (!Array.isArray(auditors) || auditors.length === 0) {
    throw new DomainError(Code.AUDITORS_REQUIRED, 'Name at least one auditor to allocate the sample to', 'BAD_USER_INPUT', {
      field: 'auditors',
      rule: 'CFA-1',
    });
  }
  const seen = new Set<string>();
  for (const auditor of auditors) {
    if (typeof auditor?.staffId !== 'string' || auditor.staffId.trim() === '') {
      throw new DomainError(Code.FIELD_REQUIRED, 'Every auditor needs a staff id', 'BAD_USER_INPUT', { field: 'auditors' });
    }
    if (seen.has(auditor.staffId)) {
      throw new DomainError(Code.AUDITOR_DUPLICATED, `Auditor ${auditor.staffId} is listed more than once`, 'BAD_USER_INPUT', {
        field: 'auditors',
      });
    }
    seen.add(auditor.staffId);
  }
}

function rankedAuditors(auditors: readonly SampleAuditor[], seed: string): SampleAuditor[] {
  return auditors
    .map((a) => ({ a, key: tieBreakKey([RANDOM_VERSION, 'auditor', seed, a.staffId]) }))
    .sort((x, y) => x.key - y.key || compare(x.a.staffId, y.a.staffId))
    .map(({ a }) => a);
}

function caseWorkersByCase(
  caseWorkers: readonly SampleCaseWorker[],
  drawn: readonly DrawnSampleCase[],
): Map<string, SampleCaseWorker> {
  const byCase = new Map(caseWorkers.map((w) => [w.azeusNumber, w]));
  const missing = drawn.map((c) => c.azeusNumber).filter((azeus) => !byCase.has(azeus));
  if (missing.length > 0) {
    throw new DomainError(
      Code.CASE_WORKER_MISSING,
      `The allocated worker of ${missing.length === 1 ? 'case' : 'cases'} ${missing.sort(compare).join(', ')} ` +
        `must be given (say null when a case has none), so that no case goes to its own worker or their line manager`,
      'BAD_USER_INPUT',
      { field: 'caseWorkers', rule: 'CFA-1' },
    );
  }
  return byCase;
}

/**
 * Rule 4: follow cost-reducing paths until none is left. Each move lowers the sum of the squared
 * loads, so it ends.
 */
function balance(
  auditors: readonly SampleAuditor[],
  cases: readonly DrawnSampleCase[],
  eligible: ReadonlyMap<string, readonly SampleAuditor[]>,
  holder: Map<string, string>,
  load: Map<string, number>,
): void {
  const rank = new Map(auditors.map((a, i) => [a.staffId, i]));
  for (;;) {
    const sources = [...auditors].sort(
      (a, b) => load.get(b.staffId)! - load.get(a.staffId)! || rank.get(a.staffId)! - rank.get(b.staffId)!,
    );
    let path: Move[] | null = null;
    for (const source of sources) {
      path = costReducingPath(source.staffId, cases, eligible, holder, load);
      if (path !== null) break;
    }
    if (path === null) return;
    for (const step of path) holder.set(step.azeusNumber, step.to);
    load.set(path[0]!.from, load.get(path[0]!.from)! - 1);
    const end = path[path.length - 1]!.to;
    load.set(end, load.get(end)! + 1);
  }
}

type Move = { readonly azeusNumber: string; readonly from: string; readonly to: string };

function costReducingPath(
  source: string,
  cases: readonly DrawnSampleCase[],
  eligible: ReadonlyMap<string, readonly SampleAuditor[]>,
  holder: ReadonlyMap<string, string>,
  load: ReadonlyMap<string, number>,
): Move[] | null {
  const ceiling = load.get(source)! - 2;
  if (ceiling < 0) return null;
  const held = new Map<string, DrawnSampleCase[]>();
  for (const c of cases) {
    const auditorId = holder.get(c.azeusNumber)!;
    held.set(auditorId, [...(held.get(auditorId) ?? []), c]);
  }
  const reachedBy = new Map<string, Move | null>([[source, null]]);
  const queue = [source];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const c of held.get(at) ?? []) {
      for (const next of eligible.get(c.azeusNumber)!) {
        if (reachedBy.has(next.staffId)) continue;
        reachedBy.set(next.staffId, { azeusNumber: c.azeusNumber, from: at, to: next.staffId });
        if (load.get(next.staffId)! <= ceiling) return pathTo(next.staffId, reachedBy);
        queue.push(next.staffId);
      }
    }
  }
  return null;
}

function pathTo(end: string, reachedBy: ReadonlyMap<string, Move | null>): Move[] {
  const path: Move[] = [];
  for (let move = reachedBy.get(end) ?? null; move !== null; move = reachedBy.get(move.from) ?? null) path.unshift(move);
  return path;
}
