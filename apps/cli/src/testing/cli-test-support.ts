import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { handleCommand } from '../../../../libs/command-handling/src/command-handler.js';
import type { Environment } from '../../../../libs/config/src/config.js';
import {
  caseFileAuditDecider,
  caseFileAuditStreamId,
  type CaseFileAuditCommand,
} from '../../../../libs/domain/src/case-file-audit/index.js';
import type { CommandMetadata } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { CliContext } from '../cli-context.js';

export const TEST_SECRET = 'a-cli-test-secret-that-is-long-enough-for-hs256';

export function tempDirectory(): { readonly dir: string; readonly sqlitePath: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'qa-cli-'));
  return { dir, sqlitePath: join(dir, 'events.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CapturedContext {
  readonly context: CliContext;
  stdout(): string;
  stderr(): string;
}

export function captureContext(env: Environment): CapturedContext {
  let out = '';
  let err = '';
  return {
    context: {
      env: { NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, ...env },
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: (text: string) => (err += text) },
    },
    stdout: () => out,
    stderr: () => err,
  };
}

const AUDITOR = { staffId: 'staff-tm-0042', role: 'TEAM_MANAGER' } as const;
let commandSequence = 0;

function metadata(): CommandMetadata {
  commandSequence += 1;
  const commandId = `00000000-0000-4000-8000-${String(commandSequence).padStart(12, '0')}`;
  return { actor: AUDITOR, now: '2025-06-12T14:00:00.000Z', commandId, correlationId: commandId, causationId: commandId };
}

/**
 * Records audits through the real command handler and decider: each is scheduled, started and
 * has `criteria` criteria graded, so its stream holds 2 + criteria chained events.
 */
export async function recordAudits(store: EventStore, count: number, criteria: number): Promise<string[]> {
  const streamIds: string[] = [];
  for (let n = 1; n <= count; n++) {
    const auditId = `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const streamId = caseFileAuditStreamId(auditId);
    const commands: CaseFileAuditCommand[] = [
      {
        type: 'ScheduleCaseFileAudit',
        data: { auditId, azeusNumber: `AZ-${100000 + n}`, auditType: 'MONTHLY', auditorId: AUDITOR.staffId, dueDate: '2025-06-30' },
        metadata: metadata(),
      },
      { type: 'StartCaseFileAudit', data: { auditId }, metadata: metadata() },
      ...Array.from({ length: criteria }, (_, index): CaseFileAuditCommand => ({
        type: 'GradeCriterion',
        data: { auditId, criterion: index + 1, evaluation: `Evidence seen for criterion ${index + 1}`, grade: 'GOOD' },
        metadata: metadata(),
      })),
    ];
    for (const command of commands) await handleCommand(store, streamId, caseFileAuditDecider, command);
    streamIds.push(streamId);
  }
  return streamIds;
}

/**
 * Alters one recorded event's data in the SQLite file behind the store's back, as someone with
 * access to the file could: the immutability trigger is dropped first, as they would have to.
 */
export function tamperWithEvent(sqlitePath: string, streamId: string, revision: number): void {
  const db = new Database(sqlitePath);
  try {
    db.exec('DROP TRIGGER IF EXISTS events_are_never_updated');
    const changed = db
      .prepare(`UPDATE events SET data = json_set(data, '$.evaluation', 'Rewritten after the fact') WHERE stream_id = ? AND revision = ?`)
      .run(streamId, revision).changes;
    if (changed !== 1) throw new Error(`No event ${streamId}@${revision} to tamper with`);
  } finally {
    db.close();
  }
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const REGISTER = new URL('../../../../libs/testing/ts-register.mjs', import.meta.url).href;
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** Runs the CLI as an operator would, in its own process, from the TypeScript sources. */
export function spawnCli(args: readonly string[], env: Environment): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', REGISTER, MAIN, ...args],
      { cwd: REPO_ROOT, env: { PATH: process.env['PATH'], NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== 'number') reject(error);
        else resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
      },
    );
  });
}

export interface ServingCli {
  readonly child: ChildProcess;
  /** e.g. http://localhost:41234 */
  readonly baseUrl: string;
  /** Sends SIGTERM and resolves once the process has ended, with how it ended. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `serve` on a free port (PORT=0) and resolves once it has said where it listens. */
export function spawnServe(env: Environment): Promise<ServingCli> {
  const child = spawn(process.execPath, ['--import', REGISTER, MAIN, 'serve'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'], NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, PORT: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const stop = async (): Promise<{ code: number | null; signal: NodeJS.Signals | null }> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`serve did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /GraphQL at (http:\/\/[^\s/]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1]!, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}
