import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { signDevToken } from '../../../libs/auth/src/jwt.js';
import { loadConfig, type AppConfig, type Environment } from '../../../libs/config/src/config.js';
import type { Role } from '../../../libs/domain/src/shared/decider.js';
import { createApp } from '../src/app.js';

export const TEST_SECRET = 'an-e2e-test-secret-long-enough-for-hs256';

export function tempSqlitePath(): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'qa-api-e2e-'));
  return { path: join(dir, 'events.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(env: Environment): AppConfig {
  return loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, READ_WAIT_TIMEOUT_MS: '5000', ...env });
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
