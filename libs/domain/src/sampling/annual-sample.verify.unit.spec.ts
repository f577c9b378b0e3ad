import { decide } from './annual-sample.decide.js';
import type { AnnualSampleAllocated, AnnualSampleDrawn } from './annual-sample.events.js';
import { evolve, initialState } from './annual-sample.state.js';
import { verifyAllocation, verifyDraw } from './annual-sample.verify.js';
import { DRAW_DATE, SEED, YEAR, auditors, caseWorkersFor, metadata, syntheticFrame } from './testing/annual-sample.fixtures.js';

const frame = syntheticFrame({ size: 400, recentlyAuditedShare: 0.15 });

function recordedDraw(): AnnualSampleDrawn {
  const [event] = decide(
    { type: 'DrawAnnualSample', data: { year: YEAR, seed: SEED, frame, drawDate: DRAW_DATE }, metadata: metadata() },
    initialState(),
  );
  return event as AnnualSampleDrawn;
}

function recordedAllocation(draw: AnnualSampleDrawn): AnnualSampleAllocated {
  const [event] = decide(
    {
      type: 'AllocateAnnualSample',
      data: { year: YEAR, auditors: auditors(), caseWorkers: caseWorkersFor(draw.data.drawn) },
      metadata: metadata({ now: '2025-01-07T09:00:00.000Z' }),
    },
    evolve(initialState(), draw),
  );
  return event as AnnualSampleAllocated;
}

/** The event as another store may hand it back: JSON, keys in another order. */
function roundTripped<T>(value: T): T {
  const reorder = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reorder)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)]))
        : v;
  return reorder(JSON.parse(JSON.stringify(value))) as T;
}

describe('Verifying a recorded draw (CFA-1)', () => {
  describe('When the recorded draw is re-run from its seed and frame', () => {
    it('should find it valid', () => {
      expect(verifyDraw(recordedDraw())).toEqual({ valid: true, problems: [] });
    });

    it('should find it valid as read back from a store, keys in any order', () => {
      expect(verifyDraw(roundTripped(recordedDraw()))).toEqual({ valid: true, problems: [] });
    });
  });

  describe('When the recorded result has been tampered with', () => {
    it('should find a drawn case swapped for another case of the frame, naming both', () => {
      const event = recordedDraw();
      const drawnIds = new Set(event.data.drawn.map((c) => c.azeusNumber));
      const swappedOut = event.data.drawn[3]!;
      const swappedIn = event.data.frame.find(
        (c) => !drawnIds.has(c.azeusNumber) && c.teamId === swappedOut.teamId && c.category === swappedOut.category && c.lastAuditedOn === null,
      )!;
      const tampered: AnnualSampleDrawn = {
        ...event,
        data: {
          ...event.data,
          drawn: event.data.drawn.map((c) => (c === swappedOut ? { ...c, azeusNumber: swappedIn.azeusNumber } : c)),
        },
      };
      const result = verifyDraw(tampered);
      expect(result.valid).toBe(false);
      expect(result.problems).toEqual([
        `Recorded as drawn but not drawn by the rules: ${swappedIn.azeusNumber}`,
        `Drawn by the rules but not recorded: ${swappedOut.azeusNumber}`,
      ]);
    });

    it('should find a case removed from the frame by its fingerprint', () => {
      const event = recordedDraw();
      const tampered = { ...event, data: { ...event.data, frame: event.data.frame.slice(1) } };
      const result = verifyDraw(tampered);
      expect(result.valid).toBe(false);
      expect(result.problems[0]).toMatch(/^The frame's fingerprint is [0-9a-f]{64}, not the recorded/);
    });

    it('should find a changed seed, fraction or draw date', () => {
      const event = recordedDraw();
      for (const change of [{ seed: 'chosen-afterwards' }, { fraction: 0.11 }, { drawDate: '2024-06-01' }]) {
        expect(verifyDraw({ ...event, data: { ...event.data, ...change } }).valid).toBe(false);
      }
    });

    it('should find changed counts per stratum', () => {
      const event = recordedDraw();
      const strata = event.data.strata.map((s, i) => (i === 0 ? { ...s, drawn: s.drawn + 1 } : s));
      expect(verifyDraw({ ...event, data: { ...event.data, strata } }).problems).toEqual(['The counts per stratum differ from the draw']);
    });

    it('should not re-run a draw made by rules it does not know', () => {
      const event = recordedDraw();
      const result = verifyDraw({ ...event, data: { ...event.data, algorithm: 'annual-sample/v2' } });
      expect(result).toEqual({ valid: false, problems: ['The draw was made by "annual-sample/v2", which this service cannot re-run'] });
    });

    it('should report recorded inputs that cannot be drawn from, without throwing', () => {
      const event = recordedDraw();
      const result = verifyDraw({ ...event, data: { ...event.data, seed: '' } });
      expect(result.valid).toBe(false);
      expect(result.problems[0]).toMatch(/^The recorded inputs cannot be drawn from/);
    });
  });
});

describe('Verifying a recorded allocation', () => {
  describe('When it is re-run from its recorded auditors and case workers', () => {
    it('should find it valid', () => {
      const draw = recordedDraw();
      expect(verifyAllocation(roundTripped(draw), roundTripped(recordedAllocation(draw)))).toEqual({ valid: true, problems: [] });
    });
  });

  describe('When a case has been moved to another auditor in the record', () => {
    it('should name the case', () => {
      const draw = recordedDraw();
      const allocation = recordedAllocation(draw);
      const moved = allocation.data.allocations[7]!;
      const other = auditors().find((a) => a.staffId !== moved.auditorId)!.staffId;
      const tampered: AnnualSampleAllocated = {
        ...allocation,
        data: { ...allocation.data, allocations: allocation.data.allocations.map((a) => (a === moved ? { ...a, auditorId: other } : a)) },
      };
      expect(verifyAllocation(draw, tampered)).toEqual({
        valid: false,
        problems: [`The allocation of ${moved.azeusNumber} differs from what the rules give`],
      });
    });

    it('should refuse an allocation of another draw', () => {
      const draw = recordedDraw();
      const allocation = recordedAllocation(draw);
      expect(verifyAllocation({ ...draw, data: { ...draw.data, seed: 'x' } }, allocation).valid).toBe(false);
    });
  });
});
