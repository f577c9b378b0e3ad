import { createHash } from 'node:crypto';
import { connectRedisClient, type RedisClient } from './redis-connection.js';
import {
  assertIndexedWhere,
  byId,
  definitionMismatch,
  indexEntries,
  lastChangePerDocument,
  matchesWhere,
  ReadStoreUsageError,
  sameDefinition,
  serializeDocument,
  unknownCollection,
  validateDefinition,
} from '../collections.js';
import {
  CheckpointConflictError,
  type CollectionDefinition,
  type Document,
  type DocumentChange,
  type FindQuery,
  type ReadStore,
} from '../read-store.port.js';

export interface RedisReadStoreOptions {
  /** e.g. `redis://127.0.0.1:6379`. */
  readonly url: string;
  /** Every key this store touches starts with `<keyPrefix>:`; nothing outside it is read or written. */
  readonly keyPrefix: string;
  /** Connection attempts before `connect` gives up (default 3); once connected it reconnects for ever. */
  readonly connectAttempts?: number;
}

type Client = RedisClient;

/**
 * Key layout, all under `<prefix>:`
 *   cp:<projection>                      checkpoint, the decimal string of a bigint
 *   def:<collection>                     the collection's definition (indexes), to refuse a silent change
 *   c:<collection>:d:<id>                document JSON
 *   c:<collection>:all                   set of every document id
 *   c:<collection>:i:<field>:<value>     equality index: set of ids
 *   c:<collection>:r:<id>                the index keys this document is in, so an update or delete
 *                                        removes exactly its old entries without parsing old JSON
 */
const COMMIT_SCRIPT = `
-- KEYS[1] checkpoint; then per change: document, all-ids, reverse-index, then its new index keys.
-- ARGV[1] expected checkpoint ('' = none), ARGV[2] next checkpoint, ARGV[3] number of changes;
-- then per change: id, 'set' or 'del', JSON, number of new index keys.
-- Checkpoints are compared as canonical decimal strings: Lua numbers are doubles and positions
-- can exceed 2^64.
local actual = redis.call('GET', KEYS[1])
if not actual then actual = '' end
if actual ~= ARGV[1] then return {'CONFLICT', actual} end
local k = 2
local a = 4
for _ = 1, tonumber(ARGV[3]) do
  local documentKey, allKey, reverseKey = KEYS[k], KEYS[k + 1], KEYS[k + 2]
  local id, op, json, count = ARGV[a], ARGV[a + 1], ARGV[a + 2], tonumber(ARGV[a + 3])
  for _, indexKey in ipairs(redis.call('SMEMBERS', reverseKey)) do
    redis.call('SREM', indexKey, id)
  end
  redis.call('DEL', reverseKey)
  if op == 'set' then
    redis.call('SET', documentKey, json)
    redis.call('SADD', allKey, id)
    for j = 1, count do
      redis.call('SADD', KEYS[k + 2 + j], id)
      redis.call('SADD', reverseKey, KEYS[k + 2 + j])
    end
  else
    redis.call('DEL', documentKey)
    redis.call('SREM', allKey, id)
  end
  k = k + 3 + count
  a = a + 4
end
redis.call('SET', KEYS[1], ARGV[2])
return {'OK'}
`;
const COMMIT_SHA = createHash('sha1').update(COMMIT_SCRIPT).digest('hex');

const READ_CHUNK = 500;

/**
 * ReadStore on Redis (node-redis). A commit is one Lua script: Redis runs it alone and whole,
 * so a writer killed at any moment leaves the old state or the new one, never half (the script
 * either arrived complete or not at all). Everything that could fail in the script is checked
 * here first, because Redis does not roll back a script that fails half way.
 * Single-node Redis: the script derives old index keys from the reverse set, which Redis Cluster
 * would refuse (keys must be declared).
 */
export class RedisReadStore implements ReadStore {
  private readonly definitions = new Map<string, CollectionDefinition>();

  private constructor(
    private readonly client: Client,
    private readonly prefix: string,
  ) {}

  static async connect(options: RedisReadStoreOptions): Promise<RedisReadStore> {
    if (!options.keyPrefix) throw new ReadStoreUsageError('RedisReadStore needs a keyPrefix');
    const client = await connectRedisClient(options);
    return new RedisReadStore(client, options.keyPrefix);
  }

  async defineCollection(definition: CollectionDefinition): Promise<void> {
    const requested = validateDefinition(definition);
    const known = this.definitions.get(requested.name);
    if (known) {
      if (!sameDefinition(known, requested)) throw definitionMismatch(known, requested);
      return;
    }
    const key = `${this.prefix}:def:${requested.name}`;
    const json = JSON.stringify(requested);
    const created = await this.client.set(key, json, { condition: 'NX' });
    if (created === null) {
      const stored = await this.client.get(key);
      if (stored !== null && stored !== json) throw definitionMismatch(JSON.parse(stored) as CollectionDefinition, requested);
    }
    this.definitions.set(requested.name, requested);
  }

