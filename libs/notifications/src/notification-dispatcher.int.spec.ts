import { handleCommand } from '../../command-handling/src/command-handler.js';
import type { EventStore } from '../../event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../read-store/src/memory/memory-read-store.js';
import {
  caseFileAuditDecider,
  caseFileAuditStreamId,
  immediateEscalationStreamId,
  remedialActionStreamId,
  type CaseFileAuditCommand,
} from '../../domain/src/index.js';
import {
  ACTION_ID,
  AUDITOR_ID,
  CP_CHAIR_ID,
  MANAGER_ID,
  OWNER_ID,
} from '../../domain/src/remedial-action/remedial-action.fixtures.js';
import {
  AUDIT_ID as CFA_AUDIT_ID,
  AUDITOR_ID as CFA_AUDITOR_ID,
  SOCIAL_WORKER_ID,
  TEAM_MANAGER_ID,
  keyInformationInput,
  PEN_PICTURE,
} from '../../domain/src/testing/case-file-audit.fixtures.js';
import { ImmediateEscalationRecorder } from './immediate-escalation-recorder.js';
import { LogTransport } from './log-transport.js';
import type { OutboxNotification } from './notification.js';
import {
  NOTIFICATION_DELIVERIES_COLLECTION,
  NOTIFICATION_DISPATCHER_KEY,
  NotificationDispatcher,
  NotificationDispatcherFencedError,
  type NotificationDelivery,
  type NotificationDispatcherOptions,
} from './notification-dispatcher.js';
import { NOTIFICATION_OUTBOX_COLLECTION } from './notification-outbox.projection.js';
import type { NotificationTransport, OutgoingMessage, TransportReceipt } from './notification-transport.js';
import { StaticRecipientDirectory } from './recipient-directory.js';
import { TestClock, directory, projectOutbox, raiseAction } from './testing/notification-test-support.js';

/** A transport that fails as often as told, then accepts; it keeps every message it was handed. */
class ScriptedTransport implements NotificationTransport {
  readonly channel = 'TEST';
  readonly attempts: OutgoingMessage[] = [];
  constructor(private failures = 0) {}
  async send(message: OutgoingMessage): Promise<TransportReceipt> {
    this.attempts.push(message);
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('451 try again later');
    }
    return { channel: this.channel, messageId: message.messageId, acceptedStaffIds: [...message.to, ...message.cc].map((r) => r.staffId), response: '250 queued' };
  }
  async close(): Promise<void> {}
}

const quiet = () => {};

