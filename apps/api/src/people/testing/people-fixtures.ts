import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The realistic staff and caseload files of projections/staff/fixtures (IMPORT.md), for the API's
 * and the CLI's tests. The staff file names people by how they stood in June 2025 (one has left
 * since), so the tests import it with that effective date: names in the caseload are matched
 * against who was in post then.
 */
const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../../../projections/staff/fixtures/${name}`, import.meta.url)), 'utf8');

export const STAFF_CSV = fixture('staff.csv');
export const CASELOAD_CSV = fixture('caseload.csv');
export const FIXTURE_EFFECTIVE_FROM = '2025-06-12';

/** 3 service areas, 5 teams, 23 members of staff of whom 1 has a leaving date: one event each. */
export const STAFF_FILE_EVENTS = 3 + 5 + 23 + 1;
export const CASELOAD_FILE_EVENTS = 13;

/** The staff file with rows inserted after the given line (1-based; the header is line 1). */
export function withRowsAfter(csv: string, line: number, rows: readonly string[]): string {
  const lines = csv.split('\r\n');
  lines.splice(line, 0, ...rows);
  return lines.join('\r\n');
}
