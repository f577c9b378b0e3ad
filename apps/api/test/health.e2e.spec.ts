import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import type { ProjectionRunner } from '../../../libs/read-store/src/projection-runner.js';
import { EVENT_STORE, PROJECTION_RUNNER } from '../src/infrastructure/tokens.js';
import { givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { readAudit } from './case-file-audit.client.js';
import { AUDITOR, scheduleAndStart } from './case-file-audit.scenarios.js';
import { ALL_PROJECTIONS } from '../../../projections/index.js';

describe('Health, correlation and read-model lag', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let auditor: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path, READ_WAIT_TIMEOUT_MS: '2000' });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When the stores and projections are up', () => {
    it('should answer GET /health with 200, without a token, and report projection lag', async () => {
      const { started } = await scheduleAndStart(app, auditor);
      // Once the read model has the write, the projection has nothing left to apply.
      await readAudit(app, auditor, started.id, started.position);

      // The read itself is recorded (issue 6 item 4), one event past the write: wait for every read model to take it.
      let response = await request(app.getHttpServer()).get('/health');
      for (let tries = 0; tries < 50 && !(response.body.projections as Array<{ lagEvents: number }>).every((p) => p.lagEvents === 0); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        response = await request(app.getHttpServer()).get('/health');
      }
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'ok', eventStore: 'up', readStore: 'up' });
      const audits = (response.body.projections as Array<{ name: string; checkpoint: string }>).find((p) => p.name === 'caseFileAudits.v2');
      expect(audits).toEqual({
        name: 'caseFileAudits.v2',
        state: 'live',
        checkpoint: expect.any(String),
        lagEvents: 0,
        lagEventsCapped: false,
        lagSeconds: 0,
        caughtUp: true,
      });
      expect(BigInt(audits!.checkpoint)).toBe(BigInt(started.position!) + 1n);
      // Every read model the service keeps is reported, each with its own checkpoint and lag.
      const names = (response.body.projections as Array<{ name: string; state: string }>).map((p) => p.name);
      expect(names).toEqual(ALL_PROJECTIONS.map((p) => `${p.name}.v${p.version}`));
      expect(new Set((response.body.projections as Array<{ state: string }>).map((p) => p.state))).toEqual(new Set(['live']));
    });
  });

  describe('When a request carries x-correlation-id', () => {
    it('should echo it and record it in the metadata of the events it causes', async () => {
      const response = await request(app.getHttpServer())
        .post('/graphql')
        .set('authorization', `Bearer ${auditor}`)
        .set('x-correlation-id', 'visit-2025-06-12.7')
        .send({
          query: 'mutation($i: ScheduleCaseFileAuditInput!) { scheduleCaseFileAudit(input: $i) { id } }',
          variables: { i: { azeusNumber: 'AZ-7', auditType: 'MONTHLY', auditorId: AUDITOR, dueDate: '2025-06-30' } },
        });
      expect(response.headers['x-correlation-id']).toBe('visit-2025-06-12.7');
      const id = response.body.data.scheduleCaseFileAudit.id as string;
      const [event] = await app.get<EventStore>(EVENT_STORE).readStream(`caseFileAudit-${id}`);
      expect(event!.metadata).toMatchObject({ correlationId: 'visit-2025-06-12.7', actor: { staffId: AUDITOR, role: 'TEAM_MANAGER' } });
    });
  });

  // Last in this file: it stops the projection for good.
  describe('When the projection has stopped', () => {
    it('should answer a read of a later write with READ_MODEL_LAGGING, and /health with 503', async () => {
      await app.get<ProjectionRunner>(PROJECTION_RUNNER).stop();
      const { started } = await scheduleAndStart(app, auditor);

      const read = await readAudit(app, auditor, started.id, started.position);
      expect(read.errors![0]!.extensions).toMatchObject({
        code: 'READ_MODEL_LAGGING',
        projection: 'caseFileAudits',
        requestedPosition: started.position,
      });

      const health = await request(app.getHttpServer()).get('/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({
        status: 'error',
        eventStore: 'up',
        readStore: 'up',
      });
      expect(health.body.projections).toContainEqual(
        expect.objectContaining({ name: 'caseFileAudits.v2', state: 'stopped', caughtUp: false, lagEvents: 2 }),
      );
      expect(health.body.problems).toContain('projection caseFileAudits.v2 is stopped');
    });
  });
});
