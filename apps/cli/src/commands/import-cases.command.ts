import type { CliContext, CommandOutcome } from '../cli-context.js';
import type { CliCommand } from '../command.js';
import { importOptions, runCsvImport } from './import-csv.js';

export const importCasesCommand: CliCommand = {
  name: 'import-cases',
  summary: "Import the caseload CSV exported from the case-management system (import-cases <file.csv>), after the staff file",
  options: importOptions,
  description: [
    'Usage: import-cases <file.csv> --actor <staffId> [--role <ROLE>] [--effective-from <YYYY-MM-DD>]',
    'The columns are documented in projections/staff/IMPORT.md. Teams and allocated workers named in the',
    'file must already be recorded (import the staff file first); workers named by name are matched',
    'against who was in post on the effective date. All or nothing, idempotent, as import-staff.',
    'Exit codes: 0 imported, 1 the file was refused (or the import failed), 2 bad usage.',
  ],
  run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    return runCsvImport('caseload', argv, context);
  },
};
