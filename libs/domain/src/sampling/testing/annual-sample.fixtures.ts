import type { CommandMetadata, Role } from '../../shared/decider.js';
import { seededRandom } from '../seeded-random.js';
import type { SampleAuditor, SampleCaseWorker, SampleFrameCase } from '../annual-sample.values.js';

/** Test data for the annual sample (CFA-1): frames, auditors and case workers. */

export const YEAR = 2025;
export const SEED = 'cfa-1-2025-board-minute-14';
export const DRAW_DATE = '2025-01-06';
export const DRAWN_AT = '2025-01-06T10:00:00.000Z';
export const ALLOCATED_AT = '2025-01-07T09:00:00.000Z';
export const SQA_MANAGER_ID = 'staff-sqam-0001';

export const TEAMS = ['north-assessment', 'south-assessment', 'east-cin', 'west-cp', 'children-in-care', 'leaving-care', 'disabled-children'] as const;
export const CATEGORIES = ['CAF_TAC', 'CIN', 'CP', 'LAC', 'CWD', 'CARE_LEAVER'] as const;

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-9000-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? SQA_MANAGER_ID, role: overrides.role ?? 'SQA_MANAGER' },
    now: overrides.now ?? DRAWN_AT,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

/**
 * A caseload of `size` cases spread unevenly over the teams and categories (some strata large,
 * some small, as in a real service), a share of them audited at some date in 2023–2024.
 */
export function syntheticFrame(
  options: { size?: number; key?: string; recentlyAuditedShare?: number; teams?: readonly string[]; categories?: readonly string[] } = {},
): SampleFrameCase[] {
  const size = options.size ?? 1400;
  const teams = options.teams ?? TEAMS;
  const categories = options.categories ?? CATEGORIES;
  const random = seededRandom(['test-frame', options.key ?? 'frame', size]);
  // Weights 1..4 per team and per category make strata of clearly different sizes.
  const teamWeights = teams.flatMap((team, i) => Array<string>(1 + (i % 4)).fill(team));
  const categoryWeights = categories.flatMap((category, i) => Array<string>(1 + ((i * 3) % 4)).fill(category));
  const share = options.recentlyAuditedShare ?? 0;
  return Array.from({ length: size }, (_, i) => {
    const audited = random.uniformInt(1000) < share * 1000;
    const day = 1 + random.uniformInt(28);
    const month = 1 + random.uniformInt(12);
    return {
      azeusNumber: `AZ-${String(100000 + i * 7).padStart(6, '0')}`,
      teamId: teamWeights[random.uniformInt(teamWeights.length)]!,
      category: categoryWeights[random.uniformInt(categoryWeights.length)]!,
      lastAuditedOn: audited ? `${2023 + random.uniformInt(2)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null,
    };
  });
}

/** The frame the golden draws were computed from, by a separate implementation of the written rules. */
export function goldenFrame(): SampleFrameCase[] {
  const teams = ['north', 'south', 'east'];
  const categories = ['CIN', 'CP', 'LAC', 'CWD'];
  return Array.from({ length: 60 }, (_, i) => ({
    azeusNumber: `AZ-${1000 + i}`,
    teamId: teams[i % 3]!,
    category: categories[(i * 7) % 4]!,
    lastAuditedOn: i % 9 === 0 ? '2024-08-15' : i % 11 === 0 ? '2023-05-01' : null,
  }));
}

/** Twelve TMs and APs, each line managed by a head of service or another auditor. */
export function auditors(count = 12): SampleAuditor[] {
  return Array.from({ length: count }, (_, i) => ({
    staffId: `staff-aud-${String(i + 1).padStart(2, '0')}`,
    teamId: TEAMS[i % TEAMS.length]!,
    lineManagerId: i % 3 === 0 ? `staff-hos-${(i % 2) + 1}` : `staff-aud-${String(i).padStart(2, '0')}`,
  }));
}

/** An allocated social worker for each case, line managed by one of the auditors. */
export function caseWorkersFor(cases: readonly { azeusNumber: string }[], team: readonly SampleAuditor[] = auditors()): SampleCaseWorker[] {
  return cases.map((c, i) => ({
    azeusNumber: c.azeusNumber,
    allocatedWorkerId: `staff-sw-${String(i % 40).padStart(3, '0')}`,
    allocatedWorkerLineManagerId: team[i % team.length]!.staffId,
  }));
}

/** A copy of `items` in another order (reversed, then rotated), to show input order does not matter. */
export function reordered<T>(items: readonly T[]): T[] {
  const reversed = [...items].reverse();
  const cut = Math.floor(reversed.length / 3);
  return [...reversed.slice(cut), ...reversed.slice(0, cut)];
}
