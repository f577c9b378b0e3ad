import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import {
  describeBrokenChain,
  type BrokenChain,
  describeSummary,
  verifyAllStreams,
  verifyStreamHistory,
  type HistoryVerification,
} from '../history/verify-history.js';
import { describeEventStore, openExistingEventStore } from '../stores.js';

const options = {
  stream: { type: 'string', valueName: '<streamId>', description: 'Verify this stream only (e.g. caseFileAudit-<id>)' },
} as const satisfies OptionSpecs;

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Verify the per-stream SHA-256 hash chains of the event log (tamper evidence)',
  options,
  description: [
    'Without --stream, every stream in the log is verified. Each broken stream is printed with the',
    'revision where its chain breaks and why, then a summary line.',
    'Reads SQLITE_PATH, or EventStoreDB when EVENTSTORE_CONNECTION_STRING is set.',
    'Exit codes: 0 every chain intact, 1 a chain is broken (or the stream has no events), 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const { stream } = parseOptions(argv, options);
    const config = configFrom(context);
    const store = openExistingEventStore(config.eventStore);
    try {
      context.stderr.write(`Verifying ${stream ?? 'every stream'} in ${describeEventStore(config.eventStore)}\n`);
      const report = (verdict: BrokenChain): void => void context.stdout.write(`${describeBrokenChain(verdict)}\n`);
      // Across the whole log a broken stream is printed as soon as it is found.
      const verification =
        stream === undefined ? await verifyAllStreams(store, { onBroken: report }) : await verifyOneStream(stream);
      if (stream !== undefined) verification.broken.forEach(report);
      context.stdout.write(`${describeSummary(verification)}\n`);
      if (verification.broken.length > 0) {
        const count = verification.broken.length;
        context.stdout.write(`FAILED: ${count} stream${count === 1 ? '' : 's'} with a broken hash chain\n`);
        return EXIT_FAILURE;
      }
      context.stdout.write('OK: every hash chain is intact\n');
      return EXIT_OK;
    } finally {
      await store.close();
    }

    async function verifyOneStream(streamId: string): Promise<HistoryVerification> {
      const verdict = await verifyStreamHistory(store, streamId);
      if (verdict.events === 0) throw new CommandFailure(`Stream ${streamId} has no events (is the stream id right?)`);
      return { streams: 1, events: verdict.events, broken: verdict.valid ? [] : [verdict] };
    }
  },
};
