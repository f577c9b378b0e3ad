import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../read-store/src/memory/memory-read-store.js';
import { remedialActionStreamId } from '../../domain/src/index.js';
import { ACTION_ID } from '../../domain/src/remedial-action/remedial-action.fixtures.js';
import type { OutboxNotification } from './notification.js';
import { NotificationDispatcher } from './notification-dispatcher.js';
import { NOTIFICATION_OUTBOX_COLLECTION } from './notification-outbox.projection.js';
import { SmtpTransport } from './smtp-transport.js';
import { SmtpTestServer } from './testing/smtp-test-server.js';
import { directory, projectOutbox, raiseAction } from './testing/notification-test-support.js';

const register = new URL('../../testing/ts-register.mjs', import.meta.url).href;
const childScript = fileURLToPath(new URL('./testing/dispatcher.child.ts', import.meta.url));

/** Runs the dispatcher child until it kills itself; resolves with what it printed and how it ended. */
function runDyingDispatcher(file: string, smtpUrl: string, mode: 'die-before-send' | 'die-after-accept') {
  const child = spawn(process.execPath, ['--import', register, childScript, file, smtpUrl, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ signal: NodeJS.Signals | null; code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

// A dispatcher process killed (SIGKILL) mid-dispatch loses nothing: the notification is still owed
// when the next one starts, because the outbox is rebuilt from the log and only a recorded sending
// settles it. Killed after the SMTP server accepted the message, it is sent again (at least once)
// under the same Message-ID, and the sending is recorded once.
describe('Notification dispatcher killed mid-dispatch, then restarted', () => {
  let dir: string;
  let file: string;
  let server: SmtpTestServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'notification-crash-'));
    file = join(dir, 'events.sqlite');
    const events = new SqliteEventStore(file);
    await raiseAction(events);
    await events.close();
    server = await SmtpTestServer.start();
  });

  afterEach(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh process's view: a new event store handle and an outbox rebuilt from the log. */
  async function restart() {
    const events = new SqliteEventStore(file);
    const reads = new MemoryReadStore();
    await projectOutbox(events, reads);
    const transport = new SmtpTransport({ url: server.url, from: 'qa@council.example' });
    const dispatcher = new NotificationDispatcher({
      eventStore: events,
      readStore: reads,
      transport,
      directory,
      messageIdDomain: 'council.example',
      log: () => {},
    });
    const close = async () => {
      await transport.close();
      await reads.close();
      await events.close();
    };
    return { events, reads, dispatcher, close };
  }

  const sendings = async (events: SqliteEventStore) =>
    (await events.readStream(remedialActionStreamId(ACTION_ID))).filter((e) => e.type === 'RemedialActionNotificationSent');

  describe('When it was killed before handing the message to SMTP', () => {
    it('should still owe the notification, and send and record it once after the restart', async () => {
      const crashed = await runDyingDispatcher(file, server.url, 'die-before-send');
      expect(crashed).toMatchObject({ signal: 'SIGKILL' });
      expect(crashed.stdout).toMatch(/^dying-before-send </m);
      expect(server.messages).toHaveLength(0);

      const next = await restart();
      try {
        expect(await next.reads.find<OutboxNotification>(NOTIFICATION_OUTBOX_COLLECTION.name)).toEqual([
          expect.objectContaining({ status: 'PENDING' }),
        ]);
        expect(await next.dispatcher.dispatchPending()).toEqual({ sent: 1, recorded: 1, failed: 0, waiting: 0 });
        await server.waitForMessages(1);
        expect(await sendings(next.events)).toHaveLength(1);
      } finally {
        await next.close();
      }
    });
  });

  describe('When it was killed after SMTP accepted the message, before recording it', () => {
    it('should send it again under the same Message-ID and record the sending once', async () => {
      const crashed = await runDyingDispatcher(file, server.url, 'die-after-accept');
      expect(crashed).toMatchObject({ signal: 'SIGKILL' });
      const [first] = await server.waitForMessages(1);
      expect(crashed.stdout).toContain(`accepted ${first!.messageId}`);

      const next = await restart();
      try {
        expect(await sendings(next.events)).toEqual([]);
        expect(await next.dispatcher.dispatchPending()).toEqual({ sent: 1, recorded: 1, failed: 0, waiting: 0 });
        const [, second] = await server.waitForMessages(2);
        expect(second!.messageId).toBe(first!.messageId);
        expect(await sendings(next.events)).toEqual([expect.objectContaining({ data: expect.objectContaining({ messageId: first!.messageId }) })]);
      } finally {
        await next.close();
      }

      // A third start finds nothing owed.
      const third = await restart();
      try {
        expect(await third.dispatcher.dispatchPending()).toEqual({ sent: 0, recorded: 0, failed: 0, waiting: 0 });
        expect(server.messages).toHaveLength(2);
        expect(await sendings(third.events)).toHaveLength(1);
      } finally {
        await third.close();
      }
    });
  });
});
