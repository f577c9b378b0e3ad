// A notification dispatcher in its own process, for the crash test to kill at a chosen moment.
// Usage: node --import ./libs/testing/ts-register.mjs dispatcher.child.ts <sqlite> <smtpUrl> <die-before-send|die-after-accept>
// Rebuilds the outbox from the log into a memory read store, then dispatches; it kills itself
// (SIGKILL, no clean-up) just before handing a message to SMTP, or just after SMTP accepted it.
import { SqliteEventStore } from '../../../event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../read-store/src/memory/memory-read-store.js';
import { NotificationDispatcher } from '../notification-dispatcher.js';
import type { NotificationTransport } from '../notification-transport.js';
import { SmtpTransport } from '../smtp-transport.js';
import { directory, projectOutbox } from './notification-test-support.js';

const [file, smtpUrl, mode] = process.argv.slice(2);
if (file === undefined || smtpUrl === undefined || (mode !== 'die-before-send' && mode !== 'die-after-accept')) {
  throw new Error('usage: dispatcher.child.ts <sqlite> <smtpUrl> <die-before-send|die-after-accept>');
}

const events = new SqliteEventStore(file);
const reads = new MemoryReadStore();
await projectOutbox(events, reads);

const smtp = new SmtpTransport({ url: smtpUrl, from: 'qa@council.example' });
const dying: NotificationTransport = {
  channel: smtp.channel,
  async send(message) {
    if (mode === 'die-before-send') {
      process.stdout.write(`dying-before-send ${message.messageId}\n`);
      process.kill(process.pid, 'SIGKILL');
    }
    const receipt = await smtp.send(message);
    process.stdout.write(`accepted ${receipt.messageId}\n`);
    process.kill(process.pid, 'SIGKILL');
    return receipt;
  },
  close: () => smtp.close(),
};

const dispatcher = new NotificationDispatcher({
  eventStore: events,
  readStore: reads,
  transport: dying,
  directory,
  messageIdDomain: 'council.example',
  log: () => {},
});
await dispatcher.dispatchPending();
// Not reached: the transport kills the process.
process.stdout.write('survived\n');
