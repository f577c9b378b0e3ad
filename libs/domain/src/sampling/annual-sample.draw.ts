import { CASE_CATEGORIES } from '../case-file-audit/case-file-audit.values.js';
import { DomainError } from '../shared/domain-error.js';
import { AnnualSampleErrorCode as Code } from './annual-sample.errors.js';
import {
  ANNUAL_SAMPLE_DRAW_ALGORITHM,
  DEFAULT_SAMPLE_FRACTION,
  stratumLabel,
  type AnnualSampleDrawResult,
  type DrawnSampleCase,
  type SampleFrameCase,
  type SampleStratumCount,
} from './annual-sample.values.js';
import { sampleDate, twelveMonthsBefore } from './sample-dates.js';
import { seededRandom, sha256Hex, shuffled, tieBreakKey } from './seeded-random.js';

/**
 * CFA-1: the annual random sample of about 10% of the year's cases, drawn so that anyone holding
 * the recorded seed, frame, fraction and draw date can re-run it and get the same cases.
 *
 * The rules of ANNUAL_SAMPLE_DRAW_ALGORITHM (v1), in full, so that the draw can be re-implemented
 * from this comment alone. Text is compared by UTF-16 code units (JavaScript's `<`); rng(parts) is
 * the generator of `seeded-random.ts` keyed by ["annual-sample/v1", ...parts].
 *
 * 1. Canonical frame. Text fields are trimmed; cases are sorted by Azeus number (no two alike).
 *    The fingerprint is SHA-256 (hex) of the UTF-8 bytes of JSON.stringify of the list of
 *    [azeusNumber, teamId, category, lastAuditedOn or null] in that order.
 * 2. Target size n = max(1, Math.round(fraction × frame size)).
 * 3. Exclusion. A case was audited in the previous 12 months when it was last audited after the
 *    draw date twelve months earlier (same day; 29 Feb → 28 Feb). The other cases are eligible.
 * 4. When at least n cases are eligible, the draw is stratified by team × category in proportion
 *    to the eligible cases: a stratum with e of the E eligible cases is given floor(n·e / E) cases,
 *    and the n minus the sum of those seats left go one each to the strata with the largest
 *    remainders (n·e mod E), ties going to the smaller key rng(["stratum-tie", seed, teamId,
 *    category]).nextUint32(), then to the stratum first by team and category. Each stratum's
 *    eligible cases, in Azeus order, are shuffled by Fisher–Yates with rng(["stratum", seed,
 *    teamId, category]) and its first seats taken.
 * 5. When fewer than n cases are eligible the frame is too small: every eligible case is taken,
 *    and then the recently audited cases audited longest ago, until n cases are held. Cases last
 *    audited on the same day go by the smaller rng(["top-up", seed, azeusNumber]).nextUint32(),
 *    then by Azeus number.
 * 6. The drawn cases are listed by team, category and Azeus number; every stratum of the frame
 *    is listed by team and category with its frame, eligible and drawn counts.
 *
 * Because every step starts from the canonical frame, the order in which the frame is given does
 * not change the draw.
 */

export interface AnnualSampleDrawInput {
  readonly frame: readonly SampleFrameCase[];
  readonly seed: string;
  /** Between 0 (exclusive) and 1; CFA-1's 10% when omitted. */
  readonly fraction?: number;
  /** YYYY-MM-DD: the 12-month exclusion counts back from this date. */
  readonly drawDate: string;
}

const RANDOM_VERSION = 'annual-sample/v1';

