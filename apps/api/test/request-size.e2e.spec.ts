import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

describe('Request body size', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { 'staff-sqa-0001': 'SQA_OFFICER' });
    token = await tokenFor('staff-sqa-0001', 'SQA_OFFICER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const post = (body: string) =>
    request(app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send(body);

  describe('When a request carries a caseload-sized CSV (about 1 MB, past the 100 KB default of Express)', () => {
    it('should be read and answered', async () => {
      const csv = 'Azeus number,Category,Team,Allocated social worker,Open date\n' + 'AZ-100001,CP,Team A,Worker,2025-01-02\n'.repeat(25_000);
      const response = await post(
        JSON.stringify({ query: 'mutation($csv: String!) { importCaseload(csv: $csv) { eventsAppended } }', variables: { csv } }),
      );
      // Read whole and judged on its content: no team or worker of these rows is known, so the file is refused row by row.
      expect(response.status).toBe(200);
      expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'IMPORT.FILE_REJECTED' });
      expect(response.body.errors[0].extensions.invalidRows.length).toBeGreaterThan(1000);
    });
  });

  describe('When a request is larger than the limit (5 MB)', () => {
    it('should be refused with HTTP 413 and the service should keep serving', async () => {
      const response = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(6 * 1024 * 1024) } }));
      expect(response.status).toBe(413);
      const next = await post(JSON.stringify({ query: '{ __typename }' }));
      expect(next.body).toEqual({ data: { __typename: 'Query' } });
    });
  });
});
