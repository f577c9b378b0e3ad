import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startEsdbTestServer, type EsdbTestServer } from '../../../libs/event-store/src/testing/esdb-test-server.js';
import { dataOf, givenStaff, graphql, startApp, tokenFor } from './api-test-support.js';
import { mutate, readAudit, run } from './case-file-audit.client.js';
import { AUDITOR, fillInForm, scheduleAndStart } from './case-file-audit.scenarios.js';

// The same service on the EventStoreDB adapter, its real client talking gRPC to the in-repo test
// server (ARCHITECTURE.md: no EventStoreDB server can run here). EVENTSTORE_CONNECTION_STRING
// selects the adapter exactly as in production.
describe('Case file audit over GraphQL (EventStoreDB adapter + memory read store)', () => {
  let server: EsdbTestServer;
  let app: INestApplication;
  let auditor: string;

  beforeAll(async () => {
    server = await startEsdbTestServer();
    app = await startApp({ EVENTSTORE_CONNECTION_STRING: server.connectionString });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app?.close();
    await server?.stop();
  });

  describe('When a client takes an audit from scheduled to submitted', () => {
    it('should read it back at the submission position, with a valid hash chain', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      await fillInForm(app, auditor, auditId);
      const submitted = await run(app, auditor, 'submit', { auditId, overallGrade: 'GOOD', rationale: 'Good practice throughout' });

      const audit = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!;
      expect(audit).toMatchObject({ id: auditId, status: 'SUBMITTED', revision: 23, overallGrade: 'GOOD' });

      const verdict = dataOf(await graphql(app, 'query($s: String!) { verifyStream(streamId: $s) { valid events } }', { s: `caseFileAudit-${auditId}` }, auditor));
      expect(verdict.verifyStream).toEqual({ valid: true, events: 24 });
    });
  });

  describe('When a mutation carries a stale expectedRevision', () => {
    it('should refuse with CONFLICT', async () => {
      const { auditId, started } = await scheduleAndStart(app, auditor);
      const response = await mutate(app, auditor, 'grade', { auditId, criterion: 1, evaluation: 'x', grade: 'GOOD' }, { expectedRevision: started.revision - 1 });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', actualRevision: started.revision });
    });
  });

  describe('When health is asked for', () => {
    it('should report the EventStoreDB store up and the projection caught up', async () => {
      const { started } = await scheduleAndStart(app, auditor);
      await readAudit(app, auditor, started.id, started.position);
      // The read itself is recorded (issue 6 item 4), one event past the write: wait for every read model to take it.
      let response = await request(app.getHttpServer()).get('/health');
      for (let tries = 0; tries < 50 && !(response.body.projections as Array<{ lagEvents: number }>).every((p) => p.lagEvents === 0); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        response = await request(app.getHttpServer()).get('/health');
      }
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        eventStore: 'up',
      });
      const audits = (response.body.projections as Array<{ name: string; checkpoint: string }>).find((p) => p.name === 'caseFileAudits.v2');
      expect(audits).toMatchObject({ lagEvents: 0, caughtUp: true });
      expect(BigInt(audits!.checkpoint)).toBeGreaterThan(BigInt(started.position!));
    });
  });
});
