import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { shredCaseKey } from '../../../../libs/crypto/src/shred-case-key.js';
import { SqliteCaseKeyStore } from '../../../../libs/crypto/src/sqlite-case-key-store.js';
import { CASE_KEY_SHREDDING_ROLES } from '../../../../libs/domain/src/case-key/case-key.decide.js';
import { ROLES, type Role } from '../../../../libs/domain/src/shared/decider.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_OK, UsageError, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import { describeEventStore, openExistingEventStore } from '../stores.js';

const options = {
  case: { type: 'string', valueName: '<azeusNumber>', description: "The case whose child text ends (its Azeus number)", required: true },
  reason: {
    type: 'string',
    valueName: '<text>',
    description: 'Why now: the retention rule and date (recorded in the case\'s history)',
    required: true,
  },
  actor: { type: 'string', valueName: '<staffId>', description: 'Your staff id, recorded as who shredded it', required: true },
  role: { type: 'string', valueName: '<ROLE>', description: `Your role: ${CASE_KEY_SHREDDING_ROLES.join(', ')}`, default: 'SQA_MANAGER' },
} as const satisfies OptionSpecs;

export const shredCaseKeyCommand: CliCommand = {
  name: 'shred-case-key',
  summary: "Shred a case's key at the end of its retention: its child text becomes unreadable for good, its history still verifies",
  options,
  description: [
    'Issue 6 item 5. Records CaseKeyShredded (who, when, why; never key material) in the stream caseKey-<azeusNumber>,',
    "then deletes the case's key from CASE_KEYS_PATH, overwriting its bytes in the file and its write-ahead log.",
    'Every free text about the child (pen picture, evaluations, family feedback, ...) reads as null from then on; the',
    'events, their hash chains and the signed checkpoints are untouched, so verify and verify-log still pass.',
    'Cannot be undone. Copies of the key file in backups are beyond its reach: expire them within the retention margin.',
    'Run again for the same case, it records nothing more and finishes a deletion an earlier run did not reach.',
    'Exit codes: 0 shredded (or shredded before), 1 refused or failed, 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    if (!(ROLES as readonly string[]).includes(parsed.role)) throw new UsageError(`--role must be a role of the framework, not "${parsed.role}"`);
    const config = configFrom(context);
    // A mistyped CASE_KEYS_PATH must not shred nothing in a new empty file while the real key lives on.
    if (config.caseKeys.path !== ':memory:' && !existsSync(config.caseKeys.path)) {
      throw new CommandFailure(`No case key file at ${resolve(config.caseKeys.path)} (set CASE_KEYS_PATH to the service's file)`);
    }
    const store = openExistingEventStore(config.eventStore);
    const keys = new SqliteCaseKeyStore(config.caseKeys.path);
    try {
      const commandId = randomUUID();
      const { recorded, outcome } = await shredCaseKey(store, keys, {
        type: 'ShredCaseKey',
        data: { azeusNumber: parsed.case, reason: parsed.reason },
        metadata: {
          actor: { staffId: parsed.actor.trim(), role: parsed.role as Role },
          now: new Date().toISOString(),
          commandId,
          correlationId: commandId,
          causationId: commandId,
        },
      });
      const { status } = outcome;
      context.stdout.write(
        recorded.appended > 0
          ? `Recorded CaseKeyShredded in caseKey-${status.caseId} (position ${recorded.position}) in ${describeEventStore(config.eventStore)}\n`
          : `The shredding of case ${status.caseId} was recorded before; nothing more recorded\n`,
      );
      context.stdout.write(
        outcome.shreddedNow
          ? `Shredded the key of case ${status.caseId} in ${resolve(config.caseKeys.path)}\n`
          : `The key of case ${status.caseId} was shredded at ${status.shreddedAt} by ${status.shreddedBy}\n`,
      );
      if (!outcome.erasedFromStorage) {
        context.stderr.write('warning: another process holds the case key file open; its write-ahead log is emptied at the next shred or restart\n');
      }
      context.stdout.write(`OK: the child text of case ${status.caseId} is unreadable from now on\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof DomainError) throw new CommandFailure(`${error.message} (${error.code})`);
      throw error;
    } finally {
      await store.close();
      await keys.close();
    }
  },
};
