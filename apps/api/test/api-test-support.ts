import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { signDevToken } from '../../../libs/auth/src/jwt.js';
import { loadConfig, type AppConfig, type Environment } from '../../../libs/config/src/config.js';
import type { Role } from '../../../libs/domain/src/shared/decider.js';
import { createApp } from '../src/app.js';
import { handleCommand } from '../../../libs/command-handling/src/command-handler.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import type { ProjectionRunner } from '../../../libs/read-store/src/projection-runner.js';
import { EVENT_STORE, PROJECTION_RUNNER } from '../src/infrastructure/tokens.js';
import { describeRowError, importCsv } from '../src/people/csv-import.js';

export const TEST_SECRET = 'an-e2e-test-secret-long-enough-for-hs256';

export function tempSqlitePath(): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'qa-api-e2e-'));
  return { path: join(dir, 'events.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Tests sign their tokens with TEST_SECRET, also when they run the service as in production (issue 6 item 1). */
export function testConfig(env: Environment): AppConfig {
  return loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, ALLOW_JWT_SECRET_IN_PRODUCTION: 'true', READ_WAIT_TIMEOUT_MS: '5000', ...env });
}

export async function startApp(env: Environment): Promise<INestApplication> {
  return createApp(testConfig(env), { logger: false });
}

export function tokenFor(staffId: string, role: Role): Promise<string> {
  return signDevToken({ staffId, role, secret: TEST_SECRET, expiresIn: '1h' });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data: T | null | undefined;
  readonly errors: ReadonlyArray<{ message: string; path?: string[]; extensions: Record<string, unknown> & { code: string } }> | undefined;
}

export async function graphql<T = Record<string, any>>(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  let call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token !== undefined) call = call.set('authorization', `Bearer ${token}`);
  const response = await call.send({ query, variables });
  return { status: response.status, data: response.body.data, errors: response.body.errors };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data as T;
}

/** What every mutation answers. */
export interface Receipt {
  readonly id: string;
  readonly revision: number;
  readonly position: string | null;
  readonly duplicate: boolean;
}

export interface MutationOptions {
  readonly expectedRevision?: number;
  readonly commandId?: string;
}

/**
 * A client for mutations of the shape `name(input: <Input>!, expectedRevision, commandId): CommandReceipt`,
 * given each mutation's input type name: `mutate` answers the raw response, `run` the receipt of
 * one that must succeed.
 */
export function receiptClient<M extends Readonly<Record<string, string>>>(inputTypes: M) {
  function mutate(
    app: INestApplication,
    token: string,
    mutation: keyof M & string,
    input: Record<string, unknown>,
    options: MutationOptions = {},
  ): Promise<GraphQLResponse<Record<string, Receipt>>> {
    return graphql(
      app,
      `mutation Run($input: ${inputTypes[mutation]}!, $expectedRevision: Int, $commandId: ID) {
        ${mutation}(input: $input, expectedRevision: $expectedRevision, commandId: $commandId) { id revision position duplicate }
      }`,
      { input, ...options },
      token,
    );
  }
  async function run(
    app: INestApplication,
    token: string,
    mutation: keyof M & string,
    input: Record<string, unknown>,
    options: MutationOptions = {},
  ): Promise<Receipt> {
    return dataOf(await mutate(app, token, mutation, input, options))[mutation]!;
  }
  return { mutate, run };
}

/**
 * Issue 6 item 1: a token's subject acts only while in post in the staff registry, with the role
 * recorded there. A test puts the people its tokens name into the registry first, as a council's
 * first S&QA person is put there: by the staff import run straight against the event log (the CLI's
 * `import-staff`), not over GraphQL. Either a CSV in the import's format (e.g. STAFF_CSV, or some of
 * its rows with `staffRows`), or staff ids with their roles (and, where it matters, their team and
 * line manager), recorded as starting today unless told otherwise: in post for the request, and owing
 * nothing from before (a Head of Service started years ago would owe years of summaries). Waits until
 * the read models hold them.
 */
export async function givenStaff(
  app: INestApplication,
  people: string | Readonly<Record<string, Role | StaffSeed>>,
  options: { readonly effectiveFrom?: string } = {},
): Promise<{ readonly position: string | null }> {
  const csv = typeof people === 'string' ? people : staffCsvOf(people);
  const store = app.get<EventStore>(EVENT_STORE);
  const outcome = await importCsv(
    store,
    { kind: 'staff', csv, actor: TEST_REGISTRAR, now: new Date().toISOString(), ...options },
    (streamId, decider, command) => handleCommand(store, streamId, decider, command),
  );
  if (!outcome.ok) throw new Error(`givenStaff: the staff file was refused:\n${outcome.errors.map(describeRowError).join('\n')}`);
  if (outcome.position !== null && !(await app.get<ProjectionRunner>(PROJECTION_RUNNER).waitForPosition(outcome.position, 10_000))) {
    throw new Error(`givenStaff: the read models did not reach position ${outcome.position}`);
  }
  return { position: outcome.position === null ? null : outcome.position.toString() };
}

/** Who records the test's people: an S&QA manager, as the operator running `import-staff --actor`. */
export const TEST_REGISTRAR = { staffId: 'e2e-registrar', role: 'SQA_MANAGER' } as const satisfies { staffId: string; role: Role };

/** The header and the rows of a staff CSV for the given staff ids (e.g. the fixture's S&QA manager). */
export function staffRows(csv: string, staffIds: readonly string[]): string {
  const [header, ...rows] = csv.split(/\r?\n/);
  const picked = rows.filter((row) => staffIds.includes(row.slice(0, row.indexOf(','))));
  if (picked.length !== staffIds.length) throw new Error(`staffRows: not every one of ${staffIds.join(', ')} has a row`);
  return [header, ...picked].join('\r\n');
}

/** A person for givenStaff: a team is recorded (named by its id) in `serviceAreaId` (default TEST_SERVICE_AREA). */
export interface StaffSeed {
  readonly role: Role;
  readonly teamId?: string;
  readonly serviceAreaId?: string;
  /** Someone else in the same call, or already recorded. */
  readonly lineManagerId?: string;
  /** YYYY-MM-DD; default today. */
  readonly startDate?: string;
}

export const TEST_SERVICE_AREA = 'service-area-test';

function staffCsvOf(people: Readonly<Record<string, Role | StaffSeed>>): string {
  const today = new Date().toISOString().slice(0, 10);
  const rows = Object.entries(people).map(([staffId, person]) => {
    const seed: StaffSeed = typeof person === 'string' ? { role: person } : person;
    const { role, teamId, serviceAreaId = TEST_SERVICE_AREA, lineManagerId = '', startDate = today } = seed;
    const team = teamId === undefined ? ',,,' : `${teamId},${teamId},${serviceAreaId},${serviceAreaId}`;
    return `${staffId},${staffId},${role},${lineManagerId},${team},${startDate}`;
  });
  return ['Staff ID,Name,Role,Line manager ID,Team ID,Team,Service area ID,Service area,Start date', ...rows].join('\r\n');
}
