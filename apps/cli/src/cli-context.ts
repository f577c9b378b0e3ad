import type { Environment } from '../../../libs/config/src/config.js';

/** Exit codes every command keeps to, so scripts and cron jobs can tell failure from misuse. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface Writer {
  write(text: string): unknown;
  /** Set on a terminal (process.stderr.isTTY), where a progress line can be redrawn in place. */
  readonly isTTY?: boolean;
}

/** What a command may touch: its environment and two output streams. Tests pass their own. */
export interface CliContext {
  readonly env: Environment;
  /** Results: a token, a verdict. */
  readonly stdout: Writer;
  /** Everything for the operator's eyes only: progress, warnings, errors. */
  readonly stderr: Writer;
}

/** The command line was wrong: the message says how, and the command's usage follows it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command could not do its work for a reason the operator can act on; no stack trace needed. */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
}

/**
 * A command's result: an exit code, or SERVING when it has started something that keeps the
 * process alive (a server) and the process must not exit.
 */
export const SERVING = 'serving' as const;
export type CommandOutcome = number | typeof SERVING;
