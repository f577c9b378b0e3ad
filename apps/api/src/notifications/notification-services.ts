import { Logger } from '@nestjs/common';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import {
  AgreedActionRaiser,
  ImmediateEscalationRecorder,
  NotificationDispatcher,
  createDirectory,
  createTransport,
  notificationOutboxProjection,
  type NotificationTransport,
  type NotificationsConfig,
  type RecipientDirectory,
} from '../../../../libs/notifications/src/index.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';

/** What the service says about its notifications (GET /health/notifications). */
export interface NotificationsHealth {
  /** `running` between the service's start and its shutdown. */
  readonly state: 'idle' | 'running' | 'stopped';
  /** The channel notifications leave by: `LOG` or `SMTP`. */
  readonly channel: string;
  /** Notifications owed and not yet recorded as sent (CFA-7, CFA-13). */
  readonly pending: number;
  /** Of those, how many failed at least once and wait for their next attempt. */
  readonly retrying: number;
  /** The last failure the dispatcher or the escalation recorder reported, and when. */
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
}

export interface NotificationServicesOptions {
  readonly eventStore: EventStore;
  readonly readStore: ReadStore;
  readonly config: NotificationsConfig;
  /** Where notifications go; default from the configuration (log, or SMTP when configured). */
  readonly transport?: NotificationTransport;
  readonly directory?: RecipientDirectory;
  readonly pollIntervalMs?: number;
}

const OUTBOX_KEY = projectionKey(notificationOutboxProjection);

/**
 * The service's part in notifications: the ImmediateEscalationRecorder turns every Inadequate grade
 * an audit escalated into an immediate escalation of its own (CFA-13), the AgreedActionRaiser turns
 * every action a strand agreed into a remedial action (issue 4, item 7), and the NotificationDispatcher
 * sends what the outbox owes (CFA-7, CFA-13) and records each sending as an event. All three run beside
 * the projection runner from start to shutdown and are woken when it commits, so a notification
 * leaves as soon as the outbox holds it rather than at the next poll.
 */
export class NotificationServices {
  readonly dispatcher: NotificationDispatcher;
  readonly recorder: ImmediateEscalationRecorder;
  readonly raiser: AgreedActionRaiser;
  private readonly transport: NotificationTransport;
  private readonly logger = new Logger('Notifications');
  private state: NotificationsHealth['state'] = 'idle';
  private lastError: { message: string; at: string } | null = null;

  constructor(options: NotificationServicesOptions) {
    const { eventStore, readStore, config } = options;
    this.transport = options.transport ?? createTransport(config, (line) => this.logger.log(line));
    const log = (entry: Record<string, unknown>) => this.log(entry);
    this.dispatcher = new NotificationDispatcher({
      eventStore,
      readStore,
      transport: this.transport,
      directory: options.directory ?? createDirectory(config),
      messageIdDomain: config.emailDomain,
      log,
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
    this.recorder = new ImmediateEscalationRecorder({
      eventStore,
      readStore,
      log,
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
    this.raiser = new AgreedActionRaiser({
      eventStore,
      readStore,
      log,
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
  }

  get channel(): string {
    return this.transport.channel;
  }

  start(): void {
    if (this.state !== 'idle') return;
    this.recorder.start();
    this.raiser.start();
    this.dispatcher.start();
    this.state = 'running';
    this.logger.log(`Notifications by ${this.transport.channel}; immediate escalations recorded from the log (CFA-13)`);
  }

  /**
   * A projection has committed: new events may have been recorded. The recorder looks for new
   * escalations after any commit; the dispatcher has new work only when the outbox has moved.
   */
  onProjectionCommitted(projection: string): void {
    if (this.state !== 'running') return;
    this.recorder.wake();
    this.raiser.wake();
    if (projection === OUTBOX_KEY) this.dispatcher.wake();
  }

  /** Stops the three loops after their current pass, then closes the transport. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    const wasRunning = this.state === 'running';
    this.state = 'stopped';
    if (wasRunning) await Promise.all([this.recorder.stop(), this.raiser.stop(), this.dispatcher.stop()]);
    await this.transport.close();
  }

  async health(): Promise<NotificationsHealth> {
    const pending = await this.dispatcher.pending();
    return {
      state: this.state,
      channel: this.transport.channel,
      pending: pending.length,
      retrying: pending.filter(({ delivery }) => delivery !== null && delivery.lastError !== null).length,
      lastError: this.lastError?.message ?? null,
      lastErrorAt: this.lastError?.at ?? null,
    };
  }

  private log(entry: Record<string, unknown>): void {
    const { level, msg, ...details } = entry;
    const text = `${String(msg)} ${JSON.stringify(details)}`;
    if (level === 'error' || level === 'warn') {
      const error = typeof details['error'] === 'string' ? details['error'] : String(msg);
      this.lastError = { message: `${String(msg)}: ${error}`, at: new Date().toISOString() };
    }
    if (level === 'error') this.logger.error(text);
    else if (level === 'warn') this.logger.warn(text);
    else this.logger.log(text);
  }
}
