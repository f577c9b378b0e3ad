import { DomainError } from '../shared/domain-error.js';
import { dayOf, isCalendarDate } from '../csv/field-checks.js';
import { readCsvTable, sortErrors, type ColumnSpec, type CsvRow, type ImportRowError } from '../csv/csv-table.js';
import { fileSha256, importId as importIdOf, importMetadata, type ImportContext, type ImportPlan } from '../csv/import-plan.js';
import { emptyImportState, ImportWorkingState, type ImportState, type PlannedCommand } from '../csv/import-state.js';
import type { CaseCommand } from './case.commands.js';
import { CaseErrorCode } from './case.errors.js';
import { caseStreamId } from './case.stream.js';
import { CASE_CATEGORY_NAMES, caseCategoryFromName, type CaseCategory } from './case.values.js';

/**
 * The caseload CSV as exported from the case-management system (projections/staff/IMPORT.md
 * documents it for users): one row per case. The team and the allocated social worker may be
 * given by id or by name; a name must match exactly one recorded team, or one member of staff
 * who has not left.
 */
export const CASE_IMPORT_COLUMNS = [
  { key: 'azeusNumber', header: 'Azeus number', aliases: ['Azeus no', 'Azeus ID', 'Azeus'], required: true },
  { key: 'category', header: 'Category', aliases: ['Category of case', 'Case category'], required: true },
  { key: 'teamId', header: 'Team ID' },
  { key: 'teamName', header: 'Team', aliases: ['Team name'] },
  { key: 'allocatedWorkerId', header: 'Allocated worker ID', aliases: ['Allocated social worker ID', 'Worker ID'] },
  { key: 'allocatedWorkerName', header: 'Allocated social worker', aliases: ['Allocated worker', 'Social worker', 'Allocated SW'] },
  { key: 'openedOn', header: 'Open date', aliases: ['Opened', 'Date opened', 'Case open date', 'Opened on'], required: true },
  { key: 'closedOn', header: 'Closed date', aliases: ['Close date', 'Date closed', 'Closed on'] },
  { key: 'effectiveFrom', header: 'Effective from' },
] as const satisfies readonly ColumnSpec[];

type CaseColumn = (typeof CASE_IMPORT_COLUMNS)[number]['key'];

const HEADER: Readonly<Record<CaseColumn, string>> = Object.fromEntries(CASE_IMPORT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  CaseColumn,
  string
>;

export interface CaseImportOptions extends ImportContext {
  /** Recorded teams, staff and cases to plan against; teams and staff must be imported first. */
  readonly currentState?: ImportState;
  /**
   * The date from which changes found in the file (recategorised, transferred, reallocated) take
   * effect, where a row has no "Effective from" (YYYY-MM-DD); omitted, the day of `now`.
   */
  readonly effectiveFrom?: string;
}

interface CaseRow {
  readonly line: number;
  readonly azeusNumber: string;
  readonly category: CaseCategory;
  readonly teamId: string;
  readonly allocatedWorkerId: string | null;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly effectiveFrom: string;
}

/**
 * Plans the import of a caseload CSV: every malformed row reported with its file line and column,
 * or the commands that bring the recorded cases to what the file says. Pure.
 */
export function planCaseImport(csvText: string, options: CaseImportOptions): ImportPlan<PlannedCommand> {
  const sha = fileSha256(csvText);
  const fail = (errors: readonly ImportRowError[]): ImportPlan<PlannedCommand> => ({ ok: false, fileSha256: sha, errors: sortErrors(errors) });

  const defaultEffectiveFrom = options.effectiveFrom ?? dayOf(options.now);
  if (!isCalendarDate(defaultEffectiveFrom)) {
    return fail([{ line: 1, field: HEADER.effectiveFrom, message: `The import's effective date must be YYYY-MM-DD, not ${JSON.stringify(defaultEffectiveFrom)}` }]);
  }
  const table = readCsvTable(csvText, CASE_IMPORT_COLUMNS);
  if (!table.ok) return fail(table.errors);
  const headerErrors: ImportRowError[] = [];
  if (!table.columns.has('teamId') && !table.columns.has('teamName')) {
    headerErrors.push({ line: 1, field: HEADER.teamName, message: `The header has neither a "${HEADER.teamId}" nor a "${HEADER.teamName}" column` });
  }
  if (!table.columns.has('allocatedWorkerId') && !table.columns.has('allocatedWorkerName')) {
    headerErrors.push({
      line: 1,
      field: HEADER.allocatedWorkerName,
      message: `The header has neither an "${HEADER.allocatedWorkerId}" nor an "${HEADER.allocatedWorkerName}" column`,
    });
  }
  if (headerErrors.length > 0) return fail(headerErrors);

  const state = options.currentState ?? emptyImportState();
  const directory = new Directory(state);
  const errors: ImportRowError[] = [];
  const rows: CaseRow[] = [];
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const azeusNumber = row.values.azeusNumber ?? '';
    const first = firstLine.get(azeusNumber);
    if (first !== undefined) {
      errors.push({ line: row.line, field: HEADER.azeusNumber, message: `Case ${azeusNumber} is already on line ${first}` });
      continue;
    }
    if (azeusNumber !== '') firstLine.set(azeusNumber, row.line);
    const read = readRow(row, defaultEffectiveFrom, directory);
    if ('errors' in read) errors.push(...read.errors);
    else rows.push(read);
  }
  if (errors.length > 0) return fail(errors);

  const correlationId = importIdOf(sha, 'cases');
  const working = new ImportWorkingState(state);
  const commands: PlannedCommand[] = [];
  for (const row of rows) {
    const at = (type: CaseCommand['type']) => importMetadata(options, correlationId, sha, row.line, `${type}:${row.azeusNumber}`);
    const recorded = working.cases.get(row.azeusNumber);
    if (recorded?.status === 'OPEN' && recorded.openedOn !== row.openedOn) {
      errors.push({
        line: row.line,
        field: HEADER.openedOn,
        message: `Case ${row.azeusNumber} is recorded as open since ${recorded.openedOn}; close it before importing a new opening`,
        code: CaseErrorCode.OPEN_DATE_DIFFERS,
      });
      continue;
    }
    for (const command of caseCommands(row, working, at)) {
      const planned: PlannedCommand = { aggregate: 'case', line: row.line, streamId: caseStreamId(row.azeusNumber), id: row.azeusNumber, command };
      try {
        if (working.decide(planned) > 0) commands.push(planned);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        errors.push({ line: row.line, field: columnOf(error.field), message: error.message, code: error.code });
        // The first refusal is the row's error: what follows it on the row would only repeat it.
        break;
      }
    }
  }
  if (errors.length > 0) return fail(errors);
  return { ok: true, fileSha256: sha, importId: correlationId, commands };
}

