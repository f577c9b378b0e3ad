import {
  annualSampleDecider,
  annualSampleStreamId,
  AnnualSampleErrorCode,
  DomainError,
  verifyAllocation,
  verifyDraw,
  type AnnualSample,
  type AnnualSampleAllocated,
  type AnnualSampleDrawn,
  type AnnualSampleEvent,
} from '../../../../libs/domain/src/index.js';
import type { EventStore, RecordedEvent } from '../../../../libs/event-store/src/event-store.port.js';

/** A year's sample as its stream records it: the authoritative state, and its draw and allocation events. */
export interface RecordedAnnualSample {
  readonly state: AnnualSample;
  readonly drawn: AnnualSampleDrawn | null;
  readonly allocated: AnnualSampleAllocated | null;
}

export async function readRecordedAnnualSample(store: EventStore, year: number): Promise<RecordedAnnualSample> {
  const events = (await store.readStream(annualSampleStreamId(year))).map(toDomainEvent);
  return {
    state: events.reduce(annualSampleDecider.evolve, annualSampleDecider.initialState()),
    drawn: (events.find((e) => e.type === 'AnnualSampleDrawn') as AnnualSampleDrawn | undefined) ?? null,
    allocated: (events.find((e) => e.type === 'AnnualSampleAllocated') as AnnualSampleAllocated | undefined) ?? null,
  };
}

export interface AnnualSampleVerdict {
  readonly year: number;
  /** The draw re-runs to the recorded cases, and the allocation (if any) to the recorded auditors and dates. */
  readonly valid: boolean;
  readonly drawValid: boolean;
  /** Null when the sample is not allocated yet. */
  readonly allocationValid: boolean | null;
  readonly problems: readonly string[];
}

/**
 * CFA-1: re-runs the recorded draw (and allocation) from what the events hold and compares the
 * result with what they record. Later reallocations of single cases are decisions, not draws,
 * and are not re-run. Throws NOT_FOUND when the year has no draw.
 */
export async function verifyRecordedAnnualSample(store: EventStore, year: number): Promise<AnnualSampleVerdict> {
  const { drawn, allocated } = await readRecordedAnnualSample(store, year);
  if (drawn === null) {
    throw new DomainError(AnnualSampleErrorCode.NOT_DRAWN, `The sample of ${year} has not been drawn`, 'NOT_FOUND', {
      field: 'year',
      rule: 'CFA-1',
    });
  }
  const draw = verifyDraw(drawn);
  const allocation = allocated === null ? null : verifyAllocation(drawn, allocated);
  const problems = [
    ...draw.problems.map((p) => `Draw: ${p}`),
    ...(allocation?.problems ?? []).map((p) => `Allocation: ${p}`),
  ];
  return {
    year,
    valid: draw.valid && (allocation === null || allocation.valid),
    drawValid: draw.valid,
    allocationValid: allocation === null ? null : allocation.valid,
    problems,
  };
}

function toDomainEvent(event: RecordedEvent): AnnualSampleEvent {
  return { type: event.type, data: event.data } as unknown as AnnualSampleEvent;
}
