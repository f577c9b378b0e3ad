import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../event-store/src/event-store.port.js';
import { CheckpointConflictError, type CollectionDefinition, type ReadStore } from '../../read-store/src/read-store.port.js';
import { handleCommand } from '../../command-handling/src/command-handler.js';
import {
  crsEscalationDecider,
  immediateEscalationDecider,
  remedialActionDecider,
  assertNever,
  type CommandMetadata,
  type Role,
} from '../../domain/src/index.js';
import type { OutboxNotification } from './notification.js';
import { messageIdFor, recordingCommandIdFor } from './notification-ids.js';
import { composeMessage } from './notification-message.js';
import { NOTIFICATION_OUTBOX_COLLECTION } from './notification-outbox.projection.js';
import type { MessageRecipient, NotificationTransport, TransportReceipt } from './notification-transport.js';
import type { RecipientDirectory } from './recipient-directory.js';
import { PollingLoop } from './polling-loop.js';

/**
 * Where the dispatcher keeps what it knows about each attempt. Not a projection: only the
 * dispatcher writes it, each write a compare-and-set on its own checkpoint key, so a second
 * dispatcher on the same read store is fenced out at its first write (before it sends anything).
 */
export const NOTIFICATION_DELIVERIES_COLLECTION: CollectionDefinition = {
  name: 'notificationDeliveries.v1',
  indexes: ['state'],
};
export const NOTIFICATION_DISPATCHER_KEY = 'notificationDispatcher';

/**
 * SENDING: claimed and handed to the transport (outcome unknown if the dispatcher died there);
 * RETRY_WAIT: the last attempt failed, the next is due at `nextAttemptAt`;
 * ACCEPTED: the channel took it, its recording is still to be appended;
 * RECORDED: the sending is an event; the outbox will show it SENT once it has caught up.
 */
export type DeliveryState = 'SENDING' | 'RETRY_WAIT' | 'ACCEPTED' | 'RECORDED';

export type AcceptedSending = {
  readonly channel: string;
  readonly messageId: string;
  readonly recipients: readonly string[];
  readonly sentAt: string;
};

export type NotificationDelivery = {
  readonly id: string;
  readonly state: DeliveryState;
  /** Attempts to send. */
  readonly attempts: number;
  /** Failed attempts to record an accepted sending (it is never sent again for these). */
  readonly recordFailures: number;
  readonly lastError: string | null;
  readonly lastAttemptAt: string | null;
  readonly nextAttemptAt: string | null;
  readonly claimedBy: string | null;
  readonly accepted: AcceptedSending | null;
};

export interface RetryPolicy {
  /** Wait after the first failure; doubled after each further one. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { initialDelayMs: 10_000, maxDelayMs: 30 * 60_000 };

/** The wait before the attempt after `failures` failed ones: exponential, capped. */
export function retryDelayMs(failures: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, failures - 1);
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(exponent, 30));
}

export interface NotificationDispatcherOptions {
  readonly eventStore: EventStore;
  readonly readStore: ReadStore;
  readonly transport: NotificationTransport;
  readonly directory: RecipientDirectory;
  /** The right-hand side of every Message-ID (`<notificationId@domain>`). */
  readonly messageIdDomain: string;
  readonly now?: () => Date;
  readonly retry?: Partial<RetryPolicy>;
  /** A SENDING claim by another dispatcher older than this is taken over (default 5 minutes). */
  readonly claimTimeoutMs?: number;
  /** Notifications looked at per pass (default 100). */
  readonly batchSize?: number;
  /** Pause between passes when running (default 1 s). */
  readonly pollIntervalMs?: number;
  readonly instanceId?: string;
  /** Structured log entries (default: one JSON line each on stdout). */
  readonly log?: (entry: Record<string, unknown>) => void;
}

export interface DispatchReport {
  /** Handed to the transport and accepted. */
  readonly sent: number;
  /** Sendings recorded as events. */
  readonly recorded: number;
  /** Attempts that failed (to send, or to record); each stays pending and is retried. */
  readonly failed: number;
  /** Pending, but waiting for their next attempt (or for another dispatcher's claim). */
  readonly waiting: number;
}

export type PendingNotification = { readonly notification: OutboxNotification; readonly delivery: NotificationDelivery | null };

