import type { AnyProjection } from '../projection-batch.js';
import { projectionKey } from '../projection.js';
import { CheckpointConflictError, type CollectionDefinition, type ReadStore } from '../read-store.port.js';

/**
 * Which version of each read model readers are served from.
 *
 * A projection's collection is versioned (`supervisionAudits.v2`). When the service starts with a
 * version whose predecessor's documents are still in the read store and which has not yet been
 * switched to, the new version builds beside the old one: readers keep being served the previous
 * version's collection (whatever name they ask for) until the new one has caught up with the log,
 * and then switch. Nothing is deleted on the switch: other instances of the service may still be
 * serving the previous version from the same store. `drop-read-model` deletes it when no one does.
 *
 * The switch is kept in the read store as the checkpoint `<name>.active` (the version number), so
 * a restart never falls back to an older version once the newer has been served.
 *
 * The previous version is found, newest first, among the versions listed (kept in the code beside
 * the new one: then it keeps running and readers see every new event while the new one builds) and
 * otherwise by the collection naming convention `<base>.v<n>` with the same indexes (then it is
 * served as it was left, until the switch). The store's checkpoint of that version says whether it
 * has data. With the memory read store nothing survives a restart, so nothing ever builds beside.
 */
export interface ReadModelFamily {
  readonly name: string;
  /** The newest version listed: what the service builds, and serves once caught up. */
  readonly current: AnyProjection;
  /** The version readers are served from now. */
  readonly activeVersion: number;
  readonly activeCollection: string;
  /** The previous version is being served while `current` builds beside it. */
  readonly buildingBeside: boolean;
  /** The served previous version is listed, so it keeps running while `current` builds. */
  readonly previousRunning: boolean;
}

interface FamilyState {
  readonly name: string;
  readonly current: AnyProjection;
  activeVersion: number;
  activeCollection: CollectionDefinition;
  buildingBeside: boolean;
  previousRunning: boolean;
  /** Collection name of each version known, listed or found. */
  readonly collections: Map<number, CollectionDefinition>;
}

export interface ReadModelSwitch {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

/** The checkpoint key under which the version readers are served from is kept. */
export function activeVersionKey(name: string): string {
  return `${name}.active`;
}

/** `<base>.v<n>` for version `version` of a collection named by the convention; null otherwise. */
export function collectionNameOfVersion(current: Pick<AnyProjection, 'version' | 'collection'>, version: number): string | null {
  const match = /^(.*)\.v(\d+)$/.exec(current.collection.name);
  if (match === null || Number(match[2]) !== current.version) return null;
  return `${match[1]}.v${version}`;
}

export class ReadModelVersions {
  private readonly families = new Map<string, FamilyState>();
  /** Every collection name of every family, to its family. */
  private readonly byCollection = new Map<string, FamilyState>();
  /** Every checkpoint key of every family, to its family. */
  private readonly byKey = new Map<string, FamilyState>();

  private constructor(
    private readonly base: ReadStore,
    private readonly onSwitch: (change: ReadModelSwitch) => void,
  ) {}