/** The commands that would make the recorded case what the row says, in an order that always applies. */
function caseCommands(row: CaseRow, state: ImportState, at: (type: CaseCommand['type']) => CaseCommand['metadata']): CaseCommand[] {
  const azeusNumber = row.azeusNumber;
  const recorded = state.cases.get(azeusNumber);
  const commands: CaseCommand[] = [];
  if (recorded === undefined || recorded.status === 'NOT_OPENED') {
    commands.push({
      type: 'OpenCase',
      data: { azeusNumber, category: row.category, teamId: row.teamId, allocatedWorkerId: row.allocatedWorkerId, openedOn: row.openedOn },
      metadata: at('OpenCase'),
    });
  } else {
    // A closed case listed as open again was reopened; what the row says holds from the reopening.
    const reopening = recorded.status === 'CLOSED' && row.closedOn === null && row.openedOn !== recorded.openedOn;
    if (reopening) commands.push({ type: 'ReopenCase', data: { azeusNumber, reopenedOn: row.openedOn }, metadata: at('ReopenCase') });
    const effectiveFrom = reopening ? row.openedOn : row.effectiveFrom;
    commands.push(
      { type: 'RecategoriseCase', data: { azeusNumber, category: row.category, effectiveFrom }, metadata: at('RecategoriseCase') },
      { type: 'TransferCase', data: { azeusNumber, teamId: row.teamId, effectiveFrom }, metadata: at('TransferCase') },
      { type: 'ReallocateCase', data: { azeusNumber, allocatedWorkerId: row.allocatedWorkerId, effectiveFrom }, metadata: at('ReallocateCase') },
    );
  }
  if (row.closedOn !== null) commands.push({ type: 'CloseCase', data: { azeusNumber, closedOn: row.closedOn }, metadata: at('CloseCase') });
  return commands;
}

