import { DomainError } from '../shared/domain-error.js';
import type { Role } from '../shared/decider.js';
import { dayOf, isCalendarDate } from '../csv/field-checks.js';
import { readCsvTable, sortErrors, type ColumnSpec, type CsvRow, type ImportRowError } from '../csv/csv-table.js';
import {
  fileSha256,
  importId as importIdOf,
  importMetadata,
  type ImportContext,
  type ImportPlan,
} from '../csv/import-plan.js';
import { emptyImportState, ImportWorkingState, type ImportState, type PlannedCommand } from '../csv/import-state.js';
import { serviceAreaStreamId } from '../team/service-area.stream.js';
import { teamStreamId } from '../team/team.stream.js';
import type { StaffMemberCommand } from './staff-member.commands.js';
import { StaffMemberErrorCode } from './staff-member.errors.js';
import { staffMemberStreamId } from './staff-member.stream.js';
import { roleFromName, ROLE_NAMES, yesNoFromText } from './staff.values.js';

/**
 * The staff and teams CSV (projections/staff/IMPORT.md documents it for users): one row per member
 * of staff, with their team and its service area. Teams and service areas are registered from the
 * rows that name them; a row may leave the team name out when the team is already known.
 */
export const STAFF_IMPORT_COLUMNS = [
  { key: 'staffId', header: 'Staff ID', aliases: ['Staff number', 'Employee ID', 'Employee number'], required: true },
  { key: 'name', header: 'Name', aliases: ['Full name', 'Staff name'], required: true },
  { key: 'role', header: 'Role', aliases: ['Job role'], required: true },
  { key: 'lineManagerId', header: 'Line manager ID', aliases: ['Line manager staff ID', 'Manager ID'] },
  { key: 'teamId', header: 'Team ID' },
  { key: 'teamName', header: 'Team', aliases: ['Team name'] },
  { key: 'serviceAreaId', header: 'Service area ID' },
  { key: 'serviceAreaName', header: 'Service area', aliases: ['Service area name'] },
  { key: 'startDate', header: 'Start date', required: true },
  { key: 'leavingDate', header: 'Leaving date', aliases: ['Leave date', 'End date'] },
  { key: 'inAsye', header: 'ASYE', aliases: ['In ASYE', 'Newly qualified'] },
  { key: 'needsPerformanceSupport', header: 'Performance support', aliases: ['Needs performance support'] },
  { key: 'effectiveFrom', header: 'Effective from' },
] as const satisfies readonly ColumnSpec[];

type StaffColumn = (typeof STAFF_IMPORT_COLUMNS)[number]['key'];

const HEADER: Readonly<Record<StaffColumn, string>> = Object.fromEntries(
  STAFF_IMPORT_COLUMNS.map((c) => [c.key, c.header]),
) as Record<StaffColumn, string>;

export interface StaffImportOptions extends ImportContext {
  /** Recorded state to plan against; omitted, nothing is known yet (a first import). */
  readonly currentState?: ImportState;
  /**
   * The date from which changes found in the file take effect, where a row has no "Effective
   * from" (YYYY-MM-DD); omitted, the day of `now`.
   */
  readonly effectiveFrom?: string;
}

/** One row, read and checked on its own. */
interface StaffRow {
  readonly line: number;
  readonly staffId: string;
  readonly name: string;
  readonly role: Role;
  readonly lineManagerId: string | null;
  readonly teamId: string | null;
  readonly teamName: string | null;
  readonly serviceAreaId: string | null;
  readonly serviceAreaName: string | null;
  readonly startDate: string;
  readonly leavingDate: string | null;
  readonly inAsye: boolean;
  readonly needsPerformanceSupport: boolean;
  readonly effectiveFrom: string;
}

/**
 * Plans the import of a staff and teams CSV: every malformed row reported with its file line and
 * column, or the commands that bring the recorded state to what the file says. Pure.
 */
