/**
 * An in-memory EventStoreDB-compatible gRPC server, so the EventStoreDB adapter can be tested with
 * its real client (`@eventstore/db-client`) on machines where no EventStoreDB can run.
 *
 * It implements only what the client sends for our adapter, from the service definitions the
 * client's package ships:
 * - Streams.Append (client streaming: options, then proposed messages) with expected-revision
 *   checks, WrongExpectedVersion answers, and idempotent retries (same event ids where the batch
 *   would go → success, nothing appended, no position, as EventStoreDB answers);
 * - Streams.Read for a stream or $all, forwards/backwards, from start/end/revision/position, with
 *   a count, StreamNotFound, and catch-up subscriptions (confirmation, events, filter checkpoints,
 *   CaughtUp, then live events).
 * ServerFeatures is deliberately absent: the client gets UNIMPLEMENTED and falls back from
 * BatchAppend to Append. A single-node connection string makes no Gossip call.
 *
 * Positions follow EventStoreDB's shape: each event's commit and prepare positions are both its
 * byte offset in an imaginary log, so they increase with gaps, as real ones do.
 */
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';

const { ReadReq, ReadResp, AppendResp } = streamsPb;
type ReadReqMessage = InstanceType<typeof ReadReq>;
type ReadRespMessage = InstanceType<typeof ReadResp>;
type AppendReqMessage = InstanceType<typeof streamsPb.AppendReq>;
type AppendRespMessage = InstanceType<typeof AppendResp>;
type ReadOptions = InstanceType<typeof ReadReq.Options>;

interface StoredEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: number;
  readonly position: bigint;
  readonly type: string;
  readonly contentType: string;
  /** 100-nanosecond ticks since the Unix epoch, as EventStoreDB sends `created`. */
  readonly createdTicks: bigint;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** What an append proposes; the log gives it its stream, revision, position and time. */
type ProposedEvent = Omit<StoredEvent, 'streamName' | 'revision' | 'position' | 'createdTicks'>;

type Expected = { kind: 'any' } | { kind: 'no_stream' } | { kind: 'stream_exists' } | { kind: 'revision'; revision: number };

/** The default search window EventStoreDB uses when a filter asks for `count` rather than `max`. */
const DEFAULT_MAX_SEARCH_WINDOW = 32;

class InMemoryLog {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly listeners = new Set<(event: StoredEvent) => void>();
  private nextPosition = 0n;

  stream(name: string): readonly StoredEvent[] | undefined {
    return this.streams.get(name);
  }

  append(streamName: string, proposed: readonly ProposedEvent[]): StoredEvent[] {
    const stream = this.streams.get(streamName) ?? [];
    this.streams.set(streamName, stream);
    const createdTicks = BigInt(Date.now()) * 10_000n;
    const appended = proposed.map((message) => {
      const event: StoredEvent = { ...message, streamName, revision: stream.length, position: this.nextPosition, createdTicks };
      // A record's size moves the log on, so positions have gaps like EventStoreDB's byte offsets.
      this.nextPosition += BigInt(64 + streamName.length + message.type.length + message.data.length + message.customMetadata.length);
      stream.push(event);
      this.all.push(event);
      return event;
    });
    for (const event of appended) for (const listener of this.listeners) listener(event);
    return appended;
  }

