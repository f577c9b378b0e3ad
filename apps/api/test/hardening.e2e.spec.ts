import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { HARDENING_DEFAULTS } from '../../../libs/config/src/hardening-config.js';
import { learningInputStreamId } from '../../../libs/domain/src/learning-input/learning-input.stream.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

/**
 * Issue 6 items 6 and 7: requests built to exhaust the service, and hostile text in free-text
 * fields, over GraphQL over HTTP with the default limits. Every refusal is a clear error naming the
 * limit, appends nothing, and leaves the service answering.
 */

const SQA_OFFICER = 'sqao-001';
const IMPORT_STAFF = `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`;
const RECORD = `mutation Record($input: RecordLearningInputInput!) { recordLearningInput(input: $input) { id revision position } }`;
const client = receiptClient({ recordLearningInput: 'RecordLearningInputInput', correctLearningInput: 'CorrectLearningInputInput' });

/** The costliest query of the service's own tests (learning-inputs.e2e.spec.ts): 19,321 with the default list size. */
const THEME_COUNTS = `learningThemeCounts(period: MONTH, from: "2025-06-01") {
  period start end previousPeriod inputCount
  themes { key theme count previousCount change trend byKind { kind count } learningInputIds }
}`;

function learningInput(text: string): Record<string, unknown> {
  return {
    kind: 'COMPLAINT',
    receivedOn: '2025-05-06',
    source: { description: text.slice(0, 200) },
    teamIds: ['mash-north'],
    themes: ['Communication with families'],
    summary: text,
  };
}

