// A real SMTP server in its own process, for the notification tests.
// Usage: node --import ./libs/testing/ts-register.mjs smtp-test-server.child.ts
// Env: SMTP_REJECT_FIRST=n refuses the first n mail transactions with 451 (try again later).
// Prints one JSON line per happening on stdout: listening {port}, rejected {mailFrom}, message {mailFrom, rcptTo, raw}.
import { SMTPServer } from 'smtp-server';

const rejectFirst = Number(process.env['SMTP_REJECT_FIRST'] ?? '0');
let transactions = 0;

const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onMailFrom(address, _session, callback) {
    transactions += 1;
    if (transactions <= rejectFirst) {
      print({ event: 'rejected', mailFrom: address.address, transaction: transactions });
      const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
      callback(error);
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      print({
        event: 'message',
        mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        rcptTo: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      callback(null, 'Queued');
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  print({ event: 'listening', port: typeof address === 'object' && address !== null ? address.port : null });
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
