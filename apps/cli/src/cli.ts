import { ConfigError } from '../../../libs/config/src/config.js';
import { describeOptions, synopsis } from './args.js';
import {
  CommandFailure,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliContext,
  type CommandOutcome,
} from './cli-context.js';
import type { CliCommand } from './command.js';
import { drawSampleCommand } from './commands/draw-sample.command.js';
import { generateSigningKeyCommand } from './commands/generate-signing-key.command.js';
import { importCasesCommand } from './commands/import-cases.command.js';
import { importStaffCommand } from './commands/import-staff.command.js';
import { mintTokenCommand } from './commands/mint-token.command.js';
import { rebuildCommand } from './commands/rebuild.command.js';
import { dropReadModelCommand } from './commands/drop-read-model.command.js';
import { replayAsAtCommand } from './commands/replay-as-at.command.js';
import { serveCommand } from './commands/serve.command.js';
import { signCheckpointCommand } from './commands/sign-checkpoint.command.js';
import { verifyCommand } from './commands/verify.command.js';
import { verifyLogCommand } from './commands/verify-log.command.js';
import { shredCaseKeyCommand } from './commands/shred-case-key.command.js';

export const PROGRAM = 'npm run cli --';

export const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  rebuildCommand,
  dropReadModelCommand,
  replayAsAtCommand,
  verifyCommand,
  verifyLogCommand,
  signCheckpointCommand,
  generateSigningKeyCommand,
  importStaffCommand,
  importCasesCommand,
  drawSampleCommand,
  mintTokenCommand,
  shredCaseKeyCommand,
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Operator commands of the quality assurance service. Configuration comes from the same',
    'environment variables as the service (SQLITE_PATH, EVENTSTORE_CONNECTION_STRING, READ_STORE,',
    'REDIS_URL, REDIS_KEY_PREFIX, JWT_SECRET, NODE_ENV, ...).',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    `Run "${PROGRAM} <command> --help" for a command's options.`,
    'Exit codes: 0 done, 1 failed, 2 bad usage.',
    '',
  ].join('\n');
}

export function commandUsage(command: CliCommand): string {
  const options = Object.keys(command.options).length > 0;
  return [
    `Usage: ${PROGRAM} ${command.name}${options ? ` ${synopsis(command.options)}` : ''}`,
    '',
    command.summary,
    ...(options ? ['', 'Options:', ...describeOptions(command.options)] : []),
    '',
    ...command.description,
    '',
  ].join('\n');
}

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h' || arg === 'help';

/** Runs one command line (without the node and script arguments) and answers with its exit code. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    context.stderr.write(usage());
    return EXIT_USAGE;
  }
  if (isHelp(name)) {
    context.stdout.write(usage());
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    context.stderr.write(`Unknown command "${name}".\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    context.stdout.write(commandUsage(command));
    return EXIT_OK;
  }
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`${command.name}: ${error.message}\n\n${commandUsage(command)}`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError || error instanceof CommandFailure) {
      context.stderr.write(`${command.name}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.stderr.write(`${command.name} failed: ${detail}\n`);
    return EXIT_FAILURE;
  }
}