export class NotificationDispatcherFencedError extends Error {
  override readonly name = 'NotificationDispatcherFencedError';
  constructor(cause: CheckpointConflictError) {
    super(
      `Notification dispatcher stopped: another dispatcher wrote to the same read store (${cause.message}); run one dispatcher per deployment`,
      { cause },
    );
  }
}

/**
 * Sends what the outbox holds as pending, and records each sending as an event.
 *
 * For each pending notification, in the order of the events that owed them:
 * 1. If its sending is already in its stream (recorded, outbox not yet caught up), it is done.
 * 2. Claim it (attempts + 1) and hand it to the transport.
 * 3. Failure: it stays pending with the attempt count, the error and the time of the next attempt
 *    (exponential backoff). Nothing is ever dropped.
 * 4. Accepted: note that first, then record `*NotificationSent` through the one command handler
 *    under a command id derived from the notification id, so recording it twice appends once.
 *
 * Delivery is at least once: if the process dies after the channel accepted a message and before
 * step 4 was noted, the next run sends it again. Both copies carry the same Message-ID (derived from
 * the notification id), so mail clients can tell them apart; the recorded event is never doubled.
 */
export class NotificationDispatcher {
  private readonly now: () => Date;
  private readonly retry: RetryPolicy;
  private readonly claimTimeoutMs: number;
  private readonly batchSize: number;
  private readonly instanceId: string;
  private readonly log: (entry: Record<string, unknown>) => void;
  private readonly loop: PollingLoop;
  /** The dispatcher's write sequence: undefined until read from the read store. */
  private sequence: bigint | null | undefined;
  private prepared = false;
  private fenced: NotificationDispatcherFencedError | null = null;

