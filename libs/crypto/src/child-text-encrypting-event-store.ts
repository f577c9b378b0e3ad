import { DomainError } from '../../domain/src/shared/domain-error.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
  SubscriptionHandlers,
} from '../../event-store/src/event-store.port.js';
import { eventHash } from '../../event-store/src/hash-chain.js';
import { CaseKeyShreddedError, type CaseKeyLookup, type CaseKeyStore } from './case-key-store.port.js';
import { openChildText, parseChildTextEnvelope, sealChildText } from './child-text-envelope.js';
import { childTextFieldsOf, mapChildText, type ChildTextFields } from './child-text-registry.js';

export interface ChildTextEncryptionOptions {
  /** The registry lookup (default: CHILD_TEXT_FIELDS). */
  readonly fieldsOf?: (type: string) => ChildTextFields | undefined;
  /** Close the key store when the event store is closed (the service and the CLI own both). */
  readonly closeKeyStore?: boolean;
}

/** Child text of an event whose record names no case: there is no key to encrypt it with. */
export class ChildTextWithoutCaseError extends Error {
  override readonly name = 'ChildTextWithoutCaseError';
  constructor(
    readonly streamId: string,
    readonly type: string,
  ) {
    super(`${type} in ${streamId} carries text about a child but its record names no case (azeusNumber): refusing to store it unencrypted`);
  }
}

const MAX_CACHED_STREAMS = 10_000;

/**
 * Issue 6 item 5: the EventStore every adapter is wrapped in. Before an append, each field of
 * the registry (CHILD_TEXT_FIELDS) is replaced by an envelope sealed with its case's key, and the
 * batch's hash chain is computed again over what is stored, so the chain (and every signed
 * checkpoint) covers the ciphertext: shredding a key later changes nothing the chain hashed.
 *
 * Reads answer what is stored. Projections, read models and the history therefore hold
 * envelopes, and only what answers a person (GraphQL, e-mail, the PDF) opens them, with the key
 * as it is at that moment. The command handler folds through `forDecisions()`, which opens the
 * envelopes of the stream it reads, so every decision sees the text as it was written.
 *
 * An envelope already in a field (a reaction copying an escalation's reason, a decider copying
 * the concern it folded) is kept when it opens with its case's key, or its case is shredded; any
 * other string, an envelope-shaped one included, is sealed as text.
 */
export class ChildTextEncryptingEventStore implements EventStore {
  private readonly fieldsOf: (type: string) => ChildTextFields | undefined;
  private readonly caseOfStream = new Map<string, string | null>();