export function planStaffImport(csvText: string, options: StaffImportOptions): ImportPlan<PlannedCommand> {
  const sha = fileSha256(csvText);
  const fail = (errors: readonly ImportRowError[]): ImportPlan<PlannedCommand> => ({ ok: false, fileSha256: sha, errors: sortErrors(errors) });

  const defaultEffectiveFrom = options.effectiveFrom ?? dayOf(options.now);
  if (!isCalendarDate(defaultEffectiveFrom)) {
    return fail([{ line: 1, field: HEADER.effectiveFrom, message: `The import's effective date must be YYYY-MM-DD, not ${JSON.stringify(defaultEffectiveFrom)}` }]);
  }
  const table = readCsvTable(csvText, STAFF_IMPORT_COLUMNS);
  if (!table.ok) return fail(table.errors);

  const errors: ImportRowError[] = [];
  const firstLine = new Map<string, number>();
  const rows = table.rows.flatMap((row) => {
    const staffId = row.values.staffId ?? '';
    const first = firstLine.get(staffId);
    if (first !== undefined) {
      errors.push({ line: row.line, field: HEADER.staffId, message: `Staff member ${staffId} is already on line ${first}` });
      return [];
    }
    if (staffId !== '') firstLine.set(staffId, row.line);
    const read = readRow(row, defaultEffectiveFrom);
    if ('errors' in read) {
      errors.push(...read.errors);
      return [];
    }
    return [read];
  });
  const state = options.currentState ?? emptyImportState();
  errors.push(...crossRowErrors(rows, state));
  if (errors.length > 0) return fail(errors);

  const correlationId = importIdOf(sha, 'staff');
  const meta = (line: number, purpose: string) => importMetadata(options, correlationId, sha, line, purpose);
  const working = new ImportWorkingState(state);
  const commands: PlannedCommand[] = [];

  /**
   * Keeps a candidate command only if its decider records something; a refusal becomes the row's
   * error. Returns false on a refusal.
   */
  const consider = (planned: PlannedCommand, fieldOf: (field: string | undefined) => string | null): boolean => {
    try {
      if (working.decide(planned) > 0) commands.push(planned);
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ line: planned.line, field: fieldOf(error.field), message: error.message, code: error.code });
      return false;
    }
  };

  // Service areas, then teams, then staff: each first seen on the line that names it.
  const serviceAreaField = (field: string | undefined) => (field === 'name' ? HEADER.serviceAreaName : HEADER.serviceAreaId);
  for (const row of firstRowPer(rows, (r) => (r.serviceAreaName === null ? null : r.serviceAreaId))) {
    const id = row.serviceAreaId!;
    const streamId = serviceAreaStreamId(id);
    const data = { serviceAreaId: id, name: row.serviceAreaName! };
    const known = working.serviceAreas.get(id)?.status ?? 'NOT_REGISTERED';
    consider(
      known === 'NOT_REGISTERED'
        ? { aggregate: 'serviceArea', line: row.line, streamId, id, command: { type: 'RegisterServiceArea', data, metadata: meta(row.line, `RegisterServiceArea:${id}`) } }
        : { aggregate: 'serviceArea', line: row.line, streamId, id, command: { type: 'RenameServiceArea', data, metadata: meta(row.line, `RenameServiceArea:${id}`) } },
      serviceAreaField,
    );
  }

  const teamField = (field: string | undefined) =>
    field === 'name' ? HEADER.teamName : field === 'serviceAreaId' ? HEADER.serviceAreaId : field === 'effectiveFrom' ? HEADER.effectiveFrom : HEADER.teamId;
  for (const row of firstRowPer(rows, (r) => (r.teamName === null ? null : r.teamId))) {
    const id = row.teamId!;
    const streamId = teamStreamId(id);
    const team = working.teams.get(id);
    if (team === undefined || team.status === 'NOT_REGISTERED') {
      consider(
        {
          aggregate: 'team',
          line: row.line,
          streamId,
          id,
          command: {
            type: 'RegisterTeam',
            data: { teamId: id, name: row.teamName!, serviceAreaId: row.serviceAreaId! },
            metadata: meta(row.line, `RegisterTeam:${id}`),
          },
        },
        teamField,
      );
      continue;
    }
    consider(
      { aggregate: 'team', line: row.line, streamId, id, command: { type: 'RenameTeam', data: { teamId: id, name: row.teamName! }, metadata: meta(row.line, `RenameTeam:${id}`) } },
      teamField,
    );
    consider(
      {
        aggregate: 'team',
        line: row.line,
        streamId,
        id,
        command: {
          type: 'MoveTeamToServiceArea',
          data: { teamId: id, serviceAreaId: row.serviceAreaId!, effectiveFrom: row.effectiveFrom },
          metadata: meta(row.line, `MoveTeamToServiceArea:${id}`),
        },
      },
      teamField,
    );
  }

  const staffField = (field: string | undefined): string | null => (field !== undefined && field in HEADER ? HEADER[field as StaffColumn] : null);
  for (const row of rows) {
    const known = working.staff.get(row.staffId);
    if (known !== undefined && known.status !== 'NOT_REGISTERED' && known.startDate !== row.startDate) {
      errors.push({
        line: row.line,
        field: HEADER.startDate,
        message: `Staff member ${row.staffId} is recorded as starting on ${known.startDate}; an import cannot change a start date`,
        code: StaffMemberErrorCode.START_DATE_DIFFERS,
      });
      continue;
    }
    for (const command of staffCommands(row, working, meta)) {
      // The first refusal is the row's error: what follows it on the row would only repeat it.
      const planned: PlannedCommand = { aggregate: 'staffMember', line: row.line, streamId: staffMemberStreamId(row.staffId), id: row.staffId, command };
      if (!consider(planned, staffField)) break;
    }
  }

  if (errors.length > 0) return fail(errors);
  return { ok: true, fileSha256: sha, importId: correlationId, commands };
}