describe('Notification dispatcher on SQLite and the memory read store', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  let clock: TestClock;

  const dispatcher = (transport: NotificationTransport, options: Partial<NotificationDispatcherOptions> = {}) =>
    new NotificationDispatcher({
      eventStore: events,
      readStore: reads,
      transport,
      directory,
      messageIdDomain: 'council.example',
      now: clock.now,
      retry: { initialDelayMs: 60_000, maxDelayMs: 600_000 },
      log: quiet,
      ...options,
    });

  const sentEvents = async (streamId = remedialActionStreamId(ACTION_ID)) =>
    (await events.readStream(streamId)).filter((e) => e.type.endsWith('NotificationSent'));
  const outbox = () => reads.find<OutboxNotification>(NOTIFICATION_OUTBOX_COLLECTION.name);
  const deliveries = () => reads.find<NotificationDelivery>(NOTIFICATION_DELIVERIES_COLLECTION.name);

  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    clock = new TestClock('2025-06-12T15:00:10.000Z');
    await raiseAction(events);
    await projectOutbox(events, reads);
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When a remedial action has been raised (CFA-7)', () => {
    it('should send it once to the worker and manager, copied to the CP chair, and record the sending once', async () => {
      const transport = new ScriptedTransport();
      const report = await dispatcher(transport).dispatchPending();

      expect(report).toEqual({ sent: 1, recorded: 1, failed: 0, waiting: 0 });
      expect(transport.attempts).toHaveLength(1);
      const [notification] = await outbox();
      expect(transport.attempts[0]).toMatchObject({
        notificationId: notification!.id,
        messageId: `<${notification!.id}@council.example>`,
        to: [
          { staffId: OWNER_ID, address: 'hannah.lewis@council.example' },
          { staffId: MANAGER_ID, address: 'daniel.okafor@council.example' },
        ],
        cc: [{ staffId: CP_CHAIR_ID, address: 'cp.chair@council.example' }],
      });
      const [sent] = await sentEvents();
      expect(sent).toMatchObject({
        type: 'RemedialActionNotificationSent',
        data: {
          actionId: ACTION_ID,
          notificationId: notification!.id,
          recipients: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID],
          channel: 'TEST',
          sentAt: '2025-06-12T15:00:10.000Z',
          messageId: `<${notification!.id}@council.example>`,
        },
        metadata: { actor: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' }, causationId: notification!.sourceEventId },
      });

      // The outbox catches up and shows it sent; further passes send nothing.
      await projectOutbox(events, reads);
      expect(await outbox()).toEqual([expect.objectContaining({ status: 'SENT', channel: 'TEST' })]);
      expect(await dispatcher(transport).dispatchPending()).toEqual({ sent: 0, recorded: 0, failed: 0, waiting: 0 });
      expect(transport.attempts).toHaveLength(1);
      expect(await sentEvents()).toHaveLength(1);
    });

    it('should log it with the default log transport', async () => {
      const lines: string[] = [];
      await dispatcher(new LogTransport((line) => lines.push(line), clock.now)).dispatchPending();
      expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['notification']);
      expect(await sentEvents()).toEqual([expect.objectContaining({ data: expect.objectContaining({ channel: 'LOG' }) })]);
    });
  });

  describe('When the transport fails', () => {
    it('should keep it pending with the attempt count and error, wait, retry, and deliver it once', async () => {
      const transport = new ScriptedTransport(2);
      const sender = dispatcher(transport);

      expect(await sender.dispatchPending()).toEqual({ sent: 0, recorded: 0, failed: 1, waiting: 0 });
      expect(await sender.pending()).toEqual([
        expect.objectContaining({
          notification: expect.objectContaining({ status: 'PENDING' }),
          delivery: expect.objectContaining({ state: 'RETRY_WAIT', attempts: 1, lastError: '451 try again later', nextAttemptAt: '2025-06-12T15:01:10.000Z' }),
        }),
      ]);

      // Not before its time.
      clock.advance(59_000);
      expect(await sender.dispatchPending()).toEqual({ sent: 0, recorded: 0, failed: 0, waiting: 1 });

      clock.advance(1_000);
      expect(await sender.dispatchPending()).toMatchObject({ failed: 1 });
      const [{ delivery }] = (await sender.pending()) as unknown as [{ delivery: NotificationDelivery }];
      expect(delivery).toMatchObject({ attempts: 2, nextAttemptAt: '2025-06-12T15:03:10.000Z' });

      clock.advance(120_000);
      expect(await sender.dispatchPending()).toEqual({ sent: 1, recorded: 1, failed: 0, waiting: 0 });
      expect(transport.attempts).toHaveLength(3);
      expect(new Set(transport.attempts.map((m) => m.messageId)).size).toBe(1);
      expect(await sentEvents()).toHaveLength(1);
      expect(await deliveries()).toEqual([expect.objectContaining({ state: 'RECORDED', attempts: 3, lastError: null })]);
    });

    it('should keep it pending, saying why, when the worker has no address', async () => {
      const sender = dispatcher(new ScriptedTransport(), { directory: new StaticRecipientDirectory({ [MANAGER_ID]: 'm@council.example' }) });
      expect(await sender.dispatchPending()).toMatchObject({ failed: 1 });
      expect((await deliveries())[0]).toMatchObject({ state: 'RETRY_WAIT', lastError: `no address for ${OWNER_ID}` });
      expect(await sentEvents()).toEqual([]);
    });
  });

  describe('When the channel accepted it but recording the sending failed', () => {
    it('should not send it again, and record it on the next attempt', async () => {
      const transport = new ScriptedTransport();
      const failingOnce: EventStore = Object.create(events, {
        appendToStream: {
          value: async () => {
            throw new Error('disk I/O error');
          },
        },
      });
      const first = dispatcher(transport, { eventStore: failingOnce });
      expect(await first.dispatchPending()).toEqual({ sent: 1, recorded: 0, failed: 1, waiting: 0 });
      expect((await deliveries())[0]).toMatchObject({ state: 'ACCEPTED', recordFailures: 1, lastError: 'recording failed: disk I/O error' });

      clock.advance(60_000);
      expect(await dispatcher(transport).dispatchPending()).toEqual({ sent: 0, recorded: 1, failed: 0, waiting: 0 });
      expect(transport.attempts).toHaveLength(1);
      expect(await sentEvents()).toHaveLength(1);
    });
  });

  describe('When the dispatcher restarts after recording, before the outbox has caught up', () => {
    it('should see the recorded sending and not send again', async () => {
      const transport = new ScriptedTransport();
      await dispatcher(transport).dispatchPending();
      // A restart: a new dispatcher and a read store rebuilt only up to the raising.
      reads = new MemoryReadStore();
      const head = (await events.readStream(remedialActionStreamId(ACTION_ID)))[0]!.position;
      const upToRaised = Object.create(events, { headPosition: { value: async () => head } }) as EventStore;
      await projectOutbox(upToRaised, reads);
      expect(await outbox()).toEqual([expect.objectContaining({ status: 'PENDING' })]);

      expect(await dispatcher(transport).dispatchPending()).toEqual({ sent: 0, recorded: 0, failed: 0, waiting: 0 });
      expect(transport.attempts).toHaveLength(1);
      expect(await sentEvents()).toHaveLength(1);
    });
  });

  describe('When a dispatcher died while sending (its claim left behind)', () => {
    it('should wait for the claim to expire, then send it again under the same Message-ID and record it once', async () => {
      const [notification] = await outbox();
      const claim: NotificationDelivery = {
        id: notification!.id,
        state: 'SENDING',
        attempts: 1,
        recordFailures: 0,
        lastError: null,
        lastAttemptAt: clock.now().toISOString(),
        nextAttemptAt: null,
        claimedBy: 'dead-instance',
        accepted: null,
      };
      await reads.defineCollection(NOTIFICATION_DELIVERIES_COLLECTION);
      await reads.commit(NOTIFICATION_DISPATCHER_KEY, null, 1n, [{ collection: NOTIFICATION_DELIVERIES_COLLECTION.name, id: claim.id, document: claim }]);

      const transport = new ScriptedTransport();
      const successor = dispatcher(transport, { instanceId: 'successor', claimTimeoutMs: 120_000 });
      expect(await successor.dispatchPending()).toMatchObject({ waiting: 1, sent: 0 });
      clock.advance(120_000);
      expect(await successor.dispatchPending()).toEqual({ sent: 1, recorded: 1, failed: 0, waiting: 0 });
      expect(transport.attempts[0]!.messageId).toBe(`<${notification!.id}@council.example>`);
      expect(await sentEvents()).toHaveLength(1);
      expect((await deliveries())[0]).toMatchObject({ state: 'RECORDED', attempts: 2 });
    });
  });

  describe('When a second dispatcher works on the same read store', () => {
    it('should fence the first at its next write, before it sends anything', async () => {
      await raiseAction(events, '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
      await projectOutbox(events, reads);
      // The first fails both notifications; the second then sends the older one.
      const firstTransport = new ScriptedTransport(2);
      const first = dispatcher(firstTransport);
      expect(await first.dispatchPending()).toMatchObject({ failed: 2 });
      clock.advance(60_000);
      expect(await dispatcher(new ScriptedTransport(), { batchSize: 1 }).dispatchPending()).toMatchObject({ sent: 1, recorded: 1 });

      // The first comes back for the other one: its claim finds the store moved on.
      await expect(first.dispatchPending()).rejects.toBeInstanceOf(NotificationDispatcherFencedError);
      expect(firstTransport.attempts).toHaveLength(2);
      await expect(first.dispatchPending()).rejects.toBeInstanceOf(NotificationDispatcherFencedError);
    });
  });

  describe('When an audit escalates an Inadequate grade (CFA-13)', () => {
    it('should raise the immediate escalation once, notify the manager and social worker, and record it', async () => {
      const run = (command: CaseFileAuditCommand) => handleCommand(events, caseFileAuditStreamId(CFA_AUDIT_ID), caseFileAuditDecider, command);
      const meta = (n: number) => {
        const id = `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
        return { actor: { staffId: CFA_AUDITOR_ID, role: 'TEAM_MANAGER' as const }, now: '2025-06-12T14:00:00.000Z', commandId: id, correlationId: id, causationId: id };
      };
      await run({ type: 'ScheduleCaseFileAudit', data: { auditId: CFA_AUDIT_ID, azeusNumber: 'AZ-104233', auditType: 'MONTHLY', auditorId: CFA_AUDITOR_ID, dueDate: '2025-06-30' }, metadata: meta(1) });
      await run({ type: 'StartCaseFileAudit', data: { auditId: CFA_AUDIT_ID }, metadata: meta(2) });
      await run({ type: 'RecordKeyInformation', data: { auditId: CFA_AUDIT_ID, penPicture: PEN_PICTURE, keyInformation: keyInformationInput }, metadata: meta(3) });
      await run({ type: 'GradeCriterion', data: { auditId: CFA_AUDIT_ID, criterion: 2, evaluation: 'Risk not reassessed', grade: 'INADEQUATE' }, metadata: meta(4) });

      const raised: string[] = [];
      const recorder = new ImmediateEscalationRecorder({ eventStore: events, readStore: reads, now: clock.now, log: quiet, onRaised: (id) => raised.push(id) });
      expect(await recorder.runToHead()).toBe(1);
      expect(await recorder.runToHead()).toBe(0);
      // A recorder that lost its checkpoint raises nothing twice either.
      expect(await new ImmediateEscalationRecorder({ eventStore: events, readStore: new MemoryReadStore(), now: clock.now, log: quiet }).runToHead()).toBe(0);
      const escalationId = `${CFA_AUDIT_ID}:1`;
      expect(raised).toEqual([escalationId]);

      await projectOutbox(events, reads);
      const transport = new ScriptedTransport();
      // The audit's team manager and social worker are the action fixtures' manager and owner.
      expect([TEAM_MANAGER_ID, SOCIAL_WORKER_ID]).toEqual([MANAGER_ID, OWNER_ID]);
      expect(await dispatcher(transport).dispatchPending()).toMatchObject({ sent: 2, recorded: 2 });
      const escalationMail = transport.attempts.find((m) => m.subject.startsWith('Immediate action'))!;
      expect(escalationMail.to.map((r) => r.staffId)).toEqual([TEAM_MANAGER_ID, SOCIAL_WORKER_ID]);
      expect(escalationMail.text).toContain('criterion 2 (Risk is identified, responded to and reduced in a timely way.)');
      const escalationStream = await events.readStream(immediateEscalationStreamId(escalationId));
      expect(escalationStream.map((e) => e.type)).toEqual(['ImmediateEscalationRaised', 'ImmediateEscalationNotificationSent']);
      expect(escalationStream[1]!.data).toMatchObject({ recipients: [TEAM_MANAGER_ID, SOCIAL_WORKER_ID], channel: 'TEST' });
      expect(escalationStream[1]!.metadata).toMatchObject({ actor: { staffId: CFA_AUDITOR_ID, role: 'TEAM_MANAGER' } });
    });
  });

  describe('When it runs as a loop', () => {
    it('should send what becomes pending and stop cleanly', async () => {
      const transport = new ScriptedTransport();
      const sender = dispatcher(transport, { pollIntervalMs: 5 });
      sender.start();
      for (let i = 0; i < 400 && (await sentEvents()).length === 0; i++) await new Promise((r) => setTimeout(r, 5));
      await sender.stop();
      expect(await sentEvents()).toHaveLength(1);
      expect(transport.attempts).toHaveLength(1);
    });
  });
});
