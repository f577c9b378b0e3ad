import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  azeusNumberFromStreamId,
  dispatchPlanned,
  foldImportState,
  planCaseImport,
  planStaffImport,
  serviceAreaIdFromStreamId,
  staffIdFromStreamId,
  teamIdFromStreamId,
  type Actor,
  type ImportRowError,
  type ImportSourceEvent,
  type ImportState,
  type PlannedCommandHandler,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';

/**
 * The staff and caseload CSV imports as the API and the CLI run them: plan the file against the
 * recorded state (libs/domain: planStaffImport / planCaseImport), and when the file is sound,
 * dispatch every planned command in order through the one command handler. Framework-free: the
 * caller says how a command is handled (the CommandBus in the API, handleCommand in the CLI).
 */

export type CsvImportKind = 'staff' | 'caseload';

export interface CsvImportRequest {
  readonly kind: CsvImportKind;
  readonly csv: string;
  readonly actor: Actor;
  /** Business time of the import, ISO-8601. */
  readonly now: string;
  /** YYYY-MM-DD from which changes found in the file take effect where a row has no "Effective from". */
  readonly effectiveFrom?: string;
}

export type CsvImportOutcome =
  | {
      /** The file was refused: every bad row, and nothing was appended. */
      readonly ok: false;
      readonly kind: CsvImportKind;
      readonly fileSha256: string;
      readonly errors: readonly ImportRowError[];
    }
  | {
      readonly ok: true;
      readonly kind: CsvImportKind;
      readonly fileSha256: string;
      /** The correlation id of every command of the import: the same file gives the same id. */
      readonly importId: string;
      /** Commands that bring the record to what the file says; 0 when it already says it. */
      readonly commandsPlanned: number;
      readonly eventsAppended: number;
      /** Planned commands already recorded (an interrupted import run again). */
      readonly duplicates: number;
      /** Global position of the last event the import's commands touched; null if none. */
      readonly position: bigint | null;
    };

/** How many events the state fold reads from the log at a time. */
const PAGE_SIZE = 2_000;

/**
 * The recorded service areas, teams, staff and cases, folded from the whole log. The log is read
 * page by page and only the four categories' events are kept, so memory grows with the people
 * and cases recorded, not with the log; the time still grows with the log (every import reads
 * $all from the start). A snapshot, or a read model shaped for planning, would remove that cost.
 */
export async function recordedImportState(store: EventStore, pageSize = PAGE_SIZE): Promise<ImportState> {
  const kept: ImportSourceEvent[] = [];
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ ...(after === undefined ? {} : { after }), maxCount: pageSize });
    for (const event of page) if (isPeopleOrCaseStream(event.streamId)) kept.push(event);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.position;
  }
  return foldImportState(kept);
}

function isPeopleOrCaseStream(streamId: string): boolean {
  return (
    staffIdFromStreamId(streamId) !== null ||
    teamIdFromStreamId(streamId) !== null ||
    serviceAreaIdFromStreamId(streamId) !== null ||
    azeusNumberFromStreamId(streamId) !== null
  );
}

/**
 * Plans the file against the log and, if it is sound, dispatches the plan. A refused file appends
 * nothing. Dispatching is idempotent: every command id derives from the file, its line and the
 * change, so a file imported again plans nothing, and a plan dispatched again after an
 * interruption appends only what is missing. Should a concurrent change make a planned command
 * refused half-way, the error is thrown and importing the same file again completes it.
 */
export async function importCsv(
  store: EventStore,
  request: CsvImportRequest,
  handle: PlannedCommandHandler<CommandResult>,
): Promise<CsvImportOutcome> {
  const currentState = await recordedImportState(store);
  const options = {
    actor: request.actor,
    now: request.now,
    currentState,
    ...(request.effectiveFrom === undefined ? {} : { effectiveFrom: request.effectiveFrom }),
  };
  const plan = request.kind === 'staff' ? planStaffImport(request.csv, options) : planCaseImport(request.csv, options);
  if (!plan.ok) return { ok: false, kind: request.kind, fileSha256: plan.fileSha256, errors: plan.errors };

  let eventsAppended = 0;
  let duplicates = 0;
  let position: bigint | null = null;
  for (const planned of plan.commands) {
    const result = await dispatchPlanned(planned, handle);
    eventsAppended += result.appended;
    if (result.duplicate) duplicates += 1;
    if (result.position !== null && (position === null || result.position > position)) position = result.position;
  }
  return {
    ok: true,
    kind: request.kind,
    fileSha256: plan.fileSha256,
    importId: plan.importId,
    commandsPlanned: plan.commands.length,
    eventsAppended,
    duplicates,
    position,
  };
}

/** One line per problem, as an operator reads them: `line 6, Role: Unknown role "Chief Wizard"`. */
export function describeRowError(error: ImportRowError): string {
  return `line ${error.line}${error.field === null ? '' : `, ${error.field}`}: ${error.message}`;
}
