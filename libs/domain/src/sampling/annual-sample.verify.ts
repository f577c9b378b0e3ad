import { DomainError } from '../shared/domain-error.js';
import { allocateAnnualSample } from './annual-sample.allocation.js';
import { canonicalFrame, canonicalFrameText, compare, drawAnnualSample } from './annual-sample.draw.js';
import type { AnnualSampleAllocated, AnnualSampleDrawn } from './annual-sample.events.js';
import {
  ANNUAL_SAMPLE_ALLOCATION_ALGORITHM,
  ANNUAL_SAMPLE_DRAW_ALGORITHM,
  type AnnualSampleDrawResult,
  type SampleFrameCase,
} from './annual-sample.values.js';
import { sha256Hex } from './seeded-random.js';

/**
 * CFA-1: "anyone can re-run it and get the same cases". These re-run a recorded draw (and
 * allocation) from what the event holds and say whether the recorded result is what the rules
 * give. They check the record against itself; that the record is the one first written is the
 * hash chain's job.
 */

export type SampleVerification =
  | { readonly valid: true; readonly problems: readonly [] }
  | { readonly valid: false; readonly problems: readonly string[] };

type Recorded<E extends { type: string; data: unknown }> = Pick<E, 'data'> & { readonly type?: string };

export function verifyDraw(event: Recorded<AnnualSampleDrawn>): SampleVerification {
  const d = event.data;
  if (d.algorithm !== ANNUAL_SAMPLE_DRAW_ALGORITHM) {
    return invalid([`The draw was made by ${JSON.stringify(d.algorithm)}, which this service cannot re-run`]);
  }
  let frame: SampleFrameCase[];
  let rerun: AnnualSampleDrawResult;
  try {
    frame = canonicalFrame(d.frame);
    rerun = drawAnnualSample({ frame: d.frame, seed: d.seed, fraction: d.fraction, drawDate: d.drawDate });
  } catch (error) {
    if (error instanceof DomainError) return invalid([`The recorded inputs cannot be drawn from: ${error.message}`]);
    throw error;
  }

  const problems: string[] = [];
  const fingerprint = sha256Hex(canonicalFrameText(frame));
  if (fingerprint !== d.frameFingerprint) {
    problems.push(`The frame's fingerprint is ${fingerprint}, not the recorded ${d.frameFingerprint}`);
  }
  if (canonical(d.frame) !== canonical(frame)) {
    problems.push('The recorded frame is not in canonical form (checked, trimmed, sorted by Azeus number)');
  }
  for (const field of ['frameSize', 'targetSize', 'eligibleCount', 'frameTooSmall', 'recentlyAuditedIncluded'] as const) {
    if (d[field] !== rerun[field]) problems.push(`${field} is recorded as ${String(d[field])}; the draw gives ${String(rerun[field])}`);
  }
  const recorded = new Map((Array.isArray(d.drawn) ? d.drawn : []).map((c) => [c.azeusNumber, c]));
  const expected = new Map(rerun.drawn.map((c) => [c.azeusNumber, c]));
  const extra = [...recorded.keys()].filter((azeus) => !expected.has(azeus)).sort(compare);
  const missing = [...expected.keys()].filter((azeus) => !recorded.has(azeus)).sort(compare);
  if (extra.length > 0) problems.push(`Recorded as drawn but not drawn by the rules: ${extra.join(', ')}`);
  if (missing.length > 0) problems.push(`Drawn by the rules but not recorded: ${missing.join(', ')}`);
  if (extra.length === 0 && missing.length === 0 && canonical(d.drawn) !== canonical(rerun.drawn)) {
    problems.push('The drawn cases are recorded with other details or in another order than the draw gives');
  }
  if (canonical(d.strata) !== canonical(rerun.strata)) problems.push('The counts per stratum differ from the draw');
  return problems.length === 0 ? { valid: true, problems: [] } : invalid(problems);
}

/** Re-runs a recorded allocation from its recorded inputs and the draw it allocated. */
export function verifyAllocation(
  draw: Recorded<AnnualSampleDrawn>,
  allocation: Recorded<AnnualSampleAllocated>,
): SampleVerification {
  const a = allocation.data;
  if (a.algorithm !== ANNUAL_SAMPLE_ALLOCATION_ALGORITHM) {
    return invalid([`The allocation was made by ${JSON.stringify(a.algorithm)}, which this service cannot re-run`]);
  }
  if (a.seed !== draw.data.seed || a.year !== draw.data.year) {
    return invalid(['The allocation does not belong to this draw (its seed or year differ)']);
  }
  try {
    const rerun = allocateAnnualSample({
      year: a.year,
      seed: a.seed,
      drawn: draw.data.drawn,
      auditors: a.auditors,
      caseWorkers: a.caseWorkers,
      firstMonth: a.firstMonth,
    });
    if (canonical(rerun) === canonical(a.allocations)) return { valid: true, problems: [] };
    const differing = rerun
      .filter((r) => canonical(a.allocations.find((x) => x.azeusNumber === r.azeusNumber) ?? null) !== canonical(r))
      .map((r) => r.azeusNumber)
      .sort(compare);
    return invalid([`The allocation of ${differing.length > 0 ? differing.join(', ') : 'the cases'} differs from what the rules give`]);
  } catch (error) {
    if (error instanceof DomainError) return invalid([`The recorded inputs cannot be allocated: ${error.message}`]);
    throw error;
  }
}

function invalid(problems: readonly string[]): SampleVerification {
  return { valid: false, problems };
}

/** JSON with object keys sorted, so records read back from any store compare equal. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => compare(x, y));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