  async get<T extends Document = Document>(collection: string, id: string): Promise<T | null> {
    this.definition(collection);
    const json = await this.client.get(this.documentKey(collection, id));
    return json === null ? null : (JSON.parse(json) as T);
  }

  async find<T extends Document = Document>(collection: string, query?: FindQuery): Promise<T[]> {
    const definition = this.definition(collection);
    const where = assertIndexedWhere(definition, query);
    const ids =
      where.length === 0
        ? await this.client.sMembers(this.allKey(collection))
        : await this.client.sInter(where.map(([field, value]) => this.indexKey(collection, field, value)));
    ids.sort(byId);
    // Chunks go out together: node-redis pipelines commands issued in the same tick.
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += READ_CHUNK) chunks.push(ids.slice(i, i + READ_CHUNK));
    const replies = await Promise.all(chunks.map((chunk) => this.client.mGet(chunk.map((id) => this.documentKey(collection, id)))));
    const results: T[] = [];
    for (const json of replies.flat()) {
      // A commit may land between reading the ids and the documents: drop what no longer matches.
      if (json === null) continue;
      const document = JSON.parse(json) as T;
      if (matchesWhere(document, where)) results.push(document);
    }
    return results;
  }

  async checkpoint(projection: string): Promise<bigint | null> {
    const value = await this.client.get(this.checkpointKey(projection));
    return value === null ? null : BigInt(value);
  }

  async commit(projection: string, expected: bigint | null, next: bigint, changes: readonly DocumentChange[]): Promise<void> {
    const keys = [this.checkpointKey(projection)];
    const args = [expected === null ? '' : expected.toString(), next.toString()];
    const prepared = lastChangePerDocument(changes);
    args.push(String(prepared.length));
    for (const change of prepared) {
      const definition = this.definition(change.collection);
      const entries = change.document === null ? [] : indexEntries(definition, change.document);
      keys.push(
        this.documentKey(change.collection, change.id),
        this.allKey(change.collection),
        this.reverseKey(change.collection, change.id),
        ...entries.map(([field, value]) => this.indexKey(change.collection, field, value)),
      );
      args.push(
        change.id,
        change.document === null ? 'del' : 'set',
        change.document === null ? '' : serializeDocument(change),
        String(entries.length),
      );
    }
    const reply = (await this.runCommitScript(keys, args)) as string[];
    if (reply[0] === 'CONFLICT') {
      const actual = reply[1] ? BigInt(reply[1]) : null;
      throw new CheckpointConflictError(projection, expected, actual);
    }
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    // The checkpoint goes first: if this is interrupted, the projection replays from the start
    // over what is left rather than trusting a checkpoint whose documents are gone.
    await this.client.del(this.checkpointKey(projection));
    for (const collection of collections) {
      await this.deleteMatching(`${escapeGlob(this.prefix)}:c:${escapeGlob(collection)}:*`);
    }
  }

  /** Deletes every key under this store's prefix (test clean-up; the prefix is this store's alone). */
  async deleteAllKeys(): Promise<number> {
    return this.deleteMatching(`${escapeGlob(this.prefix)}:*`);
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  private async deleteMatching(pattern: string): Promise<number> {
    let deleted = 0;
    for await (const keys of this.client.scanIterator({ MATCH: pattern, COUNT: 1_000 })) {
      if (keys.length > 0) deleted += await this.client.unlink(keys);
    }
    return deleted;
  }

  private async runCommitScript(keys: string[], args: string[]): Promise<unknown> {
    try {
      return await this.client.evalSha(COMMIT_SHA, { keys, arguments: args });
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.client.eval(COMMIT_SCRIPT, { keys, arguments: args });
    }
  }

  private definition(collection: string): CollectionDefinition {
    const definition = this.definitions.get(collection);
    if (!definition) throw unknownCollection(collection);
    return definition;
  }

  private checkpointKey(projection: string): string {
    return `${this.prefix}:cp:${projection}`;
  }
  private documentKey(collection: string, id: string): string {
    return `${this.prefix}:c:${collection}:d:${id}`;
  }
  private allKey(collection: string): string {
    return `${this.prefix}:c:${collection}:all`;
  }
  private reverseKey(collection: string, id: string): string {
    return `${this.prefix}:c:${collection}:r:${id}`;
  }
  private indexKey(collection: string, field: string, value: string): string {
    return `${this.prefix}:c:${collection}:i:${field}:${value}`;
  }
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
