import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadPublicKey, SigningKeyError } from '../../../../libs/integrity/src/checkpoint.js';
import {
  CheckpointFormatError,
  LOG_CHECKPOINT_STREAM,
  parseCheckpointLines,
  readCheckpointEvent,
  type CheckpointLine,
} from '../../../../libs/integrity/src/checkpoint-record.js';
import { verifyLog, type SourcedCheckpoint } from '../../../../libs/integrity/src/verify-log.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import { describeEventStore, openExistingEventStore } from '../stores.js';

const options = {
  'public-key': { type: 'string', valueName: '<file>', description: 'The Ed25519 public key (PEM) the checkpoints were signed with', required: true },
  checkpoints: {
    type: 'string',
    valueName: '<file>',
    description: `The exported checkpoints file (JSON lines); without it only the checkpoints in the ${LOG_CHECKPOINT_STREAM} stream`,
  },
} as const satisfies OptionSpecs;

export const verifyLogCommand: CliCommand = {
  name: 'verify-log',
  summary: 'Verify the whole event log against its signed checkpoints (catches altered, removed and reordered events)',
  options,
  description: [
    'Checks every signed checkpoint (from the file and from the log) with the public key, that they',
    'agree with each other, and that the log\'s first tree-size events, in global-position order,',
    'give each checkpoint\'s Merkle root. The first checkpoint the log fails is printed with the first',
    'position where the log differs (named exactly when the file\'s leaf hashes cover it).',
    'Events after the latest checkpoint are not covered until the next sign-checkpoint.',
    'Only the file catches the removal of the log\'s tail with the checkpoints recorded in it: keep it elsewhere.',
    'Reads SQLITE_PATH, or EventStoreDB when EVENTSTORE_CONNECTION_STRING is set.',
    'Exit codes: 0 the log matches every checkpoint, 1 it does not (or no checkpoint), 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    const publicKey = readPublicKey(parsed['public-key']);
    const lines = parsed.checkpoints === undefined ? [] : readCheckpointsFile(parsed.checkpoints);

    const config = configFrom(context);
    const store = openExistingEventStore(config.eventStore);
    try {
      context.stderr.write(`Verifying the log in ${describeEventStore(config.eventStore)} against its signed checkpoints\n`);
      const fileName = parsed.checkpoints === undefined ? '' : basename(parsed.checkpoints);
      const fromFile: SourcedCheckpoint[] = lines.map(({ line, number }) => ({ checkpoint: line, from: `${fileName} line ${number}` }));
      const fromLog: SourcedCheckpoint[] = [];
      for (const event of await store.readStream(LOG_CHECKPOINT_STREAM)) {
        try {
          const { frontier, ...checkpoint } = readCheckpointEvent(event);
          fromLog.push({ checkpoint, frontier, from: `${LOG_CHECKPOINT_STREAM} revision ${event.revision}` });
        } catch (error) {
          if (!(error instanceof CheckpointFormatError)) throw error;
          context.stdout.write(`FAILED: a recorded checkpoint is malformed: ${error.message}\n`);
          return EXIT_FAILURE;
        }
      }
      if (fromFile.length + fromLog.length === 0) {
        context.stdout.write(
          `FAILED: no signed checkpoint in the ${LOG_CHECKPOINT_STREAM} stream${parsed.checkpoints === undefined ? ' (give --checkpoints <file>)' : ' nor in the file'}\n`,
        );
        return EXIT_FAILURE;
      }
      const verdict = await verifyLog(store, { checkpoints: [...fromFile, ...fromLog], publicKey, leaves: lines.map(({ line }) => line) });
      for (const note of verdict.notes) context.stdout.write(`note: ${note}\n`);
      if (!verdict.valid) {
        context.stdout.write(`FAILED: ${verdict.reason}\n`);
        return EXIT_FAILURE;
      }
      const uncovered = verdict.events - verdict.covered;
      context.stdout.write(
        `checkpoints: ${verdict.checkpoints} (${fromFile.length} from the file, ${fromLog.length} from the log), events: ${verdict.events}, ` +
          `covered: ${verdict.covered} (to position ${verdict.coveredToPosition}), not yet covered: ${uncovered}\n` +
          'OK: every signature holds and the log matches every signed checkpoint\n',
      );
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandFailure(`Cannot read the ${what} ${resolve(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function readPublicKey(file: string) {
  try {
    return loadPublicKey(readText(file, 'public key'));
  } catch (error) {
    if (error instanceof SigningKeyError) throw new CommandFailure(`${resolve(file)}: ${error.message}`);
    throw error;
  }
}

function readCheckpointsFile(file: string): { line: CheckpointLine; number: number }[] {
  const text = readText(file, 'checkpoints file');
  try {
    const lines = parseCheckpointLines(text, basename(file));
    const numbers = text.split('\n').flatMap((raw, index) => (raw.trim() === '' ? [] : [index + 1]));
    return lines.map((line, index) => ({ line, number: numbers[index]! }));
  } catch (error) {
    if (error instanceof CheckpointFormatError) throw new CommandFailure(error.message);
    throw error;
  }
}
