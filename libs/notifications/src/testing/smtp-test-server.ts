import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A received e-mail, as the SMTP server process saw it. */
export type ReceivedMail = {
  readonly mailFrom: string | null;
  readonly rcptTo: readonly string[];
  readonly raw: string;
  readonly messageId: string | null;
  readonly subject: string | null;
};

const register = new URL('../../../testing/ts-register.mjs', import.meta.url).href;
const script = fileURLToPath(new URL('./smtp-test-server.child.ts', import.meta.url));

/**
 * Starts `smtp-test-server.child.ts` as a separate process on 127.0.0.1 and a free port, and
 * collects what it prints: the test's mail goes over a real socket to a real SMTP server.
 */
export class SmtpTestServer {
  readonly messages: ReceivedMail[] = [];
  rejections = 0;
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static start(options: { rejectFirst?: number } = {}): Promise<SmtpTestServer> {
    const child = spawn(process.execPath, ['--import', register, script], {
      env: { ...process.env, SMTP_REJECT_FIRST: String(options.rejectFirst ?? 0) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      let server: SmtpTestServer | null = null;
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        const entry = JSON.parse(line) as { event: string; port?: number; mailFrom?: string | null; rcptTo?: string[]; raw?: string };
        if (entry.event === 'listening') {
          server = new SmtpTestServer(child, entry.port!);
          resolve(server);
        } else if (server !== null && entry.event === 'rejected') {
          server.rejections += 1;
          server.notify();
        } else if (server !== null && entry.event === 'message') {
          server.messages.push({
            mailFrom: entry.mailFrom ?? null,
            rcptTo: entry.rcptTo ?? [],
            raw: entry.raw ?? '',
            messageId: header(entry.raw ?? '', 'Message-ID'),
            subject: header(entry.raw ?? '', 'Subject'),
          });
          server.notify();
        }
      });
      child.once('exit', (code) => {
        if (server === null) reject(new Error(`SMTP test server exited (${code}) before listening: ${stderr}`));
      });
    });
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Resolves once `count` messages have arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.messages.length < count) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(this.messages.slice(0, count));
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`Expected ${count} messages, got ${this.messages.length}`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    // A connection left open would hold a graceful close; the server's work is done either way.
    const force = setTimeout(() => this.child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(force);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** A header's value from a raw message (unfolded). */
export function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded);
  return match ? match[1]!.trim() : null;
}
