import {
  decideAnnualSample,
  evolveAnnualSample,
  initialAnnualSampleState,
  type AnnualSampleAllocated,
  type AnnualSampleCaseReallocated,
  type AnnualSampleCommand,
  type AnnualSampleDrawn,
  type AnnualSampleEvent,
} from '../../libs/domain/src/index.js';
import {
  ALLOCATED_AT,
  DRAW_DATE,
  SEED,
  YEAR,
  auditors,
  caseWorkersFor,
  metadata,
  syntheticFrame,
} from '../../libs/domain/src/sampling/testing/annual-sample.fixtures.js';

/** A year's sample as the decider records it: drawn from 500 cases, allocated, one case reallocated. */
export function sampleHistory(year = YEAR): {
  drawn: AnnualSampleDrawn;
  allocated: AnnualSampleAllocated;
  reallocated: AnnualSampleCaseReallocated;
} {
  const frame = syntheticFrame({ size: 500, recentlyAuditedShare: 0.2, key: `frame-${year}` });
  let state = initialAnnualSampleState();
  const run = (command: AnnualSampleCommand): AnnualSampleEvent => {
    const [event] = decideAnnualSample(command, state);
    state = evolveAnnualSample(state, event!);
    return event!;
  };
  const drawn = run({
    type: 'DrawAnnualSample',
    data: { year, seed: `${SEED}-${year}`, frame, drawDate: year === YEAR ? DRAW_DATE : `${year}-01-06` },
    metadata: metadata({ now: `${year}-01-06T10:00:00.000Z` }),
  }) as AnnualSampleDrawn;
  const allocated = run({
    type: 'AllocateAnnualSample',
    data: { year, auditors: auditors(), caseWorkers: caseWorkersFor(drawn.data.drawn) },
    metadata: metadata({ now: year === YEAR ? ALLOCATED_AT : `${year}-01-07T09:00:00.000Z` }),
  }) as AnnualSampleAllocated;
  const first = allocated.data.allocations[0]!;
  const reallocated = run({
    type: 'ReallocateAnnualSampleCase',
    data: { year, azeusNumber: first.azeusNumber, auditorId: 'staff-ap-0777', auditorTeamId: 'east-cin', reason: 'Auditor left the service' },
    metadata: metadata({ now: `${year}-03-03T09:00:00.000Z` }),
  }) as AnnualSampleCaseReallocated;
  return { drawn, allocated, reallocated };
}
