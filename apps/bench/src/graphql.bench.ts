import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { signDevToken } from '../../../libs/auth/src/jwt.js';
import { loadConfig } from '../../../libs/config/src/config.js';
import { registerBenchStaff } from './bench-staff.js';
import { measure, warmupSize, type Figure } from './measure.js';
import type { Comparison } from './report.js';

const SECRET = `bench-secret-${randomUUID()}`;
const AUDITOR_ID = 'staff-tm-bench';

const SCHEDULE = `mutation Schedule($input: ScheduleCaseFileAuditInput!) {
  scheduleCaseFileAudit(input: $input) { id revision position }
}`;
const TRIVIAL = '{ __typename }';

interface GraphQLBody {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** Sends `count` requests, at most `concurrency` in flight; any error or GraphQL error stops the run. */
async function load(url: string, token: string, count: number, concurrency: number, body: (n: number) => GraphQLBody): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const n = next++;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body(n)),
      });
      const answer = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || answer.errors !== undefined) {
        throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(answer)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return count;
}

function scheduleBody(n: number): GraphQLBody {
  return {
    query: SCHEDULE,
    variables: {
      input: { azeusNumber: `AZ-${200000 + n}`, auditType: 'MONTHLY', auditorId: AUDITOR_ID, dueDate: '2025-06-30', teamId: 'team-1' },
    },
  };
}

/**
 * c) The service over real HTTP on 127.0.0.1 (embedded stores in `dir`): `scheduleCaseFileAudit`
 * mutations (authenticate, validate, handle the command, append, fsync) against `{ __typename }`
 * on the same server with the same token, which costs HTTP, the guard and GraphQL and nothing else.
 * Node's fetch keeps its connections alive, one per request in flight.
 */
export async function benchGraphql(
  dir: string,
  requests: number,
  concurrency: number,
  progress: (message: string) => void,
): Promise<Comparison> {
  const { createApp } = await import('../../api/src/app.js');
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: SECRET,
    SQLITE_PATH: join(dir, 'graphql.sqlite'),
    READ_STORE: 'memory',
    LOG_LEVEL: 'error',
    // One subject sends every request: measured is the service, not the per-subject rate limit (issue 6).
    RATE_LIMIT_ENABLED: 'false',
  });
  const app = await createApp(config, { logger: false });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    await registerBenchStaff(app, { staffId: AUDITOR_ID, role: 'TEAM_MANAGER', teamId: 'team-bench', serviceAreaId: 'area-bench' });
    const token = await signDevToken({ staffId: AUDITOR_ID, role: 'TEAM_MANAGER', secret: SECRET, expiresIn: '1h' });
    const warmup = warmupSize(requests, 20);
    let offset = 0;
    const schedule = (n: number): GraphQLBody => scheduleBody(offset + n);

    progress(`c) warming up with ${warmup} mutations and ${warmup} queries`);
    await load(url, token, warmup, concurrency, schedule);
    await load(url, token, warmup, concurrency, () => ({ query: TRIVIAL }));
    offset = warmup;

    progress(`c) ${requests} mutations, ${concurrency} in flight`);
    const mutations: Figure = await measure('GraphQL mutation scheduleCaseFileAudit', 'requests', () =>
      load(url, token, requests, concurrency, schedule),
    );
    progress(`c) ${requests} trivial queries, ${concurrency} in flight`);
    const trivial: Figure = await measure('GraphQL query { __typename }', 'requests', () =>
      load(url, token, requests, concurrency, () => ({ query: TRIVIAL })),
    );
    return { section: 'c)', measured: mutations, baseline: trivial };
  } finally {
    await app.close();
  }
}
