import { createHash } from 'node:crypto';
import { DomainError } from '../shared/domain-error.js';
import { canonicalFrame, canonicalFrameText, drawAnnualSample, frameFingerprint } from './annual-sample.draw.js';
import { ANNUAL_SAMPLE_DRAW_ALGORITHM, type SampleFrameCase } from './annual-sample.values.js';
import { DRAW_DATE, SEED, goldenFrame, reordered, syntheticFrame } from './testing/annual-sample.fixtures.js';

const azeusNumbers = (cases: readonly { azeusNumber: string }[]) => cases.map((c) => c.azeusNumber);

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('Expected the draw to be refused');
}

describe('The annual random sample draw (CFA-1)', () => {
  describe('When the same frame is drawn with the same seed', () => {
    it('should draw the same cases every time (CFA-1: reproducible)', () => {
      const frame = syntheticFrame();
      const first = drawAnnualSample({ frame, seed: SEED, drawDate: DRAW_DATE });
      const second = drawAnnualSample({ frame: syntheticFrame(), seed: SEED, drawDate: DRAW_DATE });
      expect(second).toEqual(first);
    });

    it('should draw the same cases whatever order the frame is given in (CFA-1)', () => {
      const frame = syntheticFrame({ recentlyAuditedShare: 0.2 });
      const given = drawAnnualSample({ frame, seed: SEED, drawDate: DRAW_DATE });
      const reversed = drawAnnualSample({ frame: [...frame].reverse(), seed: SEED, drawDate: DRAW_DATE });
      const rotated = drawAnnualSample({ frame: reordered(frame), seed: SEED, drawDate: DRAW_DATE });
      expect(reversed).toEqual(given);
      expect(rotated).toEqual(given);
    });

    it('should draw the cases a separate implementation of the written rules draws (golden draw, v1)', () => {
      const draw = drawAnnualSample({ frame: goldenFrame(), seed: 'golden-2025', fraction: 0.2, drawDate: '2025-01-10' });
      expect(draw.algorithm).toBe(ANNUAL_SAMPLE_DRAW_ALGORITHM);
      expect(draw.frameFingerprint).toBe('0fbce5ae1159c298e506204a4c40a2ef6196e75d21cedfa8f868b934ba668f39');
      expect(draw.targetSize).toBe(12);
      expect(azeusNumbers(draw.drawn).sort()).toEqual([
        'AZ-1001', 'AZ-1006', 'AZ-1011', 'AZ-1015', 'AZ-1022', 'AZ-1024',
        'AZ-1033', 'AZ-1038', 'AZ-1041', 'AZ-1043', 'AZ-1044', 'AZ-1052',
      ]);
    });
  });

  describe('When another seed is used', () => {
    it('should draw other cases (CFA-1)', () => {
      const frame = syntheticFrame();
      const first = drawAnnualSample({ frame, seed: SEED, drawDate: DRAW_DATE });
      const other = drawAnnualSample({ frame, seed: `${SEED}-b`, drawDate: DRAW_DATE });
      expect(other.drawn).toHaveLength(first.drawn.length);
      expect(azeusNumbers(other.drawn)).not.toEqual(azeusNumbers(first.drawn));
      const shared = azeusNumbers(other.drawn).filter((azeus) => azeusNumbers(first.drawn).includes(azeus));
      // Two independent 10% samples share about 10% of their cases, far from all of them.
      expect(shared.length).toBeLessThan(40);
    });

    it('should keep the same spread over the strata, which depends on the frame only', () => {
      const frame = syntheticFrame();
      const first = drawAnnualSample({ frame, seed: 'seed-a', drawDate: DRAW_DATE });
      const other = drawAnnualSample({ frame, seed: 'seed-b', drawDate: DRAW_DATE });
      const floors = (draw: typeof first) => draw.strata.map((s) => Math.floor((140 * s.eligibleCases) / 1400));
      expect(floors(other)).toEqual(floors(first));
    });
  });

  describe('When 1,400 cases over teams and categories are drawn at 10%', () => {
    const frame = syntheticFrame({ size: 1400 });
    const draw = drawAnnualSample({ frame, seed: SEED, drawDate: DRAW_DATE });

    it('should draw 140 distinct cases from the frame (CFA-1: c.140 of c.1,400)', () => {
      expect(draw.targetSize).toBe(140);
      expect(draw.drawn).toHaveLength(140);
      expect(new Set(azeusNumbers(draw.drawn)).size).toBe(140);
      const inFrame = new Set(azeusNumbers(frame));
      expect(draw.drawn.every((c) => inFrame.has(c.azeusNumber))).toBe(true);
    });

    it('should give each team × category stratum its proportional share, within one case', () => {
      expect(draw.strata.length).toBeGreaterThan(20);
      for (const stratum of draw.strata) {
        const inFrame = frame.filter((c) => c.teamId === stratum.teamId && c.category === stratum.category).length;
        const share = (140 * inFrame) / 1400;
        expect(stratum.frameCases).toBe(inFrame);
        expect(Math.abs(stratum.drawn - share)).toBeLessThan(1);
      }
      expect(draw.strata.reduce((sum, s) => sum + s.drawn, 0)).toBe(140);
    });

    it('should count each stratum as the drawn cases are labelled', () => {
      for (const stratum of draw.strata) {
        const labelled = draw.drawn.filter((c) => c.stratum === stratum.stratum);
        expect(labelled).toHaveLength(stratum.drawn);
        expect(labelled.every((c) => c.teamId === stratum.teamId && c.category === stratum.category)).toBe(true);
      }
    });

    it('should list the drawn cases by team, category and Azeus number', () => {
      const key = (c: (typeof draw.drawn)[number]) => JSON.stringify([c.teamId, c.category, c.azeusNumber]);
      const keys = draw.drawn.map(key);
      expect(keys).toEqual([...keys].sort());
    });
  });

  describe('When some cases were audited in the previous 12 months', () => {
    const frame = syntheticFrame({ size: 1400, recentlyAuditedShare: 0.3 });
    const draw = drawAnnualSample({ frame, seed: SEED, drawDate: '2025-01-06' });

    it('should draw none of them (CFA-1)', () => {
      const recent = frame.filter((c) => c.lastAuditedOn !== null && c.lastAuditedOn > '2024-01-06');
      expect(recent.length).toBeGreaterThan(100);
      const drawn = new Set(azeusNumbers(draw.drawn));
      expect(recent.filter((c) => drawn.has(c.azeusNumber))).toEqual([]);
      expect(draw.eligibleCount).toBe(1400 - recent.length);
      expect(draw.frameTooSmall).toBe(false);
      expect(draw.recentlyAuditedIncluded).toBe(0);
      expect(draw.drawn.every((c) => !c.recentlyAudited)).toBe(true);
      expect(draw.note).toContain(`${recent.length} recently audited cases were excluded`);
    });

    it('should still draw the tenth of the whole frame, spread in proportion to the eligible cases', () => {
      expect(draw.drawn).toHaveLength(140);
      for (const stratum of draw.strata) {
        expect(Math.abs(stratum.drawn - (140 * stratum.eligibleCases) / draw.eligibleCount)).toBeLessThan(1);
      }
    });

    it('should count a case audited exactly 12 months before as not recent, and one a day later as recent', () => {
      const cases: SampleFrameCase[] = [
        { azeusNumber: 'AZ-1', teamId: 'north', category: 'CIN', lastAuditedOn: '2024-03-01' },
        { azeusNumber: 'AZ-2', teamId: 'north', category: 'CIN', lastAuditedOn: '2024-03-02' },
      ];
      const result = drawAnnualSample({ frame: cases, seed: SEED, fraction: 0.5, drawDate: '2025-03-01' });
      expect(result.eligibleCount).toBe(1);
      expect(azeusNumbers(result.drawn)).toEqual(['AZ-1']);
    });

    it('should count back from 29 February to 28 February of the year before', () => {
      const cases: SampleFrameCase[] = [
        { azeusNumber: 'AZ-1', teamId: 'north', category: 'CIN', lastAuditedOn: '2023-02-28' },
        { azeusNumber: 'AZ-2', teamId: 'north', category: 'CIN', lastAuditedOn: '2023-03-01' },
      ];
      const result = drawAnnualSample({ frame: cases, seed: SEED, fraction: 0.5, drawDate: '2024-02-29' });
      expect(azeusNumbers(result.drawn)).toEqual(['AZ-1']);
    });
  });

  describe('When the frame is too small once recently audited cases are excluded', () => {
    // 20 cases, 17 audited in 2024 on different days; 50% asks for 10 but only 3 are eligible.
    const frame: SampleFrameCase[] = Array.from({ length: 20 }, (_, i) => ({
      azeusNumber: `AZ-${100 + i}`,
      teamId: i % 2 === 0 ? 'north' : 'south',
      category: i % 3 === 0 ? 'CP' : 'LAC',
      lastAuditedOn: i < 3 ? null : `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(10 + (i % 7)).padStart(2, '0')}`,
    }));
    const draw = drawAnnualSample({ frame, seed: SEED, fraction: 0.5, drawDate: '2024-12-31' });

    it('should say so, take every eligible case and then the least recently audited (CFA-1)', () => {
      expect(draw.targetSize).toBe(10);
      expect(draw.eligibleCount).toBe(3);
      expect(draw.frameTooSmall).toBe(true);
      expect(draw.recentlyAuditedIncluded).toBe(7);
      expect(draw.note).toMatch(/Only 3 of the 20 cases .* fewer than the 10 to draw/);

      const leastRecent = frame
        .filter((c) => c.lastAuditedOn !== null)
        .sort((a, b) => (a.lastAuditedOn! < b.lastAuditedOn! ? -1 : 1))
        .slice(0, 7);
      expect(new Set(azeusNumbers(draw.drawn))).toEqual(new Set(['AZ-100', 'AZ-101', 'AZ-102', ...azeusNumbers(leastRecent)]));
      expect(draw.drawn.filter((c) => c.recentlyAudited)).toHaveLength(7);
    });

    it('should break ties between cases audited on the same day by the seed, the same way every time', () => {
      const sameDay = frame.map((c, i) => ({ ...c, lastAuditedOn: i < 3 ? null : '2024-06-30' }));
      const one = drawAnnualSample({ frame: sameDay, seed: SEED, fraction: 0.5, drawDate: '2024-12-31' });
      const again = drawAnnualSample({ frame: reordered(sameDay), seed: SEED, fraction: 0.5, drawDate: '2024-12-31' });
      expect(again.drawn).toEqual(one.drawn);
      const others = [0, 1, 2, 3, 4].map((n) =>
        azeusNumbers(drawAnnualSample({ frame: sameDay, seed: `${SEED}-${n}`, fraction: 0.5, drawDate: '2024-12-31' }).drawn).join(),
      );
      expect(new Set(others).size).toBeGreaterThan(1);
    });

    it('should match the separate implementation of the written rules (golden draw, v1)', () => {
      const golden = drawAnnualSample({ frame: goldenFrame(), seed: 'golden-2025', fraction: 0.95, drawDate: '2025-01-10' });
      expect(golden.targetSize).toBe(57);
      expect(golden.frameTooSmall).toBe(true);
      const recentTaken = golden.drawn.filter((c) => c.recentlyAudited).map((c) => c.azeusNumber).sort();
      expect(recentTaken).toEqual(['AZ-1009', 'AZ-1018', 'AZ-1036', 'AZ-1045']);
    });
  });

  describe('When the sample size is worked out', () => {
    it('should be the fraction of the frame, rounded, and at least one case', () => {
      const size = (n: number, fraction?: number) =>
        drawAnnualSample({ frame: syntheticFrame({ size: n }), seed: SEED, drawDate: DRAW_DATE, ...(fraction ? { fraction } : {}) })
          .targetSize;
      expect(size(1400)).toBe(140);
      expect(size(1394)).toBe(139);
      expect(size(1395)).toBe(140);
      expect(size(4)).toBe(1);
      expect(size(50, 1)).toBe(50);
    });
  });

  describe("When the frame's fingerprint is taken", () => {
    const frame = syntheticFrame({ size: 200, recentlyAuditedShare: 0.25 });

    it('should be SHA-256 of the canonical frame, whatever its order', () => {
      const expected = createHash('sha256').update(canonicalFrameText(canonicalFrame(frame))).digest('hex');
      expect(frameFingerprint(frame)).toBe(expected);
      expect(frameFingerprint(reordered(frame))).toBe(expected);
      expect(drawAnnualSample({ frame, seed: SEED, drawDate: DRAW_DATE }).frameFingerprint).toBe(expected);
    });

    it('should change when any case of the frame changes', () => {
      const changed = frame.map((c, i) => (i === 57 ? { ...c, category: c.category === 'CP' ? 'LAC' : 'CP' } : c));
      expect(frameFingerprint(changed)).not.toBe(frameFingerprint(frame));
      expect(frameFingerprint(frame.slice(1))).not.toBe(frameFingerprint(frame));
    });

    it('should trim text and sort by Azeus number in the canonical frame', () => {
      expect(
        canonicalFrame([
          { azeusNumber: ' AZ-2 ', teamId: ' north ', category: 'CP', lastAuditedOn: '' },
          { azeusNumber: 'AZ-1', teamId: 'south', category: 'LAC', lastAuditedOn: '2024-02-01' },
        ] as SampleFrameCase[]),
      ).toEqual([
        { azeusNumber: 'AZ-1', teamId: 'south', category: 'LAC', lastAuditedOn: '2024-02-01' },
        { azeusNumber: 'AZ-2', teamId: 'north', category: 'CP', lastAuditedOn: null },
      ]);
    });
  });

  describe('When the input cannot be drawn from', () => {
    const frame = syntheticFrame({ size: 30 });

    it.each([
      ['an empty frame', { frame: [] }, 'ANNUAL_SAMPLE.FRAME_EMPTY'],
      ['a blank seed', { seed: '  ' }, 'ANNUAL_SAMPLE.SEED_REQUIRED'],
      ['a fraction of 0', { fraction: 0 }, 'ANNUAL_SAMPLE.FRACTION_OUT_OF_RANGE'],
      ['a fraction above 1', { fraction: 1.5 }, 'ANNUAL_SAMPLE.FRACTION_OUT_OF_RANGE'],
      ['an impossible draw date', { drawDate: '2025-02-30' }, 'ANNUAL_SAMPLE.INVALID_DATE'],
      ['a case twice', { frame: [...frame, { ...frame[4]!, teamId: 'other' }] }, 'ANNUAL_SAMPLE.FRAME_CASE_DUPLICATED'],
      ['a case without an Azeus number', { frame: [{ ...frame[0]!, azeusNumber: '' }] }, 'ANNUAL_SAMPLE.FRAME_CASE_INVALID'],
      ['a case without a team', { frame: [{ ...frame[0]!, teamId: ' ' }] }, 'ANNUAL_SAMPLE.FRAME_CASE_INVALID'],
      ['an unknown category', { frame: [{ ...frame[0]!, category: 'ADOPTION' }] }, 'ANNUAL_SAMPLE.CATEGORY_UNKNOWN'],
      ['a last audit date that is not a date', { frame: [{ ...frame[0]!, lastAuditedOn: '01/02/2024' }] }, 'ANNUAL_SAMPLE.INVALID_DATE'],
    ])('should refuse %s', (_what, change, code) => {
      const error = refusal(() => drawAnnualSample({ frame, seed: SEED, drawDate: DRAW_DATE, ...change }));
      expect(error.code).toBe(code);
      expect(error.kind).toBe('BAD_USER_INPUT');
    });

    it('should name the case given twice', () => {
      const error = refusal(() => drawAnnualSample({ frame: [...frame, frame[4]!], seed: SEED, drawDate: DRAW_DATE }));
      expect(error.message).toContain(frame[4]!.azeusNumber);
      expect(error.rule).toBe('CFA-1');
    });
  });
});