describe('Hostile requests over GraphQL (issue 6 items 6 and 7)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let sqa: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    const sqam = await tokenFor('sqam-001', 'SQA_MANAGER');
    sqa = await tokenFor(SQA_OFFICER, 'SQA_OFFICER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqam));
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const post = (body: string | object, headers: Record<string, string> = {}) => {
    let call = request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${sqa}`);
    for (const [name, value] of Object.entries({ 'content-type': 'application/json', ...headers })) call = call.set(name, value);
    return call.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  /** Runs a refused request: nothing appended, and a normal query answered afterwards. */
  async function refused<T>(send: () => Promise<T>): Promise<T> {
    const before = await store.headPosition();
    const started = Date.now();
    const response = await send();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await store.headPosition()).toBe(before);
    const next = await graphql(app, '{ __typename }', {}, sqa);
    expect(next.data).toEqual({ __typename: 'Query' });
    return response;
  }

  describe('When a query is a cost bomb: the costliest legitimate query three times under aliases', () => {
    it('should refuse it before it runs with REQUEST.TOO_COSTLY naming the limit and the cost', async () => {
      const single = await graphql(app, `{ ${THEME_COUNTS} }`, {}, sqa);
      expect(single.errors).toBeUndefined();

      const bomb = await refused(() => graphql(app, `query Bomb { a: ${THEME_COUNTS} b: ${THEME_COUNTS} c: ${THEME_COUNTS} }`, {}, sqa));
      expect(bomb.status).toBe(400);
      expect(bomb.data).toBeUndefined();
      expect(bomb.errors).toEqual([
        expect.objectContaining({
          message: `Operation "Bomb" costs 57963 (fields, with lists counted 20 items unless given first/limit); the limit is ${HARDENING_DEFAULTS.limits.maxCost}`,
          extensions: {
            code: 'GRAPHQL_VALIDATION_FAILED',
            errorCode: 'REQUEST.TOO_COSTLY',
            limit: HARDENING_DEFAULTS.limits.maxCost,
            measured: 57_963,
            setting: 'GRAPHQL_MAX_COST',
          },
        }),
      ]);
    });
  });

  describe('When a fragment bomb spreads each fragment twice into the next (2^30 fields)', () => {
    it('should measure it at once and refuse it as too costly', async () => {
      const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { a${i}: __typename ...F${i + 1} b${i}: __typename ...F${i + 1} }`);
      const query = `query { ...F0 } ${fragments.join(' ')} fragment F30 on Query { cases { azeusNumber } }`;
      const response = await refused(() => graphql(app, query, {}, sqa));
      expect(response.errors?.map((e) => e.extensions['errorCode'])).toContain('REQUEST.TOO_COSTLY');
    });
  });

  describe('When the operation nests deeper than the limit', () => {
    it('should refuse it with REQUEST.TOO_DEEP naming the limit and the depth (through introspection: the schema has no recursive type)', async () => {
      const response = await refused(() => graphql(app, `{ __type(name: "Query") { ${'ofType { '.repeat(16)}name${' }'.repeat(16)} } }`, {}, sqa));
      expect(response.status).toBe(400);
      expect(response.errors?.[0]).toMatchObject({
        message: `The operation is nested 18 levels deep; the limit is ${HARDENING_DEFAULTS.limits.maxDepth}`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', errorCode: 'REQUEST.TOO_DEEP', limit: HARDENING_DEFAULTS.limits.maxDepth, measured: 18 },
      });
    });

    it('should refuse 1,500 levels of nesting without exhausting the stack', async () => {
      const depth = 1_500;
      const response = await refused(() => graphql(app, `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`, {}, sqa));
      expect(response.status).toBe(400);
      expect(response.errors?.map((e) => e.extensions['errorCode'])).toContain('REQUEST.TOO_DEEP');
    });
  });

  describe('When an alias bomb asks for the same root field many times', () => {
    it('should refuse more root fields than the limit with REQUEST.TOO_MANY_ROOT_FIELDS', async () => {
      const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: cases { azeusNumber }`).join(' ');
      const response = await refused(() => graphql(app, `{ ${aliases} }`, {}, sqa));
      expect(response.errors?.[0]).toMatchObject({
        message: `The operation asks for 21 root fields (aliases included); the limit is ${HARDENING_DEFAULTS.limits.maxRootFields}`,
        extensions: { errorCode: 'REQUEST.TOO_MANY_ROOT_FIELDS', limit: HARDENING_DEFAULTS.limits.maxRootFields, measured: 21 },
      });
    });

    it('should stop parsing a document of more tokens than the limit with REQUEST.TOO_MANY_TOKENS', async () => {
      const fields = 'a '.repeat(HARDENING_DEFAULTS.limits.maxTokens);
      const response = await refused(() => graphql(app, `{ cases { ${fields} } }`, {}, sqa));
      expect(response.status).toBe(400);
      expect(response.errors?.[0]).toMatchObject({
        message: `The query has more than ${HARDENING_DEFAULTS.limits.maxTokens} tokens (names, punctuation, values); the limit is ${HARDENING_DEFAULTS.limits.maxTokens}`,
        extensions: { code: 'GRAPHQL_PARSE_FAILED', errorCode: 'REQUEST.TOO_MANY_TOKENS', limit: HARDENING_DEFAULTS.limits.maxTokens },
      });
    });
  });

  describe('When fragments spread each other in a cycle', () => {
    it('should refuse the document at once, naming the cycle', async () => {
      const query = 'query { ...A } fragment A on Query { __typename ...B } fragment B on Query { cases { azeusNumber } ...A }';
      const response = await refused(() => graphql(app, query, {}, sqa));
      expect(response.status).toBe(400);
      expect(response.errors?.[0]).toMatchObject({
        message: 'Cannot spread fragment "A" within itself via "B".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    });
  });

  describe('When a payload is oversized', () => {
    it('should refuse a body past the limit with HTTP 413 REQUEST.TOO_LARGE before reading it, appending nothing', async () => {
      const csv = 'Azeus number,Category,Team,Allocated social worker,Open date\n' + 'AZ-100001,CP,mash-north,sw-001,2025-01-02\n'.repeat(150_000);
      const response = await refused(() => post({ query: 'mutation($csv: String!) { importCaseload(csv: $csv) { eventsAppended } }', variables: { csv } }));
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        errors: [
          {
            message: `The request body is larger than the limit of ${HARDENING_DEFAULTS.limits.maxBodyBytes} bytes`,
            extensions: {
              code: 'BAD_REQUEST',
              errorCode: 'REQUEST.TOO_LARGE',
              limit: HARDENING_DEFAULTS.limits.maxBodyBytes,
              measured: expect.any(Number),
              setting: 'MAX_REQUEST_BODY_BYTES',
            },
          },
        ],
      });
    });

    it('should refuse a query text past the limit with HTTP 413 REQUEST.QUERY_TOO_LONG', async () => {
      const query = `{ __typename ${' '.repeat(HARDENING_DEFAULTS.limits.maxQueryLength)} }`;
      const response = await refused(() => post({ query }));
      expect(response.status).toBe(413);
      expect(response.body.errors[0].extensions).toEqual({
        code: 'BAD_REQUEST',
        errorCode: 'REQUEST.QUERY_TOO_LONG',
        limit: HARDENING_DEFAULTS.limits.maxQueryLength,
        measured: query.length,
        setting: 'GRAPHQL_MAX_QUERY_LENGTH',
      });
    });

    it('should refuse a body that is not JSON with HTTP 400 REQUEST.MALFORMED and nothing of the parser', async () => {
      const response = await refused(() => post('{"query": "mutation { x }"'));
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST', errorCode: 'REQUEST.MALFORMED' } }] });
    });
  });

  describe('When several operations are batched into one request (a JSON array)', () => {
    it('should refuse the batch with REQUEST.BATCH_REFUSED and run none of them', async () => {
      const operation = { query: RECORD, variables: { input: learningInput('Batched') } };
      const response = await refused(() => post([operation, operation, operation]));
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toEqual({
        message: 'Batched requests (a JSON array of operations) are not accepted: send one operation per request',
        extensions: { code: 'BAD_REQUEST', errorCode: 'REQUEST.BATCH_REFUSED', measured: 3 },
      });
    });
  });

  describe('When a cross-site page tries a mutation (CSRF)', () => {
    const mutation = JSON.stringify({ query: RECORD, variables: { input: learningInput('Forged') } });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'should refuse a simple POST sent as %s, which a browser sends without a preflight',
      async (contentType) => {
        const response = await refused(() => post(mutation, { 'content-type': contentType }));
        expect(response.status).toBe(400);
        expect(response.body.errors[0].message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
        expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
      },
    );

    it('should refuse a mutation sent as a GET, with or without a preflight header', async () => {
      const url = `/graphql?query=${encodeURIComponent('mutation { withdrawLearningInput(input: { learningInputId: "00000000-0000-4000-8000-000000000000", reason: "x" }) { id } }')}`;
      const simple = await refused(() => request(app.getHttpServer()).get(url).set('authorization', `Bearer ${sqa}`));
      expect(simple.status).toBe(400);
      expect(simple.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
      const preflighted = await refused(() => request(app.getHttpServer()).get(url).set('authorization', `Bearer ${sqa}`).set('apollo-require-preflight', 'true'));
      expect(preflighted.status).toBe(405);
      expect(preflighted.body.errors[0].message).toBe('GET requests only support query operations, not mutation operations');
    });
  });

  describe('When a cross-site page loads a report or the metrics with whatever cookies the browser holds', () => {
    it.each(['/reports/qa-overview/2025-06.pdf', '/metrics'])('should refuse %s without a bearer token: no route reads a cookie', async (path) => {
      const response = await request(app.getHttpServer()).get(path).set('cookie', 'session=anything; token=anything');
      expect(response.status).toBe(401);
    });
  });

  describe('When free text carries markup, injection strings, other scripts and control characters', () => {
    const HOSTILE = [
      '<script>alert(1)</script>',
      `'; DROP TABLE events; --`,
      '{"$gt": ""}',
      '../../etc/passwd',
      '${jndi:ldap://x}',
      'Zoë says 👩‍👧‍👦 ok; \u202Eolleh\u202C; שלום עולם; مرحبا',
      'before\u0000after',
      `" OR 1=1 --<img src=x onerror=alert(1)>\\u0000%00{{7*7}}`,
    ];

    it.each(HOSTILE)('should store %j verbatim in the event and return it intact', async (text) => {
      const receipt = await client.run(app, sqa, 'recordLearningInput', learningInput(text));
      const [recorded] = await store.readStream(learningInputStreamId(receipt.id));
      expect(recorded?.data).toMatchObject({ summary: text, source: { description: text.slice(0, 200) } });

      const read = dataOf(
        await graphql(app, 'query ($id: ID!, $p: String) { learningInput(id: $id, atLeastPosition: $p) { summary source { description } } }', { id: receipt.id, p: receipt.position }, sqa),
      );
      expect(read.learningInput).toEqual({ summary: text, source: { description: text.slice(0, 200) } });

      const corrected = await client.run(app, sqa, 'correctLearningInput', { ...learningInput(`${text} (corrected)`), kind: undefined, learningInputId: receipt.id, reason: text });
      const history = dataOf(
        await graphql(app, 'query ($id: ID!, $p: String) { learningInput(id: $id, atLeastPosition: $p) { summary history { reason } } }', { id: receipt.id, p: corrected.position }, sqa),
      );
      expect(history.learningInput.summary).toBe(`${text} (corrected)`);
      expect(history.learningInput.history.map((h: { reason: string | null }) => h.reason)).toContain(text);
    });
  });
});
