import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import { collectionNameOfVersion, ReadModelVersions } from '../../../../libs/read-store/src/versions/read-model-versions.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_OK, UsageError, type CliContext, type CommandOutcome } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import { describeReadStore, openReadStore } from '../stores.js';

const options = {
  projection: { type: 'string', valueName: '<name>', description: 'The read model, by name (e.g. supervisionAudits)', required: true },
  version: { type: 'string', valueName: '<n>', description: 'The version whose documents and checkpoint to delete', required: true },
} as const satisfies OptionSpecs;

/**
 * Deletes an old version of a read model once no one reads it: after a new version has been built
 * beside it and readers have switched (the service logs the switch). The switch never deletes the
 * old version itself, because other instances of the service sharing the read store may still be
 * serving it; this is run when every instance serves the new one.
 */
export const dropReadModelCommand: CliCommand = {
  name: 'drop-read-model',
  summary: 'Delete an old version of a read model (its documents and checkpoint) once readers have switched',
  options,
  description: [
    'Deletes the documents and the checkpoint of version <n> of the read model in the configured',
    'read store (READ_STORE, REDIS_URL, REDIS_KEY_PREFIX). Refused for the version the service',
    'builds, and for the version readers are served while a newer one builds beside it.',
    'Safe while the service runs. With READ_STORE=memory nothing is kept, so there is nothing to drop.',
    'Exit codes: 0 dropped (or nothing there), 1 failed, 2 bad usage or a version still in use.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    if (!/^[1-9]\d{0,5}$/.test(parsed.version)) throw new UsageError(`--version must be a whole number from 1, not "${parsed.version}"`);
    const version = Number(parsed.version);
    const listed = ALL_PROJECTIONS.filter((p) => p.name === parsed.projection);
    if (listed.length === 0) {
      throw new UsageError(
        `--projection: no read model "${parsed.projection}"; known: ${[...new Set(ALL_PROJECTIONS.map((p) => p.name))].join(', ')}`,
      );
    }
    const config = configFrom(context);
    if (config.readStore.kind === 'memory') {
      context.stdout.write('READ_STORE=memory: nothing kept, nothing to drop\n');
      return EXIT_OK;
    }
    const readStore = await openReadStore(config.readStore);
    try {
      const versions = await ReadModelVersions.prepare(readStore, listed);
      const family = versions.family(parsed.projection)!;
      if (version === family.current.version) {
        throw new UsageError(`${parsed.projection} v${version} is the version the service builds and serves; it cannot be dropped`);
      }
      if (version === family.activeVersion) {
        throw new UsageError(
          `${parsed.projection} v${version} is still served while v${family.current.version} builds beside it; drop it after the switch`,
        );
      }
      const collection =
        listed.find((p) => p.version === version)?.collection.name ?? collectionNameOfVersion(family.current, version);
      if (collection === null) {
        throw new CommandFailure(`The collection of ${parsed.projection} v${version} cannot be named (${family.current.collection.name} is not <name>.v<n>)`);
      }
      const key = `${parsed.projection}.v${version}`;
      const checkpoint = await readStore.checkpoint(key);
      await readStore.reset(key, [collection]);
      context.stdout.write(
        checkpoint === null
          ? `${key}: no checkpoint in ${describeReadStore(config.readStore)}; any documents of ${collection} deleted\n`
          : `${key}: dropped ${collection} and its checkpoint (was at position ${checkpoint}) from ${describeReadStore(config.readStore)}\n`,
      );
      return EXIT_OK;
    } finally {
      await readStore.close();
    }
  },
};