/** The commands that would make the recorded staff member what the row says, in an order that always applies. */
function staffCommands(
  row: StaffRow,
  state: ImportState,
  meta: (line: number, purpose: string) => StaffMemberCommand['metadata'],
): StaffMemberCommand[] {
  const staffId = row.staffId;
  const at = (type: StaffMemberCommand['type']) => meta(row.line, `${type}:${staffId}`);
  const effectiveFrom = row.effectiveFrom;
  const known = state.staff.get(staffId);
  const commands: StaffMemberCommand[] = [];

  if (known === undefined || known.status === 'NOT_REGISTERED') {
    commands.push({
      type: 'RegisterStaffMember',
      data: {
        staffId,
        name: row.name,
        role: row.role,
        teamId: row.teamId,
        lineManagerId: row.lineManagerId,
        startDate: row.startDate,
        inAsye: row.inAsye,
        needsPerformanceSupport: row.needsPerformanceSupport,
      },
      metadata: at('RegisterStaffMember'),
    });
  } else {
    commands.push(
      { type: 'RenameStaffMember', data: { staffId, name: row.name }, metadata: at('RenameStaffMember') },
      { type: 'ChangeStaffMemberRole', data: { staffId, role: row.role, effectiveFrom }, metadata: at('ChangeStaffMemberRole') },
      { type: 'ChangeStaffMemberTeam', data: { staffId, teamId: row.teamId, effectiveFrom }, metadata: at('ChangeStaffMemberTeam') },
      { type: 'ChangeLineManager', data: { staffId, lineManagerId: row.lineManagerId, effectiveFrom }, metadata: at('ChangeLineManager') },
      row.inAsye
        ? { type: 'StartAsye', data: { staffId, effectiveFrom }, metadata: at('StartAsye') }
        : { type: 'CompleteAsye', data: { staffId, effectiveFrom }, metadata: at('CompleteAsye') },
      row.needsPerformanceSupport
        ? { type: 'IdentifyPerformanceSupport', data: { staffId, effectiveFrom }, metadata: at('IdentifyPerformanceSupport') }
        : { type: 'EndPerformanceSupport', data: { staffId, effectiveFrom }, metadata: at('EndPerformanceSupport') },
    );
  }
  if (row.leavingDate !== null) {
    commands.push({ type: 'RecordStaffMemberLeaving', data: { staffId, leavingDate: row.leavingDate }, metadata: at('RecordStaffMemberLeaving') });
  }
  return commands;
}