function columnOf(field: string | undefined): string | null {
  switch (field) {
    case 'azeusNumber':
      return HEADER.azeusNumber;
    case 'category':
      return HEADER.category;
    case 'teamId':
      return HEADER.teamId;
    case 'allocatedWorkerId':
      return HEADER.allocatedWorkerId;
    case 'openedOn':
    case 'reopenedOn':
      return HEADER.openedOn;
    case 'closedOn':
      return HEADER.closedOn;
    case 'effectiveFrom':
      return HEADER.effectiveFrom;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading one row.

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function readRow(row: CsvRow<CaseColumn>, defaultEffectiveFrom: string, directory: Directory): CaseRow | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (column: CaseColumn, message: string): null => {
    errors.push({ line: row.line, field: HEADER[column], message });
    return null;
  };
  const value = (column: CaseColumn): string => row.values[column] ?? '';
  const date = (column: CaseColumn, need: boolean): string | null => {
    const text = value(column);
    if (text === '') return need ? fail(column, `${HEADER[column]} is required`) : null;
    return isCalendarDate(text) ? text : fail(column, `${HEADER[column]} must be a date as YYYY-MM-DD, not ${JSON.stringify(text)}`);
  };

  const azeusText = value('azeusNumber');
  const azeusNumber =
    azeusText === ''
      ? fail('azeusNumber', `${HEADER.azeusNumber} is required`)
      : ID.test(azeusText)
        ? azeusText
        : fail('azeusNumber', `${HEADER.azeusNumber} must be letters, digits, '.', '_' or '-', not ${JSON.stringify(azeusText)}`);
  const categoryText = value('category');
  const category = categoryText === '' ? fail('category', `${HEADER.category} is required`) : caseCategoryFromName(categoryText);
  if (categoryText !== '' && category === null) {
    fail('category', `Unknown category of case ${JSON.stringify(categoryText)}; expected one of ${Object.values(CASE_CATEGORY_NAMES).map((n) => n[0]).join(', ')}`);
  }
  const openedOn = date('openedOn', true);
  const closedOn = date('closedOn', false);
  if (openedOn !== null && closedOn !== null && closedOn < openedOn) fail('closedOn', `The closed date (${closedOn}) is before the open date (${openedOn})`);
  const effectiveFrom = date('effectiveFrom', false) ?? defaultEffectiveFrom;

  const team = directory.team(value('teamId'), value('teamName'));
  if ('error' in team) fail(team.column, team.error);
  const worker = directory.worker(value('allocatedWorkerId'), value('allocatedWorkerName'), effectiveFrom);
  if ('error' in worker) fail(worker.column, worker.error);

  if (errors.length > 0 || 'error' in team || 'error' in worker) return { errors };
  return {
    line: row.line,
    azeusNumber: azeusNumber!,
    category: category!,
    teamId: team.id!,
    allocatedWorkerId: worker.id,
    openedOn: openedOn!,
    closedOn,
    effectiveFrom,
  };
}

type Resolved = { readonly id: string | null } | { readonly error: string; readonly column: CaseColumn };

/** Finds teams and staff by id or by name in the recorded state. */
class Directory {
  private readonly teamsByName = new Map<string, string[]>();
  private readonly staffByName = new Map<string, string[]>();

  constructor(private readonly state: ImportState) {
    for (const [id, team] of state.teams) {
      if (team.status === 'ACTIVE') push(this.teamsByName, normalizeName(team.name), id);
    }
    for (const [id, member] of state.staff) {
      if (member.status !== 'NOT_REGISTERED') push(this.staffByName, normalizeName(member.name), id);
    }
  }

  team(id: string, name: string): Resolved {
    if (id !== '') {
      const team = this.state.teams.get(id);
      if (team === undefined || team.status === 'NOT_REGISTERED') return { column: 'teamId', error: `Team ${id} is not recorded; import the staff and teams file first` };
      if (team.status === 'CLOSED') return { column: 'teamId', error: `Team ${id} closed on ${team.closedOn}` };
      if (name !== '' && normalizeName(name) !== normalizeName(team.name)) {
        return { column: 'teamName', error: `Team ${id} is recorded as "${team.name}", not "${name}"` };
      }
      return { id };
    }
    if (name === '') return { column: 'teamName', error: 'The team is required (Team ID or Team)' };
    const ids = this.teamsByName.get(normalizeName(name)) ?? [];
    if (ids.length === 1) return { id: ids[0]! };
    return {
      column: 'teamName',
      error: ids.length === 0 ? `No recorded team is named "${name}"` : `${ids.length} teams are named "${name}" (${ids.join(', ')}); give the Team ID`,
    };
  }

  worker(id: string, name: string, asOf: string): Resolved {
    if (id !== '') {
      const member = this.state.staff.get(id);
      if (member === undefined || member.status === 'NOT_REGISTERED') {
        return { column: 'allocatedWorkerId', error: `Staff member ${id} is not recorded; import the staff and teams file first` };
      }
      if (member.status === 'LEFT' && member.leavingDate < asOf) {
        return { column: 'allocatedWorkerId', error: `Staff member ${id} left on ${member.leavingDate}` };
      }
      if (name !== '' && normalizeName(name) !== normalizeName(member.name)) {
        return { column: 'allocatedWorkerName', error: `Staff member ${id} is recorded as "${member.name}", not "${name}"` };
      }
      return { id };
    }
    if (name === '') return { id: null };
    const ids = (this.staffByName.get(normalizeName(name)) ?? []).filter((staffId) => {
      const member = this.state.staff.get(staffId);
      return member?.status === 'ACTIVE' || (member?.status === 'LEFT' && member.leavingDate >= asOf);
    });
    if (ids.length === 1) return { id: ids[0]! };
    return {
      column: 'allocatedWorkerName',
      error:
        ids.length === 0
          ? `No recorded member of staff (who has not left) is named "${name}"`
          : `${ids.length} members of staff are named "${name}" (${ids.join(', ')}); give the Allocated worker ID`,
    };
  }
}

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}