  constructor(
    private readonly inner: EventStore,
    private readonly keys: CaseKeyStore,
    private readonly options: ChildTextEncryptionOptions = {},
  ) {
    this.fieldsOf = options.fieldsOf ?? childTextFieldsOf;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    return this.inner.appendToStream(streamId, await this.seal(streamId, events), options);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  subscribeToAll(options: SubscribeToAllOptions, handlers: SubscriptionHandlers): Subscription {
    return this.inner.subscribeToAll(options, handlers);
  }

  headPosition(): Promise<bigint | null> {
    return this.inner.headPosition();
  }

  async close(): Promise<void> {
    try {
      await this.inner.close();
    } finally {
      if (this.options.closeKeyStore) await this.keys.close();
    }
  }

  /**
   * The same store for the command handler: a stream read through it has its envelopes opened
   * (an envelope whose key is shredded stays as it is), so a decider compares and copies text as
   * written. Never use it to verify a chain: the chain is over the envelopes.
   */
  forDecisions(): EventStore {
    return {
      appendToStream: (streamId, events, options) => this.appendToStream(streamId, events, options),
      readStream: async (streamId, options) => this.openAll(await this.inner.readStream(streamId, options)),
      readAll: (options) => this.readAll(options),
      subscribeToAll: (options, handlers) => this.subscribeToAll(options, handlers),
      headPosition: () => this.headPosition(),
      close: () => this.close(),
    };
  }

  private async seal(streamId: string, events: readonly NewEvent[]): Promise<readonly NewEvent[]> {
    if (!events.some((event) => this.fieldsOf(event.type) !== undefined)) return events;
    const keys = new Map<string, Promise<CaseKeyLookup>>();
    const lookup = (caseId: string): Promise<CaseKeyLookup> => {
      let found = keys.get(caseId);
      if (found === undefined) keys.set(caseId, (found = this.keys.lookup(caseId)));
      return found;
    };
    const writingKeys = new Map<string, Promise<Uint8Array>>();
    const writingKey = (caseId: string, field: string): Promise<Uint8Array> => {
      let found = writingKeys.get(caseId);
      if (found === undefined) {
        found = this.keys.keyForWriting(caseId).catch((error: unknown) => {
          if (!(error instanceof CaseKeyShreddedError)) throw error;
          throw new DomainError('CASE_KEY.SHREDDED', `${error.message} (issue 6)`, 'CONFLICT', { field });
        });
        writingKeys.set(caseId, found);
      }
      return found;
    };

    let changed = false;
    const sealed: NewEvent[] = [];
    for (const event of events) {
      const fields = this.fieldsOf(event.type);
      const values: { path: string; value: string }[] = [];
      if (fields !== undefined) mapChildText(event.data, fields.paths, (value, path) => (values.push({ path, value }), value));
      if (fields === undefined || values.length === 0) {
        sealed.push(event);
        continue;
      }
      const caseId = fields.caseFrom === 'event' ? azeusNumberOf(event.data) : await this.streamCase(streamId, events);
      if (caseId === null) {
        if (fields.caseOptional) {
          sealed.push(event);
          continue;
        }
        throw new ChildTextWithoutCaseError(streamId, event.type);
      }
      const replacements = new Map<string, string>();
      for (const { path, value } of values) {
        if (await this.isKeptEnvelope(value, caseId, lookup)) continue;
        replacements.set(path, sealChildText(value, caseId, await writingKey(caseId, path)));
      }
      if (replacements.size === 0) {
        sealed.push(event);
        continue;
      }
      changed = true;
      const data = mapChildText(event.data, fields.paths, (value, path) => replacements.get(path) ?? value) as NewEvent['data'];
      sealed.push({ ...event, data });
    }
    return changed ? rechain(streamId, events, sealed) : events;
  }

  private async isKeptEnvelope(value: string, caseId: string, lookup: (caseId: string) => Promise<CaseKeyLookup>): Promise<boolean> {
    const envelope = parseChildTextEnvelope(value);
    if (envelope === null || envelope.caseId !== caseId) return false;
    const key = await lookup(caseId);
    if (key.state === 'SHREDDED') return true;
    if (key.state === 'NONE') return false;
    try {
      openChildText(envelope, key.key, caseId);
      return true;
    } catch {
      return false;
    }
  }

  /** The case the stream was opened for: the top-level azeusNumber of its first event. */
  private async streamCase(streamId: string, batch: readonly NewEvent[]): Promise<string | null> {
    const cached = this.caseOfStream.get(streamId);
    if (cached !== undefined) return cached;
    const [first] = await this.inner.readStream(streamId, { maxCount: 1 });
    if (first === undefined) return azeusNumberOf(batch[0]?.data);
    const caseId = azeusNumberOf(first.data);
    if (this.caseOfStream.size >= MAX_CACHED_STREAMS) this.caseOfStream.delete(this.caseOfStream.keys().next().value!);
    this.caseOfStream.set(streamId, caseId);
    return caseId;
  }

  private async openAll(events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const keys = new Map<string, Promise<CaseKeyLookup>>();
    const opened: RecordedEvent[] = [];
    for (const event of events) {
      const fields = this.fieldsOf(event.type);
      if (fields === undefined) {
        opened.push(event);
        continue;
      }
      const plain = new Map<string, string>();
      const envelopes: { path: string; value: string }[] = [];
      mapChildText(event.data, fields.paths, (value, path) => (envelopes.push({ path, value }), value));
      for (const { path, value } of envelopes) {
        const envelope = parseChildTextEnvelope(value);
        if (envelope === null) continue;
        let lookup = keys.get(envelope.caseId);
        if (lookup === undefined) keys.set(envelope.caseId, (lookup = this.keys.lookup(envelope.caseId)));
        const key = await lookup;
        if (key.state !== 'ACTIVE') continue;
        try {
          plain.set(path, openChildText(envelope, key.key, envelope.caseId));
        } catch {
          // Left sealed: the decider sees a string it cannot read, never a plaintext it should not.
        }
      }
      opened.push(plain.size === 0 ? event : { ...event, data: mapChildText(event.data, fields.paths, (value, path) => plain.get(path) ?? value) as RecordedEvent['data'] });
    }
    return opened;
  }
}

/** The command handler's view of a store: `forDecisions()` of the encrypting store, the store itself otherwise. */
export function decisionStore(store: EventStore): EventStore {
  return store instanceof ChildTextEncryptingEventStore ? store.forDecisions() : store;
}

function azeusNumberOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const value = (data as Record<string, unknown>)['azeusNumber'];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The batch's hashes computed again over the sealed data. Each chained event keeps its prevHash
 * unless it pointed at an event of this batch, whose new hash it then takes; unchained events
 * (no `hash` in metadata) stay unchained.
 */
function rechain(streamId: string, original: readonly NewEvent[], sealed: readonly NewEvent[]): NewEvent[] {
  const renamed = new Map<string, string>();
  return sealed.map((event, index) => {
    const { prevHash, hash } = original[index]!.metadata;
    if (typeof prevHash !== 'string' || typeof hash !== 'string') return event;
    const linked = renamed.get(prevHash) ?? prevHash;
    const metadata = { ...event.metadata, prevHash: linked };
    const next = eventHash(streamId, linked, event.type, event.data, metadata);
    renamed.set(hash, next);
    return { ...event, metadata: { ...metadata, hash: next } };
  });
}