// ---------------------------------------------------------------------------------------------
// Reading one row.

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function readRow(row: CsvRow<StaffColumn>, defaultEffectiveFrom: string): StaffRow | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (column: StaffColumn, message: string): null => {
    errors.push({ line: row.line, field: HEADER[column], message });
    return null;
  };
  const value = (column: StaffColumn): string => row.values[column] ?? '';
  const required = (column: StaffColumn): string | null => value(column) || fail(column, `${HEADER[column]} is required`);
  const id = (column: StaffColumn, need: boolean): string | null => {
    const text = value(column);
    if (text === '') return need ? fail(column, `${HEADER[column]} is required`) : null;
    return ID.test(text) ? text : fail(column, `${HEADER[column]} must be letters, digits, '.', '_' or '-', not ${JSON.stringify(text)}`);
  };
  const date = (column: StaffColumn, need: boolean): string | null => {
    const text = value(column);
    if (text === '') return need ? fail(column, `${HEADER[column]} is required`) : null;
    return isCalendarDate(text) ? text : fail(column, `${HEADER[column]} must be a date as YYYY-MM-DD, not ${JSON.stringify(text)}`);
  };
  const flag = (column: StaffColumn): boolean => {
    const parsed = yesNoFromText(value(column));
    if (parsed === null) fail(column, `${HEADER[column]} must be yes or no (or blank for no), not ${JSON.stringify(value(column))}`);
    return parsed === true;
  };

  const staffId = id('staffId', true);
  const name = required('name');
  const roleText = required('role');
  const role = roleText === null ? null : roleFromName(roleText);
  if (roleText !== null && role === null) {
    fail('role', `Unknown role ${JSON.stringify(roleText)}; expected one of ${Object.values(ROLE_NAMES).map((names) => names[0]).join(', ')}`);
  }
  const lineManagerId = id('lineManagerId', false);
  if (staffId !== null && lineManagerId === staffId) fail('lineManagerId', `Staff member ${staffId} cannot be their own line manager`);
  const teamId = id('teamId', false);
  const teamName = value('teamName') || null;
  const serviceAreaId = id('serviceAreaId', teamName !== null);
  const serviceAreaName = value('serviceAreaName') || null;
  if (teamId === null && teamName !== null) fail('teamId', `Team ID is required when the team is named ("${teamName}")`);
  if (serviceAreaId === null && serviceAreaName !== null) fail('serviceAreaId', `Service area ID is required when the service area is named ("${serviceAreaName}")`);
  const startDate = date('startDate', true);
  const leavingDate = date('leavingDate', false);
  if (startDate !== null && leavingDate !== null && leavingDate < startDate) {
    fail('leavingDate', `The leaving date (${leavingDate}) is before the start date (${startDate})`);
  }
  const inAsye = flag('inAsye');
  const needsPerformanceSupport = flag('needsPerformanceSupport');
  const effectiveFrom = date('effectiveFrom', false) ?? defaultEffectiveFrom;

  if (errors.length > 0) return { errors };
  return {
    line: row.line,
    staffId: staffId!,
    name: name!,
    role: role!,
    lineManagerId,
    teamId,
    teamName,
    serviceAreaId,
    serviceAreaName,
    startDate: startDate!,
    leavingDate,
    inAsye,
    needsPerformanceSupport,
    effectiveFrom,
  };
}

// ---------------------------------------------------------------------------------------------
// Checks across rows and against what is recorded.

