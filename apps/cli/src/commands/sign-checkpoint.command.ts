import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadPrivateKey, SigningKeyError } from '../../../../libs/integrity/src/checkpoint.js';
import { formatCheckpointLine, LOG_CHECKPOINT_STREAM } from '../../../../libs/integrity/src/checkpoint-record.js';
import { CheckpointRefusedError, issueCheckpoint } from '../../../../libs/integrity/src/issue-checkpoint.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_OK, UsageError, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import { describeEventStore, openExistingEventStore } from '../stores.js';

const options = {
  key: { type: 'string', valueName: '<file>', description: 'The Ed25519 private key (PEM); default LOG_SIGNING_KEY_FILE' },
  checkpoints: { type: 'string', valueName: '<file>', description: 'The JSON lines file to add the checkpoint to; default LOG_CHECKPOINTS_FILE' },
  full: { type: 'boolean', description: 'Hash the whole log again (and check it against the last checkpoint) instead of continuing from it' },
} as const satisfies OptionSpecs;

export const signCheckpointCommand: CliCommand = {
  name: 'sign-checkpoint',
  summary: 'Sign a checkpoint (Merkle root) of the whole event log and record it in the log and a file',
  options,
  description: [
    `The checkpoint (tree size, last position, root, time, key id, signature) is recorded as a`,
    `LogCheckpointSigned event in the ${LOG_CHECKPOINT_STREAM} stream, and added as one line, with the leaf hashes`,
    'of the events it newly covers, to the checkpoints file: keep a copy of that file off the',
    'event store\'s host; verify-log reads it. Only the events since the last checkpoint are hashed,',
    'continuing from its recorded frontier (--full hashes everything again).',
    'Refused, with nothing signed, when the last checkpoint does not hold or the log no longer matches it.',
    'Reads SQLITE_PATH, or EventStoreDB when EVENTSTORE_CONNECTION_STRING is set.',
    'Exit codes: 0 signed, 1 refused or failed, 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    const keyFile = parsed.key ?? nonEmpty(context.env['LOG_SIGNING_KEY_FILE']);
    if (keyFile === undefined) throw new UsageError('--key <file> is required (or set LOG_SIGNING_KEY_FILE)');
    const checkpointsFile = parsed.checkpoints ?? nonEmpty(context.env['LOG_CHECKPOINTS_FILE']);
    if (checkpointsFile === undefined) throw new UsageError('--checkpoints <file> is required (or set LOG_CHECKPOINTS_FILE)');
    const privateKey = readKey(keyFile);

    const config = configFrom(context);
    const store = openExistingEventStore(config.eventStore);
    try {
      context.stderr.write(`Signing the log in ${describeEventStore(config.eventStore)}\n`);
      const issued = await issueCheckpoint(store, { privateKey, now: new Date(), full: parsed.full });
      for (const note of issued.notes) context.stderr.write(`note: ${note}\n`);
      const path = resolve(checkpointsFile);
      try {
        mkdirSync(dirname(path), { recursive: true });
        appendFileSync(path, formatCheckpointLine(issued.line));
      } catch (error) {
        throw new CommandFailure(
          `The checkpoint was recorded in the log at position ${issued.position} but could not be added to ${path}: ${(error as Error).message}`,
        );
      }
      const { treeSize, lastPosition, rootHash, keyId } = issued.checkpoint;
      context.stdout.write(
        `Signed checkpoint: tree size ${treeSize}, last position ${lastPosition}, root ${rootHash}\n` +
          `key ${keyId}; ${issued.hashed} events hashed (${issued.mode}); recorded at position ${issued.position} and in ${path}\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (error instanceof CheckpointRefusedError) throw new CommandFailure(error.message);
      throw error;
    } finally {
      await store.close();
    }
  },
};

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function readKey(file: string) {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandFailure(`Cannot read the signing key ${resolve(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return loadPrivateKey(pem);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new CommandFailure(`${resolve(file)}: ${error.message}`);
    throw error;
  }
}
