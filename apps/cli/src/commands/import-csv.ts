import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeRowError, importCsv, type CsvImportKind } from '../../../api/src/people/csv-import.js';
import { handleCommand } from '../../../../libs/command-handling/src/command-handler.js';
import { isCalendarDate } from '../../../../libs/domain/src/csv/field-checks.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import type { Actor, Role } from '../../../../libs/domain/src/shared/decider.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, UsageError, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom } from '../command.js';
import { describeEventStore, openExistingEventStore } from '../stores.js';

/**
 * What the staff and caseload imports share on the command line: the file as the one positional
 * argument, who imports (recorded on every event, and held to the API's rule that only S&QA may),
 * and the effective date.
 */

/** The roles that may import, draw and allocate, as in the API (apps/api/src/access/permissions.ts). */
const SQA_ROLES: readonly Role[] = ['SQA_OFFICER', 'SQA_MANAGER'];

export const actorOptions = {
  actor: { type: 'string', valueName: '<staffId>', description: 'Your staff id, recorded as the actor of every event', required: true },
  role: { type: 'string', valueName: '<ROLE>', description: `Your role: ${SQA_ROLES.join(' or ')}`, default: 'SQA_MANAGER' },
} as const satisfies OptionSpecs;

export const importOptions = {
  ...actorOptions,
  'effective-from': {
    type: 'string',
    valueName: '<YYYY-MM-DD>',
    description: 'The date changes found in the file take effect, where a row has no "Effective from" (default: today)',
  },
} as const satisfies OptionSpecs;

/** The operator as an actor; only S&QA roles may change the programme's records. */
export function operatorActor(staffId: string, role: string): Actor {
  if (!(SQA_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role must be ${SQA_ROLES.join(' or ')}: only S&QA import staff and cases and draw the sample, not "${role}"`);
  }
  return { staffId: staffId.trim(), role: role as Role };
}

/**
 * Takes the one positional argument (the file) out of the command line; the rest are options.
 * A token following a `--name` that takes a value is that option's value, not the file.
 */
export function splitFileArgument(argv: readonly string[], specs: OptionSpecs): { file: string; options: string[] } {
  const files: string[] = [];
  const options: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token.startsWith('--')) {
      options.push(token);
      const spec = specs[token.slice(2)];
      const next = argv[index + 1];
      if (spec?.type === 'string' && !token.includes('=') && next !== undefined && !next.startsWith('--')) {
        options.push(next);
        index += 1;
      }
      continue;
    }
    files.push(token);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'Give the CSV file to import' : `Give one CSV file, not ${files.length}`);
  return { file: files[0]!, options };
}

/**
 * Plans the file against the configured event log and dispatches it through the one command
 * handler, as the API's importStaff / importCaseload do. Prints the counts, or every bad row with
 * its line and column and exits 1 having recorded nothing.
 */
export async function runCsvImport(kind: CsvImportKind, argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
  const { file, options } = splitFileArgument(argv, importOptions);
  const parsed = parseOptions(options, importOptions);
  const actor = operatorActor(parsed.actor, parsed.role);
  const effectiveFrom = parsed['effective-from'];
  if (effectiveFrom !== undefined && !isCalendarDate(effectiveFrom)) {
    throw new UsageError(`--effective-from must be a date as YYYY-MM-DD, not "${effectiveFrom}"`);
  }
  let csv: string;
  try {
    csv = await readFile(file, 'utf8');
  } catch (error) {
    throw new CommandFailure(`Cannot read ${resolve(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  const config = configFrom(context);
  const store = openExistingEventStore(config.eventStore);
  try {
    context.stderr.write(`Importing the ${kind} file ${file} into ${describeEventStore(config.eventStore)}\n`);
    const outcome = await importCsv(
      store,
      { kind, csv, actor, now: new Date().toISOString(), ...(effectiveFrom === undefined ? {} : { effectiveFrom }) },
      (streamId, decider, command) => handleCommand(store, streamId, decider, command),
    );
    if (!outcome.ok) {
      for (const error of outcome.errors) context.stdout.write(`${describeRowError(error)}\n`);
      const count = outcome.errors.length;
      context.stdout.write(`REFUSED: ${count} problem${count === 1 ? '' : 's'} in ${file}; nothing from it was recorded\n`);
      return EXIT_FAILURE;
    }
    context.stdout.write(
      `OK: ${outcome.commandsPlanned} commands planned, ${outcome.eventsAppended} events appended, ${outcome.duplicates} duplicates` +
        ` (import ${outcome.importId}, sha256 ${outcome.fileSha256})\n`,
    );
    return EXIT_OK;
  } catch (error) {
    // A rule broken half-way (a concurrent change since planning): importing the file again completes it.
    if (error instanceof DomainError) throw new CommandFailure(`${error.message} (${error.code}); import the same file again to complete it`);
    throw error;
  } finally {
    await store.close();
  }
}