function crossRowErrors(rows: readonly StaffRow[], state: ImportState): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const error = (row: StaffRow, column: StaffColumn, message: string) => errors.push({ line: row.line, field: HEADER[column], message });

  // Staff ids are unique by now: a repeated one was reported as its row was read.
  const byStaffId = new Map<string, StaffRow>(rows.map((row) => [row.staffId, row]));

  // A team or service area named on several rows must be named alike.
  const teams = new Map<string, StaffRow>();
  const areas = new Map<string, StaffRow>();
  for (const row of rows) {
    if (row.teamId !== null && row.teamName !== null) {
      const first = teams.get(row.teamId);
      if (!first) teams.set(row.teamId, row);
      else if (first.teamName !== row.teamName) error(row, 'teamName', `Team ${row.teamId} is named "${first.teamName}" on line ${first.line}`);
      else if (first.serviceAreaId !== row.serviceAreaId) {
        error(row, 'serviceAreaId', `Team ${row.teamId} is in service area ${first.serviceAreaId} on line ${first.line}`);
      }
    }
    if (row.serviceAreaId !== null && row.serviceAreaName !== null) {
      const first = areas.get(row.serviceAreaId);
      if (!first) areas.set(row.serviceAreaId, row);
      else if (first.serviceAreaName !== row.serviceAreaName) {
        error(row, 'serviceAreaName', `Service area ${row.serviceAreaId} is named "${first.serviceAreaName}" on line ${first.line}`);
      }
    }
  }

  for (const row of rows) {
    if (row.teamId !== null) {
      const recorded = state.teams.get(row.teamId);
      if (!teams.has(row.teamId) && (recorded === undefined || recorded.status === 'NOT_REGISTERED')) {
        error(row, 'teamName', `Team ${row.teamId} is not known; name it (and its service area) on this row`);
      } else if (recorded?.status === 'CLOSED') {
        error(row, 'teamId', `Team ${row.teamId} closed on ${recorded.closedOn}`);
      }
    }
    if (row.serviceAreaId !== null && row.teamName !== null) {
      const recorded = state.serviceAreas.get(row.serviceAreaId);
      if (!areas.has(row.serviceAreaId) && (recorded === undefined || recorded.status === 'NOT_REGISTERED')) {
        error(row, 'serviceAreaName', `Service area ${row.serviceAreaId} is not known; name it on this row`);
      } else if (recorded?.status === 'CLOSED') {
        error(row, 'serviceAreaId', `Service area ${row.serviceAreaId} closed on ${recorded.closedOn}`);
      }
    }
    if (row.lineManagerId !== null) {
      const recorded = state.staff.get(row.lineManagerId);
      if (!byStaffId.has(row.lineManagerId) && (recorded === undefined || recorded.status === 'NOT_REGISTERED')) {
        error(row, 'lineManagerId', `Line manager ${row.lineManagerId} is neither in this file nor recorded`);
      }
    }
  }

  // Line management must not go round in a circle, counting what the file leaves unchanged.
  const managerOf = (staffId: string): string | null => {
    const row = byStaffId.get(staffId);
    if (row) return row.lineManagerId;
    const recorded = state.staff.get(staffId);
    return recorded === undefined || recorded.status === 'NOT_REGISTERED' ? null : recorded.lineManagerId;
  };
  for (const row of byStaffId.values()) {
    const chain = [row.staffId];
    for (let manager = managerOf(row.staffId); manager !== null && chain.length <= byStaffId.size + state.staff.size; manager = managerOf(manager)) {
      if (manager === row.staffId) {
        error(row, 'lineManagerId', `Line management goes round in a circle: ${[...chain, manager].join(' → ')}`);
        break;
      }
      if (chain.includes(manager)) break;
      chain.push(manager);
    }
  }
  return errors;
}

/** The first row on which each key appears (rows without a key are skipped). */
function firstRowPer(rows: readonly StaffRow[], key: (row: StaffRow) => string | null): StaffRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (k === null || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
