import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import type { AnyProjection } from '../../../../libs/read-store/src/projection-batch.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { EXIT_OK, UsageError, type CliContext, type CommandOutcome, type Writer } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import { describeRebuildProgress, rebuildReadModels, type RebuildProgress } from '../read-models/rebuild-read-models.js';
import { describeEventStore, describeReadStore, openExistingEventStore, openReadStore } from '../stores.js';

const options = {
  projection: {
    type: 'string',
    valueName: '<name,...>',
    description: 'Only these read models, by name (caseFileAudits) or name and version (caseFileAudits.v2), comma-separated',
  },
} as const satisfies OptionSpecs;

/**
 * The projections named in `--projection` (comma-separated names, or name.vN keys), in the order
 * the service lists them; all of them when the option is absent. An unknown name is a usage
 * error that lists the known ones.
 */
export function selectProjections(spec: string | undefined, all: readonly AnyProjection[] = ALL_PROJECTIONS): AnyProjection[] {
  if (spec === undefined) return [...all];
  const wanted = spec.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (wanted.length === 0) throw new UsageError('--projection needs at least one read model name');
  const unknown = wanted.filter((name) => !all.some((p) => p.name === name || projectionKey(p) === name));
  if (unknown.length > 0) {
    throw new UsageError(
      `--projection: no read model ${unknown.map((name) => `"${name}"`).join(', ')}; known: ${all.map(projectionKey).join(', ')}`,
    );
  }
  return all.filter((p) => wanted.includes(p.name) || wanted.includes(projectionKey(p)));
}


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
  summary: 'Rebuild the read models (all, or those named) from the event log (reset, then replay every event)',
  options,
  description: [
    'Resets each projection\'s checkpoint and documents in the configured read store (READ_STORE,',
    'REDIS_URL, REDIS_KEY_PREFIX), then replays the log (SQLITE_PATH or EVENTSTORE_CONNECTION_STRING)',
    'into it, committing page by page; interrupted, it can be run again. Progress goes to stderr:',
    'events done, the share of the log, events per second and the time left.',
    'With --projection only the read models named are reset and rebuilt; the others are left as they are.',
    'Stop the service (its projection runner) first: a runner that finds its checkpoint moved stops.',
    'With READ_STORE=memory nothing is kept (the service rebuilds memory by replay at every start):',
    'the replay then only checks that every recorded event projects.',
    'Exit codes: 0 rebuilt, 1 failed, 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    const projections = selectProjections(parsed.projection);
    const config = configFrom(context);
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