export function drawAnnualSample(input: AnnualSampleDrawInput): AnnualSampleDrawResult {
  const seed = validSeed(input.seed);
  const fraction = validFraction(input.fraction ?? DEFAULT_SAMPLE_FRACTION);
  const drawDate = sampleDate(input.drawDate, 'drawDate');
  const frame = canonicalFrame(input.frame);
  if (frame.length === 0) {
    throw new DomainError(Code.FRAME_EMPTY, 'The frame holds no cases to draw from', 'BAD_USER_INPUT', {
      field: 'frame',
      rule: 'CFA-1',
    });
  }

  const targetSize = Math.max(1, Math.round(fraction * frame.length));
  const recentFrom = twelveMonthsBefore(drawDate);
  const isRecent = (c: SampleFrameCase): boolean => c.lastAuditedOn !== null && c.lastAuditedOn > recentFrom;
  const eligible = frame.filter((c) => !isRecent(c));
  const recent = frame.filter(isRecent);

  const frameTooSmall = eligible.length < targetSize;
  const taken: SampleFrameCase[] = frameTooSmall
    ? [...eligible, ...leastRecentlyAudited(recent, seed).slice(0, targetSize - eligible.length)]
    : stratifiedDraw(eligible, targetSize, seed);
  const recentlyAuditedIncluded = frameTooSmall ? targetSize - eligible.length : 0;

  const drawn: DrawnSampleCase[] = taken
    .map((c) => ({ ...c, stratum: stratumLabel(c.teamId, c.category), recentlyAudited: isRecent(c) }))
    .sort((a, b) => compare(a.teamId, b.teamId) || compare(a.category, b.category) || compare(a.azeusNumber, b.azeusNumber));

  return {
    algorithm: ANNUAL_SAMPLE_DRAW_ALGORITHM,
    seed,
    fraction,
    drawDate,
    frameSize: frame.length,
    frameFingerprint: sha256Hex(canonicalFrameText(frame)),
    targetSize,
    eligibleCount: eligible.length,
    frameTooSmall,
    recentlyAuditedIncluded,
    note: frameTooSmall
      ? `Only ${eligible.length} of the ${frame.length} cases were not audited in the 12 months before ${drawDate}, ` +
        `fewer than the ${targetSize} to draw; all of them were taken, with the ${recentlyAuditedIncluded} ` +
        `least recently audited other ${recentlyAuditedIncluded === 1 ? 'case' : 'cases'} (CFA-1).`
      : `${targetSize} of the ${eligible.length} cases not audited in the 12 months before ${drawDate} were drawn ` +
        `at random in proportion across teams and categories; ${recent.length} recently audited ` +
        `${recent.length === 1 ? 'case was' : 'cases were'} excluded (CFA-1).`,
    drawn,
    strata: strataCounts(frame, eligible, drawn),
  };
}

/** The frame checked, trimmed and sorted by Azeus number: what a draw records and fingerprints. */
export function canonicalFrame(frame: readonly SampleFrameCase[]): SampleFrameCase[] {
  if (!Array.isArray(frame)) {
    throw new DomainError(Code.FIELD_REQUIRED, 'The frame must be a list of cases', 'BAD_USER_INPUT', { field: 'frame' });
  }
  const cases = frame.map((c, index) => validFrameCase(c, index));
  cases.sort((a, b) => compare(a.azeusNumber, b.azeusNumber));
  for (let i = 1; i < cases.length; i++) {
    if (cases[i]!.azeusNumber === cases[i - 1]!.azeusNumber) {
      throw new DomainError(
        Code.FRAME_CASE_DUPLICATED,
        `Case ${cases[i]!.azeusNumber} appears more than once in the frame`,
        'BAD_USER_INPUT',
        { field: 'frame', rule: 'CFA-1' },
      );
    }
  }
  return cases;
}

/** The text the frame's fingerprint is the SHA-256 of (step 1); `frame` must be canonical. */
export function canonicalFrameText(frame: readonly SampleFrameCase[]): string {
  return JSON.stringify(frame.map((c) => [c.azeusNumber, c.teamId, c.category, c.lastAuditedOn]));
}

/** SHA-256 (hex) of a frame in any order: the fingerprint a draw records. */
export function frameFingerprint(frame: readonly SampleFrameCase[]): string {
  return sha256Hex(canonicalFrameText(canonicalFrame(frame)));
}

// ---------------------------------------------------------------------------------------------

type Stratum = { readonly teamId: string; readonly category: string; readonly cases: SampleFrameCase[] };

function stratifiedDraw(eligible: readonly SampleFrameCase[], size: number, seed: string): SampleFrameCase[] {
  const strata = strataOf(eligible);
  const total = eligible.length;
  const seats = strata.map((stratum, index) => ({
    stratum,
    index,
    seats: Math.floor((size * stratum.cases.length) / total),
    remainder: (size * stratum.cases.length) % total,
    tieKey: tieBreakKey([RANDOM_VERSION, 'stratum-tie', seed, stratum.teamId, stratum.category]),
  }));
  const left = size - seats.reduce((sum, s) => sum + s.seats, 0);
  const byRemainder = [...seats].sort((a, b) => b.remainder - a.remainder || a.tieKey - b.tieKey || a.index - b.index);
  for (const entry of byRemainder.slice(0, left)) entry.seats += 1;

  return seats.flatMap(({ stratum, seats: count }) =>
    shuffled(stratum.cases, seededRandom([RANDOM_VERSION, 'stratum', seed, stratum.teamId, stratum.category])).slice(0, count),
  );
}

