import type { CliContext, CommandOutcome } from '../cli-context.js';
import type { CliCommand } from '../command.js';
import { importOptions, runCsvImport } from './import-csv.js';

export const importStaffCommand: CliCommand = {
  name: 'import-staff',
  summary: 'Import the staff and teams CSV file (import-staff <file.csv>): all or nothing, idempotent',
  options: importOptions,
  description: [
    'Usage: import-staff <file.csv> --actor <staffId> [--role <ROLE>] [--effective-from <YYYY-MM-DD>]',
    'The columns are documented in projections/staff/IMPORT.md. The file is planned against the event log',
    '(SQLITE_PATH or EVENTSTORE_CONNECTION_STRING; the log must exist) and, when every row is sound,',
    'recorded through the command handler. The same file imported again records nothing.',
    'Prints the counts (commands planned, events appended, duplicates), or every bad row with its line',
    'and column and records nothing from the file.',
    'Exit codes: 0 imported, 1 the file was refused (or the import failed), 2 bad usage.',
  ],
  run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    return runCsvImport('staff', argv, context);
  },
};
