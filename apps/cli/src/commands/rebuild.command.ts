import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { EXIT_OK, type CliContext, type CommandOutcome, type Writer } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import { describeRebuildProgress, rebuildReadModels, type RebuildProgress } from '../read-models/rebuild-read-models.js';
import { describeEventStore, describeReadStore, openExistingEventStore, openReadStore } from '../stores.js';

const options = {} as const satisfies OptionSpecs;


/**
 * A progress line on stderr: redrawn in place on a terminal, otherwise (a log file, a pipe) one
 * line at most every `everySeconds`, so a long rebuild neither floods a log nor goes silent.
 */
export function progressPrinter(stderr: Writer, everySeconds = 1): {
  update(progress: RebuildProgress): void;
  finish(): void;
} {
  const tty = stderr.isTTY === true;
  let printedAt = Number.NEGATIVE_INFINITY;
  let last: RebuildProgress | null = null;
  let lastPrinted: RebuildProgress | null = null;
  const print = (progress: RebuildProgress): void => {
    stderr.write(tty ? `\r\x1b[2Krebuild: ${describeRebuildProgress(progress)}` : `rebuild: ${describeRebuildProgress(progress)}\n`);
    printedAt = progress.elapsedSeconds;
    lastPrinted = progress;
  };
  return {
    update(progress) {
      last = progress;
      if (tty || progress.elapsedSeconds - printedAt >= everySeconds) print(progress);
    },
    finish() {
      if (last !== null && last !== lastPrinted) print(last);
      if (tty && last !== null) stderr.write('\n');
    },
  };
}

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  summary: 'Rebuild the read models from the event log (reset, then replay every event)',
  options,
  description: [
    'Resets each projection\'s checkpoint and documents in the configured read store (READ_STORE,',
    'REDIS_URL, REDIS_KEY_PREFIX), then replays the log (SQLITE_PATH or EVENTSTORE_CONNECTION_STRING)',
    'into it, committing page by page; interrupted, it can be run again. Progress goes to stderr.',
    'Stop the service (its projection runner) first: a runner that finds its checkpoint moved stops.',
    'With READ_STORE=memory nothing is kept (the service rebuilds memory by replay at every start):',
    'the replay then only checks that every recorded event projects.',
    'Exit codes: 0 rebuilt, 1 failed, 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    parseOptions(argv, options);
    const config = configFrom(context);
    const projections = ALL_PROJECTIONS;
    const store = openExistingEventStore(config.eventStore);
    try {
      const readStore = await openReadStore(config.readStore);
      try {
        context.stderr.write(
          `Rebuilding ${projections.map(projectionKey).join(', ')} in ${describeReadStore(config.readStore)} ` +
            `from ${describeEventStore(config.eventStore)}\n`,
        );
        const printer = progressPrinter(context.stderr);
        const result = await rebuildReadModels(store, readStore, projections, (progress) => printer.update(progress));
        printer.finish();
        const checkpoints = result.checkpoints.map(({ projection, checkpoint }) => `${projection} at position ${checkpoint ?? 'none'}`);
        context.stdout.write(
          `Rebuilt from ${result.events} events in ${result.seconds.toFixed(1)} s: ${checkpoints.join(', ')}\n`,
        );
        if (config.readStore.kind === 'memory') {
          context.stdout.write('READ_STORE=memory: nothing kept; the service rebuilds its memory read store at every start\n');
        }
        return EXIT_OK;
      } finally {
        await readStore.close();
      }
    } finally {
      await store.close();
    }
  },
};