function leastRecentlyAudited(recent: readonly SampleFrameCase[], seed: string): SampleFrameCase[] {
  return recent
    .map((c) => ({ c, key: tieBreakKey([RANDOM_VERSION, 'top-up', seed, c.azeusNumber]) }))
    .sort((a, b) => compare(a.c.lastAuditedOn ?? '', b.c.lastAuditedOn ?? '') || a.key - b.key || compare(a.c.azeusNumber, b.c.azeusNumber))
    .map(({ c }) => c);
}

/** Strata sorted by team then category; each stratum's cases keep the order given (Azeus order). */
function strataOf(cases: readonly SampleFrameCase[]): Stratum[] {
  const byKey = new Map<string, Stratum>();
  for (const c of cases) {
    const key = JSON.stringify([c.teamId, c.category]);
    const stratum = byKey.get(key) ?? { teamId: c.teamId, category: c.category, cases: [] };
    stratum.cases.push(c);
    byKey.set(key, stratum);
  }
  return [...byKey.values()].sort((a, b) => compare(a.teamId, b.teamId) || compare(a.category, b.category));
}

function strataCounts(
  frame: readonly SampleFrameCase[],
  eligible: readonly SampleFrameCase[],
  drawn: readonly DrawnSampleCase[],
): SampleStratumCount[] {
  const count = (cases: readonly SampleFrameCase[], s: Stratum) =>
    cases.filter((c) => c.teamId === s.teamId && c.category === s.category).length;
  return strataOf(frame).map((s) => ({
    teamId: s.teamId,
    category: s.category,
    stratum: stratumLabel(s.teamId, s.category),
    frameCases: s.cases.length,
    eligibleCases: count(eligible, s),
    drawn: count(drawn, s),
  }));
}

// ---------------------------------------------------------------------------------------------
// Input checks.

function validFrameCase(value: SampleFrameCase, index: number): SampleFrameCase {
  const where = `Frame case ${index + 1}`;
  if (value === null || typeof value !== 'object') {
    throw frameCaseInvalid(`${where} is not a case`);
  }
  const azeusNumber = trimmed(value.azeusNumber);
  if (azeusNumber === null) throw frameCaseInvalid(`${where} has no Azeus number`);
  const teamId = trimmed(value.teamId);
  if (teamId === null) throw frameCaseInvalid(`Case ${azeusNumber} has no team`);
  const category = trimmed(value.category);
  if (category === null || !(CASE_CATEGORIES as readonly string[]).includes(category)) {
    throw new DomainError(
      Code.CATEGORY_UNKNOWN,
      `Case ${azeusNumber} has category ${JSON.stringify(value.category ?? null)}; expected one of ${CASE_CATEGORIES.join(', ')}`,
      'BAD_USER_INPUT',
      { field: 'frame', rule: 'CFA-1' },
    );
  }
  const lastAuditedOn =
    value.lastAuditedOn === null || value.lastAuditedOn === undefined || value.lastAuditedOn === ''
      ? null
      : sampleDate(value.lastAuditedOn, `lastAuditedOn of case ${azeusNumber}`);
  return { azeusNumber, teamId, category, lastAuditedOn };
}

function frameCaseInvalid(message: string): DomainError {
  return new DomainError(Code.FRAME_CASE_INVALID, message, 'BAD_USER_INPUT', { field: 'frame', rule: 'CFA-1' });
}

function validSeed(value: unknown): string {
  // The seed is recorded as given: trimming it would make a different seed re-run the same draw.
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError(Code.SEED_REQUIRED, 'A draw needs a seed, recorded so that it can be re-run', 'BAD_USER_INPUT', {
      field: 'seed',
      rule: 'CFA-1',
    });
  }
  return value;
}

function validFraction(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw new DomainError(
      Code.FRACTION_OUT_OF_RANGE,
      `The fraction of cases to draw must be more than 0 and at most 1, not ${String(value)}`,
      'BAD_USER_INPUT',
      { field: 'fraction', rule: 'CFA-1' },
    );
  }
  return value;
}

function trimmed(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