  constructor(private readonly options: NotificationDispatcherOptions) {
    this.now = options.now ?? (() => new Date());
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.claimTimeoutMs = options.claimTimeoutMs ?? 5 * 60_000;
    this.batchSize = options.batchSize ?? 100;
    this.instanceId = options.instanceId ?? randomUUID();
    this.log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`));
    this.loop = new PollingLoop(
      () => this.dispatchPending(),
      options.pollIntervalMs ?? 1_000,
      (error) => this.log({ level: 'error', msg: 'notification dispatch pass failed', error: message(error) }),
      (error) => error instanceof NotificationDispatcherFencedError,
    );
  }

  /** Runs passes until stopped. */
  start(): void {
    this.loop.start();
  }

  /** Starts the next pass now (e.g. when the outbox projection has committed). */
  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Pending notifications (oldest first) with what the dispatcher knows of their delivery. */
  async pending(limit = Number.MAX_SAFE_INTEGER): Promise<PendingNotification[]> {
    await this.prepare();
    const { readStore } = this.options;
    const notifications = (await readStore.find<OutboxNotification>(NOTIFICATION_OUTBOX_COLLECTION.name, { where: { status: 'PENDING' } }))
      .sort((a, b) => comparePositions(a.sourcePosition, b.sourcePosition) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
    return Promise.all(
      notifications.map(async (notification) => ({
        notification,
        delivery: await readStore.get<NotificationDelivery>(NOTIFICATION_DELIVERIES_COLLECTION.name, notification.id),
      })),
    );
  }

  /** One pass over the pending notifications. */
  async dispatchPending(): Promise<DispatchReport> {
    if (this.fenced) throw this.fenced;
    const report = { sent: 0, recorded: 0, failed: 0, waiting: 0 };
    for (const { notification, delivery } of await this.pending(this.batchSize)) {
      await this.dispatchOne(notification, delivery, report);
    }
    return report;
  }

  private async dispatchOne(
    notification: OutboxNotification,
    delivery: NotificationDelivery | null,
    report: { sent: number; recorded: number; failed: number; waiting: number },
  ): Promise<void> {
    const now = this.now();
    if (delivery?.state === 'RECORDED') return;
    if (delivery?.nextAttemptAt && Date.parse(delivery.nextAttemptAt) > now.getTime()) {
      report.waiting += 1;
      return;
    }
    if (
      delivery?.state === 'SENDING' &&
      delivery.claimedBy !== this.instanceId &&
      delivery.lastAttemptAt !== null &&
      now.getTime() - Date.parse(delivery.lastAttemptAt) < this.claimTimeoutMs
    ) {
      report.waiting += 1;
      return;
    }

    // Accepted earlier, recording still owed: record without sending again.
    if (delivery?.state === 'ACCEPTED' && delivery.accepted !== null) {
      await this.recordSending(notification, delivery, delivery.accepted, report);
      return;
    }

    // 1. Recorded already (the outbox has not caught up with it yet)?
    if (await this.isRecorded(notification)) {
      await this.write({ ...(delivery ?? fresh(notification.id)), state: 'RECORDED', nextAttemptAt: null, claimedBy: null });
      return;
    }

    // 2. Claim, then send.
    const attempts = (delivery?.attempts ?? 0) + 1;
    const claimed: NotificationDelivery = {
      ...(delivery ?? fresh(notification.id)),
      state: 'SENDING',
      attempts,
      lastAttemptAt: now.toISOString(),
      nextAttemptAt: null,
      claimedBy: this.instanceId,
    };
    await this.write(claimed);

    let receipt: TransportReceipt;
    try {
      const recipients = await this.recipients(notification);
      const message = composeMessage(notification, recipients, messageIdFor(notification.id, this.options.messageIdDomain));
      receipt = await this.options.transport.send(message);
      if (receipt.acceptedStaffIds.length === 0) throw new Error('the channel accepted the message for no one');
    } catch (error) {
      // 3. Failed: stays pending, says why and when it is tried again.
      const nextAttemptAt = new Date(this.now().getTime() + retryDelayMs(attempts, this.retry)).toISOString();
      await this.write({ ...claimed, state: 'RETRY_WAIT', lastError: message(error), nextAttemptAt, claimedBy: null });
      report.failed += 1;
      this.log({
        level: 'warn',
        msg: 'notification not sent; will retry',
        notificationId: notification.id,
        kind: notification.kind,
        attempts,
        nextAttemptAt,
        error: message(error),
      });
      return;
    }

    // 4. Accepted: note it before recording, so a failure to record never sends it again.
    const accepted: AcceptedSending = {
      channel: receipt.channel,
      messageId: receipt.messageId,
      recipients: receipt.acceptedStaffIds,
      sentAt: this.now().toISOString(),
    };
    const acceptedDelivery: NotificationDelivery = { ...claimed, state: 'ACCEPTED', accepted, lastError: null, claimedBy: null };
    await this.write(acceptedDelivery);
    report.sent += 1;
    this.log({
      level: 'info',
      msg: 'notification sent',
      notificationId: notification.id,
      kind: notification.kind,
      channel: accepted.channel,
      messageId: accepted.messageId,
      recipients: accepted.recipients,
      attempts,
    });
    await this.recordSending(notification, acceptedDelivery, accepted, report);
  }

  private async recordSending(
    notification: OutboxNotification,
    delivery: NotificationDelivery,
    accepted: AcceptedSending,
    report: { recorded: number; failed: number },
  ): Promise<void> {
    try {
      await this.record(notification, accepted);
    } catch (error) {
      if (error instanceof NotificationDispatcherFencedError) throw error;
      const recordFailures = delivery.recordFailures + 1;
      const nextAttemptAt = new Date(this.now().getTime() + retryDelayMs(recordFailures, this.retry)).toISOString();
      await this.write({ ...delivery, state: 'ACCEPTED', recordFailures, lastError: `recording failed: ${message(error)}`, nextAttemptAt });
      report.failed += 1;
      this.log({ level: 'warn', msg: 'notification sent but not yet recorded; will retry', notificationId: notification.id, error: message(error) });
      return;
    }
    await this.write({ ...delivery, state: 'RECORDED', lastError: null, nextAttemptAt: null, claimedBy: null });
    report.recorded += 1;
  }

  /** Appends `*NotificationSent` in the name of whoever raised what the notification is about. */
  private async record(notification: OutboxNotification, accepted: AcceptedSending): Promise<void> {
    const metadata: CommandMetadata = {
      actor: { staffId: notification.actor.staffId, role: notification.actor.role as Role },
      now: this.now().toISOString(),
      commandId: recordingCommandIdFor(notification.id),
      correlationId: notification.correlationId,
      causationId: notification.sourceEventId,
    };
    const sending = {
      notificationId: notification.id,
      recipients: accepted.recipients,
      channel: accepted.channel,
      sentAt: accepted.sentAt,
      messageId: accepted.messageId,
    };
    const store = this.options.eventStore;
    const content = notification.content;
    switch (content.kind) {
      case 'REMEDIAL_ACTION_RAISED':
        await handleCommand(store, notification.streamId, remedialActionDecider, {
          type: 'RecordRemedialActionNotificationSent',
          data: { actionId: content.actionId, ...sending },
          metadata,
        });
        return;
      case 'IMMEDIATE_ESCALATION_RAISED':
        await handleCommand(store, notification.streamId, immediateEscalationDecider, {
          type: 'RecordImmediateEscalationNotificationSent',
          data: { escalationId: content.escalationId, ...sending },
          metadata,
        });
        return;
      case 'CRS_ESCALATION':
        await handleCommand(store, notification.streamId, crsEscalationDecider, {
          type: 'RecordCrsEscalationNotificationSent',
          data: { escalationId: content.escalationId, ...sending },
          metadata,
        });
        return;
      default:
        assertNever(content);
    }
  }

  private async isRecorded(notification: OutboxNotification): Promise<boolean> {
    const events = await this.options.eventStore.readStream(notification.streamId);
    return events.some((event) => event.type.endsWith('NotificationSent') && event.data['notificationId'] === notification.id);
  }

  /** Everyone the notification must reach needs an address; someone copied in without one is left out. */
  private async recipients(notification: OutboxNotification): Promise<{ to: MessageRecipient[]; cc: MessageRecipient[] }> {
    const resolve = async (staffId: string) => {
      const found = await this.options.directory.addressOf(staffId);
      return found === null ? null : { staffId, address: found.address, name: found.name };
    };
    const to: MessageRecipient[] = [];
    for (const staffId of notification.to) {
      const recipient = await resolve(staffId);
      if (recipient === null) throw new Error(`no address for ${staffId}`);
      to.push(recipient);
    }
    const cc: MessageRecipient[] = [];
    for (const staffId of notification.cc) {
      const recipient = await resolve(staffId);
      if (recipient === null) {
        this.log({ level: 'warn', msg: 'copy recipient has no address; left out', notificationId: notification.id, staffId });
      } else {
        cc.push(recipient);
      }
    }
    return { to, cc };
  }

  private async prepare(): Promise<void> {
    if (this.prepared) return;
    await this.options.readStore.defineCollection(NOTIFICATION_OUTBOX_COLLECTION);
    await this.options.readStore.defineCollection(NOTIFICATION_DELIVERIES_COLLECTION);
    this.prepared = true;
  }

  /** A compare-and-set write on the dispatcher's own key: another writer there means another dispatcher. */
  private async write(delivery: NotificationDelivery): Promise<void> {
    const { readStore } = this.options;
    if (this.sequence === undefined) this.sequence = await readStore.checkpoint(NOTIFICATION_DISPATCHER_KEY);
    const expected = this.sequence;
    const next = (expected ?? 0n) + 1n;
    try {
      await readStore.commit(NOTIFICATION_DISPATCHER_KEY, expected, next, [
        { collection: NOTIFICATION_DELIVERIES_COLLECTION.name, id: delivery.id, document: delivery },
      ]);
      this.sequence = next;
    } catch (error) {
      if (error instanceof CheckpointConflictError) {
        this.fenced = new NotificationDispatcherFencedError(error);
        throw this.fenced;
      }
      // A lost reply: the write may have happened. If it did, carry on from it.
      const actual = await readStore.checkpoint(NOTIFICATION_DISPATCHER_KEY).catch(() => undefined);
      if (actual === next) {
        this.sequence = next;
        return;
      }
      throw error;
    }
  }
}

function fresh(id: string): NotificationDelivery {
  return { id, state: 'SENDING', attempts: 0, recordFailures: 0, lastError: null, lastAttemptAt: null, nextAttemptAt: null, claimedBy: null, accepted: null };
}

function comparePositions(a: string, b: string): number {
  const [x, y] = [BigInt(a), BigInt(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