  /**
   * Reads which version of each listed read model is served, and which previous versions still
   * have data, defining their collections so they can be read. Call before the runner starts.
   */
  static async prepare(
    base: ReadStore,
    projections: readonly AnyProjection[],
    options: { readonly onSwitch?: (change: ReadModelSwitch) => void; readonly warn?: (message: string) => void } = {},
  ): Promise<ReadModelVersions> {
    const versions = new ReadModelVersions(base, options.onSwitch ?? (() => undefined));
    const byName = new Map<string, AnyProjection[]>();
    for (const projection of projections) byName.set(projection.name, [...(byName.get(projection.name) ?? []), projection]);
    for (const [name, listed] of byName) {
      const current = listed.reduce((newest, p) => (p.version > newest.version ? p : newest));
      const family: FamilyState = {
        name,
        current,
        activeVersion: current.version,
        activeCollection: current.collection,
        buildingBeside: false,
        previousRunning: false,
        collections: new Map(listed.map((p) => [p.version, p.collection])),
      };
      const marker = await base.checkpoint(activeVersionKey(name));
      if (marker === null || marker < BigInt(current.version)) {
        const candidates = marker === null ? range(current.version - 1, 1) : [Number(marker)];
        for (const version of candidates) {
          if ((await base.checkpoint(`${name}.v${version}`)) === null) continue;
          const listedPrevious = listed.find((p) => p.version === version);
          const definition = listedPrevious?.collection ?? conventionalDefinition(current, version);
          if (definition === null) break;
          if (!listedPrevious) {
            try {
              await base.defineCollection(definition);
            } catch (error) {
              options.warn?.(
                `Read model ${name}: version ${version} has data but cannot be served while v${current.version} builds ` +
                  `(${error instanceof Error ? error.message : String(error)}); readers see v${current.version} as it builds`,
              );
              break;
            }
          }
          family.collections.set(version, definition);
          family.activeVersion = version;
          family.activeCollection = definition;
          family.buildingBeside = true;
          family.previousRunning = listedPrevious !== undefined;
          break;
        }
      }
      versions.families.set(name, family);
      for (const [version, definition] of family.collections) {
        versions.byCollection.set(definition.name, family);
        versions.byKey.set(`${name}.v${version}`, family);
      }
    }
    return versions;
  }

  /** The collection readers asking for `collection` are served from (itself when no family has it). */
  collectionFor(collection: string): string {
    return this.byCollection.get(collection)?.activeCollection.name ?? collection;
  }

  /** The definition of the collection served for `collection`, when it is another one. */
  servedDefinition(collection: string): CollectionDefinition | null {
    const family = this.byCollection.get(collection);
    return family === undefined ? null : family.activeCollection;
  }

  /** The checkpoint key whose read model is served for `key` (a projection key). */
  checkpointKeyFor(key: string): string {
    const family = this.byKey.get(key);
    return family === undefined ? key : `${family.name}.v${family.activeVersion}`;
  }

  /** The projections building beside a served previous version: they run on their own subscription. */
  buildingBeside(): AnyProjection[] {
    return [...this.families.values()].filter((family) => family.buildingBeside).map((family) => family.current);
  }

  isBuildingBeside(key: string): boolean {
    const family = this.byKey.get(key);
    return family !== undefined && family.buildingBeside && projectionKey(family.current) === key;
  }

  family(name: string): ReadModelFamily | null {
    const family = this.families.get(name);
    if (family === undefined) return null;
    return {
      name: family.name,
      current: family.current,
      activeVersion: family.activeVersion,
      activeCollection: family.activeCollection.name,
      buildingBeside: family.buildingBeside,
      previousRunning: family.previousRunning,
    };
  }

  list(): ReadModelFamily[] {
    return [...this.families.keys()].sort().map((name) => this.family(name)!);
  }

  /**
   * The current version of `key`'s read model has caught up: readers are served from it from now
   * on (at once, in this process), and the switch is recorded for restarts and other instances.
   */
  async activate(key: string): Promise<void> {
    const family = this.byKey.get(key);
    if (family === undefined || !family.buildingBeside || projectionKey(family.current) !== key) return;
    const from = family.activeVersion;
    family.activeVersion = family.current.version;
    family.activeCollection = family.current.collection;
    family.buildingBeside = false;
    family.previousRunning = false;
    this.onSwitch({ name: family.name, from, to: family.current.version });
    await recordActiveVersion(this.base, family.name, family.current.version);
  }
}

/** Records `version` as the one served, unless a newer one already is (compare-and-set, retried on a race). */
export async function recordActiveVersion(store: ReadStore, name: string, version: number): Promise<void> {
  const key = activeVersionKey(name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const recorded = await store.checkpoint(key);
    if (recorded !== null && recorded >= BigInt(version)) return;
    try {
      await store.commit(key, recorded, BigInt(version), []);
      return;
    } catch (error) {
      if (!(error instanceof CheckpointConflictError)) throw error;
    }
  }
}

function conventionalDefinition(current: AnyProjection, version: number): CollectionDefinition | null {
  const name = collectionNameOfVersion(current, version);
  return name === null ? null : { name, indexes: current.collection.indexes };
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let n = from; n >= to; n--) values.push(n);
  return values;
}
