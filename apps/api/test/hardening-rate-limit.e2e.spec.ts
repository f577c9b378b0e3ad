import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Environment } from '../../../libs/config/src/config.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { RedisReadStore } from '../../../libs/read-store/src/redis/redis-read-store.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../../../libs/read-store/src/testing/redis-test-support.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

/**
 * Issue 6 item 6: rate limiting per subject (the token's subject, the registry's staff id), and per
 * IP for requests that fail authentication, over GraphQL over HTTP. People from the staff registry
 * of the fixtures (people-fixtures.ts): the S&QA manager sqam-001 and the team manager tm-001.
 */

const BURST = 4;
const IP_BURST = 3;
// One token a minute: nothing refills while a test runs.
const LIMITS: Environment = {
  RATE_LIMIT_BURST: String(BURST),
  RATE_LIMIT_PER_MINUTE: '1',
  RATE_LIMIT_IP_BURST: String(IP_BURST),
  RATE_LIMIT_IP_PER_MINUTE: '1',
};
const PEOPLE = { 'sqam-001': 'SQA_MANAGER', 'tm-001': 'TEAM_MANAGER' } as const;

function send(app: INestApplication, query: string, token?: string, variables: Record<string, unknown> = {}) {
  let call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token !== undefined) call = call.set('authorization', `Bearer ${token}`);
  return call.send({ query, variables });
}

const SCHEDULE = `mutation ($input: ScheduleCaseFileAuditInput!) { scheduleCaseFileAudit(input: $input) { id } }`;

describe('Rate limiting per subject (issue 6 item 6)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let teamManager: string;
  let sqaManager: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path, ...LIMITS });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, PEOPLE);
    teamManager = await tokenFor('tm-001', 'TEAM_MANAGER');
    sqaManager = await tokenFor('sqam-001', 'SQA_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a subject sends more requests than its burst', () => {
    it('should answer the burst, then refuse with HTTP 429 RATE_LIMITED and a Retry-After, appending nothing', async () => {
      for (let i = 0; i < BURST; i++) {
        const answered = await send(app, '{ __typename }', teamManager);
        expect(answered.body).toEqual({ data: { __typename: 'Query' } });
      }
      const before = await store.headPosition();
      const refused = await send(app, SCHEDULE, teamManager, { input: { azeusNumber: 'AZ-200001', auditType: 'MONTHLY', auditorId: 'tm-001', dueDate: '2025-06-30', teamId: 'mash-north' } });
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.body).toEqual({
        errors: [
          {
            message: `Too many requests for this user (at most ${BURST} at once and 1 a minute); retry in 60 s`,
            extensions: { code: 'RATE_LIMITED', errorCode: 'RATE_LIMITED', retryAfterSeconds: 60, limit: { burst: BURST, perMinute: 1 } },
          },
        ],
      });
      expect(await store.headPosition()).toBe(before);
    });

    it('should go on serving another subject, whose bucket is its own', async () => {
      const answered = await send(app, '{ __typename }', sqaManager);
      expect(answered.body).toEqual({ data: { __typename: 'Query' } });
    });

    it('should not let the limited subject through with a new token: the bucket is the subject\'s, not the token\'s', async () => {
      const fresh = await tokenFor('tm-001', 'TEAM_MANAGER');
      expect((await send(app, '{ __typename }', fresh)).status).toBe(429);
    });
  });

  describe('When requests without a valid token keep coming from one address', () => {
    it('should answer UNAUTHENTICATED up to the address\'s burst, then RATE_LIMITED, while people signed in from that address are served', async () => {
      const statuses: number[] = [];
      const codes: string[] = [];
      for (let i = 0; i < IP_BURST + 2; i++) {
        const response = await send(app, '{ __typename }', i % 2 === 0 ? undefined : `${sqaManager.slice(0, -4)}AAAA`);
        statuses.push(response.status);
        codes.push(response.body.errors[0].extensions.code);
      }
      expect(codes).toEqual([...Array<string>(IP_BURST).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
      expect(statuses.slice(IP_BURST)).toEqual([429, 429]);

      const signedIn = await send(app, '{ __typename }', sqaManager);
      expect(signedIn.body).toEqual({ data: { __typename: 'Query' } });
    });
  });
});

describe('Rate limiting switched off (RATE_LIMIT_ENABLED=false)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path, ...LIMITS, RATE_LIMIT_ENABLED: 'false' });
    await givenStaff(app, PEOPLE);
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a subject sends more requests than the burst would allow', () => {
    it('should answer every one', async () => {
      const token = await tokenFor('tm-001', 'TEAM_MANAGER');
      const statuses = [];
      for (let i = 0; i < BURST * 2; i++) statuses.push((await send(app, '{ __typename }', token)).status);
      expect(statuses).toEqual(Array(BURST * 2).fill(200));
    });
  });
});

describe.each([
  ['trusted (TRUST_PROXY_HOPS=1)', { TRUST_PROXY_HOPS: '1' }, [401, 429, 401]],
  ['not trusted (the default): X-Forwarded-For, which a client sets at will, is ignored', {}, [401, 429, 429]],
] as const)('Rate limiting per address with a reverse proxy %s', (_title, proxy, expected) => {
  const db = tempSqlitePath();
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path, ...LIMITS, RATE_LIMIT_IP_BURST: '1', ...proxy });
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When two clients behind it fail to authenticate, the first twice', () => {
    it(`should answer ${expected.join(', ')}`, async () => {
      const statuses = [];
      for (const client of ['198.51.100.7', '198.51.100.7', '198.51.100.8']) {
        const response = await request(app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('x-forwarded-for', client)
          .send({ query: '{ __typename }' });
        statuses.push(response.status);
      }
      expect(statuses).toEqual(expected);
    });
  });
});

const describeRedis = await describeWithRedis('Rate limiting shared through Redis');

describeRedis('Rate limiting shared through Redis (READ_STORE=redis)', () => {
  const db = tempSqlitePath();
  const prefix = uniqueTestPrefix('rate-limit-e2e');
  const env: Environment = { SQLITE_PATH: db.path, READ_STORE: 'redis', REDIS_URL: redisTestUrl, REDIS_KEY_PREFIX: prefix, ...LIMITS };
  let app: INestApplication;

  afterAll(async () => {
    await app?.close();
    const cleaner = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: prefix });
    await cleaner.deleteAllKeys();
    await cleaner.close();
    db.remove();
  });

  describe('When a subject spends its burst on one instance and the next request reaches another', () => {
    it('should refuse it there too: the bucket lives in Redis, not in the process', async () => {
      app = await startApp(env);
      await givenStaff(app, PEOPLE);
      const token = await tokenFor('tm-001', 'TEAM_MANAGER');
      for (let i = 0; i < BURST; i++) expect((await send(app, '{ __typename }', token)).status).toBe(200);
      await app.close();

      app = await startApp(env);
      const refused = await send(app, '{ __typename }', token);
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect((await send(app, '{ __typename }', await tokenFor('sqam-001', 'SQA_MANAGER'))).status).toBe(200);
    });
  });
});
