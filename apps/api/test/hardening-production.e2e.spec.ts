import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../libs/read-store/src/read-store.port.js';
import { createApp } from '../src/app.js';
import { EVENT_STORE, READ_STORE } from '../src/infrastructure/tokens.js';
import { givenStaff, startApp, tempSqlitePath, testConfig, tokenFor } from './api-test-support.js';

/**
 * Issue 6 item 6: in production there is no introspection, no landing page, no hint of the schema
 * in errors, and no stack trace or internal message in any answer. Compared with the same
 * requests outside production, where GraphiQL needs all of them.
 */

const PEOPLE = { 'sqam-001': 'SQA_MANAGER' } as const;
// The service refuses the shared secret in production unless told to accept it (issue 6 item 1).
const PRODUCTION = { NODE_ENV: 'production', ALLOW_JWT_SECRET_IN_PRODUCTION: 'true' };

class SilentLogger extends ConsoleLogger {
  override error(): void {}
  override log(): void {}
  override warn(): void {}
}

function post(app: INestApplication, body: string | object, token?: string) {
  let call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token !== undefined) call = call.set('authorization', `Bearer ${token}`);
  return call.send(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Nothing a client could learn the code's insides from. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/stacktrace|\bat \S+ \(|\/work\/|node_modules|\.ts:\d+|TypeError|ReferenceError/);
}

describe('GraphQL in production (issue 6 item 6)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let token: string;

  beforeAll(async () => {
    app = await createApp(testConfig({ ...PRODUCTION, SQLITE_PATH: db.path }), { logger: new SilentLogger() });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, PEOPLE);
    token = await tokenFor('sqam-001', 'SQA_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a client introspects the schema', () => {
    it.each([
      ['__schema', '{ __schema { queryType { name } types { name fields { name } } } }'],
      ['__type', '{ __type(name: "Mutation") { fields { name args { name } } } }'],
    ])('should refuse %s with GRAPHQL_VALIDATION_FAILED, appending nothing', async (_field, query) => {
      const before = await store.headPosition();
      const response = await post(app, { query }, token);
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^GraphQL introspection is not allowed/),
          extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
        }),
      ]);
      expect(await store.headPosition()).toBe(before);
    });

    it('should still answer __typename, which reveals nothing of the schema', async () => {
      expect((await post(app, { query: '{ __typename }' }, token)).body).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('When a browser opens /graphql', () => {
    it('should serve no landing page or GraphiQL', async () => {
      const response = await request(app.getHttpServer()).get('/graphql').set('accept', 'text/html');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.text).not.toMatch(/<html|graphiql/i);
    });
  });

  describe('When a query misspells a field', () => {
    it('should say the field does not exist without suggesting the names that do', async () => {
      const response = await post(app, { query: '{ cases { azeusNumbr } }' }, token);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ message: 'Cannot query field "azeusNumbr" on type "Case".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ]);
    });
  });

  describe('When requests are refused for any reason', () => {
    it('should never answer with a stack trace, a file path or a parser\'s message', async () => {
      const answers = [
        await post(app, '{"query": "{ cases { azeusNumber } ', token),
        await post(app, { query: '{ cases { ' }, token),
        await post(app, { query: '{ __typename }', variables: { padding: 'x'.repeat(6 * 1024 * 1024) } }, token),
        await post(app, [{ query: '{ __typename }' }], token),
        await post(app, { query: '{ __typename }' }, 'not-a-token'),
        await post(app, { query: 'mutation { importStaff(csv: 42) { position } }' }, token),
        await post(app, { query: 'query ($d: Int!) { __typename }', variables: { d: 'x' } }, token),
        await request(app.getHttpServer()).post('/graphql').set('content-type', 'text/plain').send('{"query":"{ __typename }"}'),
        await request(app.getHttpServer()).get('/reports/qa-overview/..%2f..%2fetc%2fpasswd'),
      ];
      for (const answer of answers) {
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expectNoInternals(answer.text);
      }
    });
  });

  // Last: it closes the read store under the running service.
  describe('When something unexpected fails while a request is handled (the read store has gone)', () => {
    it('should answer "Internal server error" and nothing more', async () => {
      await app.get<ReadStore>(READ_STORE).close();
      const response = await post(app, { query: '{ cases { azeusNumber } }' }, token);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(Object.keys(response.body.errors[0].extensions)).toEqual(['code']);
      expectNoInternals(response.text);
    });
  });
});

describe('GraphQL outside production, for comparison', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, PEOPLE);
    token = await tokenFor('sqam-001', 'SQA_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When GraphiQL opens and introspects the schema with its own query', () => {
    it('should serve GraphiQL and answer the introspection within the default limits', async () => {
      const page = await request(app.getHttpServer()).get('/graphql').set('accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/graphiql/i);

      const { getIntrospectionQuery } = await import('graphql');
      const response = await post(app, { query: getIntrospectionQuery() }, token);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.__schema.queryType).toMatchObject({ name: 'Query' });
    });
  });

  describe('When a query misspells a field', () => {
    it('should suggest the field meant', async () => {
      const response = await post(app, { query: '{ cases { azeusNumbr } }' }, token);
      expect(response.body.errors[0].message).toBe('Cannot query field "azeusNumbr" on type "Case". Did you mean "azeusNumber"?');
    });
  });
});
