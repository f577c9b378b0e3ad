import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventStore, RecordedEvent } from '../../../../libs/event-store/src/event-store.port.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import { ProjectionBatch, type AnyProjection } from '../../../../libs/read-store/src/projection-batch.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import type { Document } from '../../../../libs/read-store/src/read-store.port.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { EXIT_OK, UsageError, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import type { RebuildProgress } from '../read-models/rebuild-read-models.js';
import { describeEventStore, openExistingEventStore } from '../stores.js';
import { progressPrinter, selectProjections } from './rebuild.command.js';

const options = {
  'as-at': {
    type: 'string',
    valueName: '<instant>',
    description: 'Replay the events that happened at or before this ISO instant (a date alone: the end of that day, UTC)',
    required: true,
  },
  projection: {
    type: 'string',
    valueName: '<name,...>',
    description: 'Only these read models, by name or name.vN, comma-separated (default all)',
  },
  out: { type: 'string', valueName: '<file.json>', description: 'Write the JSON here instead of to stdout' },
} as const satisfies OptionSpecs;

const PAGE = 1_000;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant an `--as-at` value names; a date alone is the last millisecond of that day in UTC. */
export function parseAsAt(value: string): Date {
  const text = value.trim();
  const instant = DATE.test(text) ? `${text}T23:59:59.999Z` : text;
  const parsed = new Date(instant);
  const valid = (DATE.test(text) || INSTANT.test(text)) && !Number.isNaN(parsed.getTime());
  if (!valid || (DATE.test(text) && parsed.toISOString().slice(0, 10) !== text)) {
    throw new UsageError(`--as-at must be an ISO instant with its zone (2025-06-30T17:00:00Z) or a date (2025-06-30), not "${value}"`);
  }
  return parsed;
}

/** When an event happened in the service's terms: the command's `now` in its metadata, else when it was recorded. */
export function businessTimeOf(event: RecordedEvent): number {
  const now = (event.metadata as Record<string, unknown> | null)?.['now'];
  const at = typeof now === 'string' ? Date.parse(now) : Number.NaN;
  return Number.isNaN(at) ? event.created.getTime() : at;
}

export interface AsAtReplay {
  readonly asAt: string;
  /** The head of the log when the replay started; later events are never read. */
  readonly head: string | null;
  readonly eventsReplayed: number;
  /** Events up to the head that happened after `asAt`. */
  readonly eventsAfterAsAt: number;
  readonly readModels: Record<string, { readonly collection: string; readonly documents: Document[] }>;
}

/**
 * The read models as they stood at `asAt`: the log, up to its head when called, replayed into a
 * fresh memory read store, leaving out every event that happened after `asAt` (by business time).
 * Nothing is written anywhere else; the service's own read models are not touched.
 */
export async function replayAsAt(
  store: EventStore,
  projections: readonly AnyProjection[],
  asAt: Date,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<AsAtReplay> {
  const started = process.hrtime.bigint();
  const elapsedSeconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const readStore = new MemoryReadStore();
  const batches: ProjectionBatch[] = [];
  for (const projection of projections) {
    await readStore.defineCollection(projection.collection);
    batches.push(new ProjectionBatch(projection, readStore, null));
  }
  const head = await store.headPosition();
  const limit = asAt.getTime();
  let replayed = 0;
  let later = 0;
  let read = 0;
  let after: bigint | null = null;
  while (head !== null && (after === null || after < head)) {
    const page: RecordedEvent[] = await store.readAll(after === null ? { maxCount: PAGE } : { after, maxCount: PAGE });
    const upToHead = page.filter((event) => event.position <= head);
    if (upToHead.length === 0) break;
    const included = upToHead.filter((event) => businessTimeOf(event) <= limit);
    later += upToHead.length - included.length;
    replayed += included.length;
    for (const batch of batches) {
      await batch.prefetch(included);
      for (const event of included) await batch.apply(event);
      await batch.commit();
    }
    after = upToHead[upToHead.length - 1]!.position;
    read += upToHead.length;
    onProgress({ position: after, head, events: read, elapsedSeconds: elapsedSeconds() });
    if (page.length < PAGE) break;
  }
  const readModels: Record<string, { collection: string; documents: Document[] }> = {};
  for (const projection of projections) {
    readModels[projectionKey(projection)] = {
      collection: projection.collection.name,
      documents: await readStore.find(projection.collection.name),
    };
  }
  await readStore.close();
  return { asAt: asAt.toISOString(), head: head?.toString() ?? null, eventsReplayed: replayed, eventsAfterAsAt: later, readModels };
}

/** JSON with every object's keys sorted, so the same read models always give the same text. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export const replayAsAtCommand: CliCommand = {
  name: 'replay-as-at',
  summary: 'The read models as they stood at a past instant, replayed from the event log, as JSON',
  options,
  description: [
    'Replays the log (SQLITE_PATH or EVENTSTORE_CONNECTION_STRING), up to its head when the command',
    'starts, into a fresh memory read store, leaving out every event that happened after --as-at',
    '(its business time, metadata.now, or when it was recorded if it has none), then writes the',
    'documents of the read models chosen as JSON with sorted keys, documents by id: the same log',
    'and instant always give the same file. The service and its read store are not touched.',
    'Progress goes to stderr. Exit codes: 0 written, 1 failed, 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    const asAt = parseAsAt(parsed['as-at']);
    const projections = selectProjections(parsed.projection);
    const config = configFrom(context);
    const store = openExistingEventStore(config.eventStore);
    try {
      context.stderr.write(
        `Replaying ${describeEventStore(config.eventStore)} as at ${asAt.toISOString()} into ${projections.map(projectionKey).join(', ')}\n`,
      );
      const printer = progressPrinter(context.stderr);
      const replay = await replayAsAt(store, projections, asAt, (progress) => printer.update(progress));
      printer.finish();
      const json = stableJson(replay);
      if (parsed.out === undefined) {
        context.stdout.write(json);
      } else {
        writeFileSync(parsed.out, json);
        const documents = Object.values(replay.readModels).reduce((sum, model) => sum + model.documents.length, 0);
        context.stdout.write(
          `Wrote ${documents} documents of ${projections.length} read models as at ${replay.asAt} ` +
            `(${replay.eventsReplayed} events replayed, ${replay.eventsAfterAsAt} after it left out) to ${resolve(parsed.out)}\n`,
        );
      }
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