  listen(listener: (event: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface EsdbTestServer {
  readonly connectionString: string;
  stop(): Promise<void>;
}

export async function startEsdbTestServer(): Promise<EsdbTestServer> {
  const log = new InMemoryLog();
  const server = new grpc.Server();
  server.addService(streamsGrpc.StreamsService, {
    append: (call: grpc.ServerReadableStream<AppendReqMessage, AppendRespMessage>, callback: grpc.sendUnaryData<AppendRespMessage>) =>
      handleAppend(log, call, callback),
    read: (call: grpc.ServerWritableStream<ReadReqMessage, ReadRespMessage>) => handleRead(log, call),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    ),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    // Subscriptions never end on their own, so a graceful shutdown would wait for ever.
    stop: async () => server.forceShutdown(),
  };
}

// ---------------------------------------------------------------------------------------------
// Append

function handleAppend(
  log: InMemoryLog,
  call: grpc.ServerReadableStream<AppendReqMessage, AppendRespMessage>,
  callback: grpc.sendUnaryData<AppendRespMessage>,
): void {
  let streamName: string | undefined;
  let expected: Expected = { kind: 'any' };
  const proposed: ProposedEvent[] = [];

  call.on('data', (request: AppendReqMessage) => {
    const options = request.getOptions();
    if (options) {
      streamName = decodeStreamName(options.getStreamIdentifier());
      expected = options.hasRevision()
        ? { kind: 'revision', revision: Number(options.getRevision()) }
        : options.hasNoStream()
          ? { kind: 'no_stream' }
          : options.hasStreamExists()
            ? { kind: 'stream_exists' }
            : { kind: 'any' };
      return;
    }
    const message = request.getProposedMessage();
    if (!message) return;
    const metadata = message.getMetadataMap();
    proposed.push({
      id: message.getId()?.getString() ?? randomUUID(),
      type: metadata.get('type') ?? '',
      contentType: metadata.get('content-type') ?? 'application/octet-stream',
      data: message.getData_asU8(),
      customMetadata: message.getCustomMetadata_asU8(),
    });
  });
  call.on('error', () => undefined);
  call.on('end', () => {
    if (streamName === undefined) {
      callback({ code: grpc.status.INVALID_ARGUMENT, details: 'Append sent no options' });
      return;
    }
    callback(null, append(log, streamName, expected, proposed));
  });
}

function append(
  log: InMemoryLog,
  streamName: string,
  expected: Expected,
  proposed: readonly ProposedEvent[],
): AppendRespMessage {
  const stream = log.stream(streamName) ?? [];
  const current = stream.length - 1; // -1: no stream

  // Idempotent retry: the same ids already sit where this batch would have gone.
  const firstAt =
    expected.kind === 'revision' ? expected.revision + 1
    : expected.kind === 'no_stream' ? 0
    : stream.findIndex((event) => event.id === proposed[0]?.id);
  const isRetry =
    proposed.length > 0 &&
    firstAt >= 0 &&
    proposed.every((message, index) => stream[firstAt + index]?.id === message.id);
  if (isRetry) return success(firstAt + proposed.length - 1, undefined);

  const accepted =
    expected.kind === 'any' ||
    (expected.kind === 'no_stream' && current === -1) ||
    (expected.kind === 'stream_exists' && current >= 0) ||
    (expected.kind === 'revision' && expected.revision === current);
  if (!accepted) return wrongExpectedVersion(expected, current);

  const appended = log.append(streamName, proposed);
  const last = appended.at(-1);
  return success(last ? last.revision : current, last?.position);
}

function success(currentRevision: number, position: bigint | undefined): AppendRespMessage {
  const result = new AppendResp.Success();
  if (currentRevision < 0) result.setNoStream(new sharedPb.Empty());
  else result.setCurrentRevision(String(currentRevision));
  if (position === undefined) result.setNoPosition(new sharedPb.Empty());
  else result.setPosition(new AppendResp.Position().setCommitPosition(String(position)).setPreparePosition(String(position)));
  return new AppendResp().setSuccess(result);
}

function wrongExpectedVersion(expected: Expected, current: number): AppendRespMessage {
  const wrong = new AppendResp.WrongExpectedVersion();
  if (current < 0) wrong.setCurrentNoStream(new sharedPb.Empty());
  else wrong.setCurrentRevision(String(current));
  switch (expected.kind) {
    case 'revision':
      wrong.setExpectedRevision(String(expected.revision));
      break;
    case 'no_stream':
      wrong.setExpectedNoStream(new sharedPb.Empty());
      break;
    case 'stream_exists':
      wrong.setExpectedStreamExists(new sharedPb.Empty());
      break;
    case 'any':
      wrong.setExpectedAny(new sharedPb.Empty());
      break;
  }
  return new AppendResp().setWrongExpectedVersion(wrong);
}

// ---------------------------------------------------------------------------------------------
// Read and subscribe

function handleRead(log: InMemoryLog, call: grpc.ServerWritableStream<ReadReqMessage, ReadRespMessage>): void {
  const options = call.request.getOptions();
  const streamOptions = options?.getStream();
  const allOptions = options?.getAll();
  if (!options || (!streamOptions && !allOptions)) {
    call.emit('error', { code: grpc.status.INVALID_ARGUMENT, details: 'Read names neither a stream nor $all' });
    return;
  }
  const subscription = options.hasSubscription();
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const matches = eventFilter(options);

  let source: readonly StoredEvent[];
  let isInRange: (event: StoredEvent) => boolean;
  let inStream: (event: StoredEvent) => boolean = () => true;
  if (streamOptions) {
    const streamName = decodeStreamName(streamOptions.getStreamIdentifier());
    const stream = log.stream(streamName);
    if (!stream && !subscription) {
      call.write(new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamOptions.getStreamIdentifier())));
      call.end();
      return;
    }
    source = stream ?? [];
    inStream = (event) => event.streamName === streamName;
    const start: Start = streamOptions.hasRevision() ? { at: BigInt(streamOptions.getRevision()) } : streamOptions.hasEnd() ? 'end' : 'start';
    // Backwards, a stream read includes the revision it starts from (from Start: just revision 0).
    isInRange = rangePredicate(start, (event) => BigInt(event.revision), { subscription, backwards, backwardsInclusive: true });
  } else {
    source = log.all;
    const position = allOptions!.getPosition();
    const start: Start = position ? { at: BigInt(position.getCommitPosition()) } : allOptions!.hasEnd() ? 'end' : 'start';
    // Backwards, a $all read returns what lies before the position it starts from.
    isInRange = rangePredicate(start, (event) => event.position, { subscription, backwards, backwardsInclusive: false });
  }

  if (!subscription) {
    const ordered = backwards ? [...source].reverse() : source;
    let remaining = Number(options.getCount());
    for (const event of ordered) {
      if (remaining <= 0) break;
      if (!isInRange(event) || !matches(event)) continue;
      call.write(eventResponse(event));
      remaining -= 1;
    }
    call.end();
    return;
  }

  // A catch-up subscription: confirmation, what is recorded, CaughtUp, then live appends. The
  // catch-up runs in one turn of the event loop, so no append can slip between it and going live.
  const checkpoints = checkpointer(options, call);
  call.write(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
  const deliver = (event: StoredEvent) => {
    if (!inStream(event)) return;
    if (matches(event)) call.write(eventResponse(event));
    checkpoints.scanned(event);
  };
  for (const event of source) if (isInRange(event)) deliver(event);
  checkpoints.flush();
  call.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
  const stopListening = log.listen(deliver);
  call.on('cancelled', stopListening);
  call.on('close', stopListening);
  call.on('error', stopListening);
}

type Start = 'start' | 'end' | { readonly at: bigint };

function rangePredicate(
  start: Start,
  key: (event: StoredEvent) => bigint,
  mode: { subscription: boolean; backwards: boolean; backwardsInclusive: boolean },
): (event: StoredEvent) => boolean {
  if (mode.subscription) {
    // A subscription starts after its point (exclusive); from End it delivers live events only.
    if (start === 'start') return () => true;
    if (start === 'end') return () => false;
    return (event) => key(event) > start.at;
  }
  if (mode.backwards) {
    if (start === 'end') return () => true;
    const at = start === 'start' ? 0n : start.at;
    return mode.backwardsInclusive ? (event) => key(event) <= at : (event) => key(event) < at;
  }
  if (start === 'start') return () => true;
  if (start === 'end') return () => false;
  return (event) => key(event) >= start.at;
}

function eventFilter(options: ReadOptions): (event: StoredEvent) => boolean {
  const filter = options.getFilter();
  if (!filter) return () => true;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  if (!expression) return () => true;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  return (event) => {
    const subject = onStream ? event.streamName : event.type;
    if (prefixes.length > 0 && !prefixes.some((prefix) => subject.startsWith(prefix))) return false;
    return regex === undefined || regex.test(subject);
  };
}

/**
 * A filtered subscription reports how far it has searched every `multiplier × window` events it
 * has looked at (matching or not), so a consumer whose events are rare still moves on.
 */
function checkpointer(options: ReadOptions, call: grpc.ServerWritableStream<ReadReqMessage, ReadRespMessage>) {
  const filter = options.getFilter();
  const interval = filter ? filter.getCheckpointintervalmultiplier() * (filter.hasMax() ? filter.getMax() : DEFAULT_MAX_SEARCH_WINDOW) : 0;
  let sinceLast = 0;
  let lastScanned: StoredEvent | undefined;
  const send = (event: StoredEvent) => {
    call.write(new ReadResp().setCheckpoint(new ReadResp.Checkpoint().setCommitPosition(String(event.position)).setPreparePosition(String(event.position))));
    sinceLast = 0;
  };
  return {
    scanned(event: StoredEvent) {
      if (interval <= 0) return;
      lastScanned = event;
      sinceLast += 1;
      if (sinceLast >= interval) send(event);
    },
    /** On catching up, report the end of the search even if the interval is not full. */
    flush() {
      if (interval > 0 && lastScanned && sinceLast > 0) send(lastScanned);
    },
  };
}

function eventResponse(event: StoredEvent): ReadRespMessage {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new sharedPb.UUID().setString(event.id))
    .setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from(event.streamName, 'utf8')))
    .setStreamRevision(String(event.revision))
    .setCommitPosition(String(event.position))
    .setPreparePosition(String(event.position))
    .setData(event.data)
    .setCustomMetadata(event.customMetadata);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', event.contentType)
    .set('created', String(event.createdTicks));
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(String(event.position)));
}

function decodeStreamName(identifier: InstanceType<typeof sharedPb.StreamIdentifier> | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}
