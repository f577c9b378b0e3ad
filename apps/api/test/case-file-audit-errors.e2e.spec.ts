import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { SignJWT } from 'jose';
import { keyInformation, PEN_PICTURE } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { givenStaff, graphql, startApp, tempSqlitePath, tokenFor, TEST_SECRET } from './api-test-support.js';
import { mutate, readAudit, run } from './case-file-audit.client.js';
import { AUDITOR, scheduleAndStart } from './case-file-audit.scenarios.js';

describe('Case file audit errors over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let auditor: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', 'staff-tm-9999': 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  /** Runs `action` and returns whether the log's head moved. */
  async function headMovedDuring(action: () => Promise<unknown>): Promise<boolean> {
    const before = await store.headPosition();
    await action();
    return (await store.headPosition()) !== before;
  }

  describe('When an audit is submitted while criteria are ungraded (CFA-12)', () => {
    it('should refuse with BAD_USER_INPUT naming the criteria and append nothing', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      await run(app, auditor, 'keyInformation', { auditId, penPicture: PEN_PICTURE, keyInformation });
      await run(app, auditor, 'grade', { auditId, criterion: 1, evaluation: 'Good early help', grade: 'GOOD' });

      let response: Awaited<ReturnType<typeof mutate>> | undefined;
      const moved = await headMovedDuring(async () => {
        response = await mutate(app, auditor, 'submit', { auditId, overallGrade: 'GOOD', rationale: 'Solid work' });
      });

      expect(moved).toBe(false);
      expect(response!.data).toBeNull();
      expect(response!.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('2, 3'),
          extensions: { code: 'BAD_USER_INPUT', errorCode: 'CASE_FILE_AUDIT.CRITERIA_UNGRADED', field: 'criteria', rule: 'CFA-12' },
        }),
      ]);
    });
  });

  describe('When the input has the wrong shape', () => {
    it('should refuse with BAD_USER_INPUT naming each field and constraint, and append nothing', async () => {
      let response: Awaited<ReturnType<typeof mutate>> | undefined;
      const moved = await headMovedDuring(async () => {
        response = await mutate(
          app,
          auditor,
          'schedule',
          { azeusNumber: 'AZ-1', auditType: 'MONTHLY', auditorId: AUDITOR, dueDate: '2025-02-30' },
          { commandId: 'not-a-uuid' },
        );
      });
      expect(moved).toBe(false);
      expect(response!.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        invalidFields: expect.arrayContaining([
          expect.objectContaining({ field: 'input.dueDate', constraint: 'isIso8601' }),
          expect.objectContaining({ field: 'commandId', constraint: 'isUuid' }),
        ]),
      });
    });

    it('should name a nested field by its path', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      const response = await mutate(app, auditor, 'keyInformation', {
        auditId,
        penPicture: PEN_PICTURE,
        keyInformation: { ...keyInformation, periods: [{ kind: 'CP', startDate: '15/01/2025', endDate: null }] },
      });
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.keyInformation.periods.0.startDate',
      });
    });
  });

  describe('When a mutation carries a stale expectedRevision', () => {
    it('should refuse with CONFLICT and append nothing', async () => {
      const { auditId, started } = await scheduleAndStart(app, auditor);
      await run(app, auditor, 'grade', { auditId, criterion: 1, evaluation: 'Good', grade: 'GOOD' }, { expectedRevision: started.revision });

      let response: Awaited<ReturnType<typeof mutate>> | undefined;
      const moved = await headMovedDuring(async () => {
        response = await mutate(
          app,
          auditor,
          'grade',
          { auditId, criterion: 1, evaluation: 'Requires improvement', grade: 'REQUIRES_IMPROVEMENT' },
          { expectedRevision: started.revision },
        );
      });
      expect(moved).toBe(false);
      expect(response!.errors![0]!.extensions).toEqual({
        code: 'CONFLICT',
        errorCode: 'STREAM.REVISION_CONFLICT',
        field: 'expectedRevision',
        expectedRevision: started.revision,
        actualRevision: started.revision + 1,
      });
    });
  });

  describe('When a mutation is retried with the same commandId', () => {
    it('should answer with the same revision and position and append nothing', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      const commandId = randomUUID();
      const input = { auditId, criterion: 5, evaluation: 'Timely assessment', grade: 'GOOD' };
      const first = await run(app, auditor, 'grade', input, { commandId });

      let retried: Awaited<ReturnType<typeof run>> | undefined;
      const moved = await headMovedDuring(async () => {
        retried = await run(app, auditor, 'grade', input, { commandId });
      });
      expect(moved).toBe(false);
      expect(retried).toEqual({ ...first, duplicate: true });
      expect(first.duplicate).toBe(false);
    });

    it('should schedule one audit when scheduling is retried without an audit id', async () => {
      const commandId = randomUUID();
      const input = { azeusNumber: 'AZ-9', auditType: 'MONTHLY', auditorId: AUDITOR, dueDate: '2025-06-30' };
      const first = await run(app, auditor, 'schedule', input, { commandId });
      const retried = await run(app, auditor, 'schedule', input, { commandId });
      expect(retried).toEqual({ ...first, duplicate: true });
    });
  });

  describe('When someone other than the auditor grades the audit', () => {
    it('should refuse with FORBIDDEN', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      const other = await tokenFor('staff-tm-9999', 'TEAM_MANAGER');
      const response = await mutate(app, other, 'grade', { auditId, criterion: 1, evaluation: 'x', grade: 'GOOD' });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'CASE_FILE_AUDIT.NOT_THE_AUDITOR' });
    });
  });

  describe('When a command names an audit that was never scheduled', () => {
    it('should refuse with NOT_FOUND', async () => {
      const response = await mutate(app, auditor, 'start', { auditId: randomUUID() });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'auditId' });
    });
  });

  describe('When a request has no token', () => {
    it('should refuse mutations and queries with UNAUTHENTICATED and append nothing', async () => {
      let response: Awaited<ReturnType<typeof mutate>> | undefined;
      const moved = await headMovedDuring(async () => {
        response = await mutate(app, undefined, 'schedule', { azeusNumber: 'AZ-1', auditType: 'MONTHLY', auditorId: AUDITOR, dueDate: '2025-06-30' });
      });
      expect(moved).toBe(false);
      expect(response!.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', errorCode: 'AUTH.MISSING_TOKEN' });
      const query = await readAudit(app, undefined, randomUUID());
      expect(query.errors![0]!.extensions['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('When a request without a token asks for nothing but the schema', () => {
    it('should refuse with UNAUTHENTICATED and HTTP 401, even where no resolver runs', async () => {
      const typename = await graphql(app, '{ __typename }');
      expect(typename.status).toBe(401);
      expect(typename.data).toBeUndefined();
      expect(typename.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', errorCode: 'AUTH.MISSING_TOKEN' });
      const introspection = await graphql(app, '{ __schema { queryType { name } } }');
      expect(introspection.errors![0]!.extensions['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe.each([
    ['signed with another key', () => new SignJWT({ role: 'TEAM_MANAGER' }).setProtectedHeader({ alg: 'HS256' }).setSubject(AUDITOR).setExpirationTime('1h').sign(new TextEncoder().encode(`${TEST_SECRET}-other`))],
    ['expired', () => new SignJWT({ role: 'TEAM_MANAGER' }).setProtectedHeader({ alg: 'HS256' }).setSubject(AUDITOR).setIssuedAt(1_600_000_000).setExpirationTime(1_600_000_600).sign(new TextEncoder().encode(TEST_SECRET))],
    ['for someone not in post in the staff registry (issue 6 item 1)', () => tokenFor('staff-tm-0000', 'TEAM_MANAGER')],
    ['not a JWT', async () => 'garbage'],
  ])('When the token is %s', (_case, token) => {
    it('should refuse with UNAUTHENTICATED', async () => {
      const response = await mutate(app, await token(), 'start', { auditId: randomUUID() });
      expect(response.errors![0]!.extensions['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('When a query asks for a position past the end of the log', () => {
    it('should refuse with BAD_USER_INPUT naming atLeastPosition', async () => {
      const response = await readAudit(app, auditor, randomUUID(), '999999999999');
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'atLeastPosition' });
    });
  });

  describe('When optional arguments are sent as null', () => {
    it('should treat them as not given', async () => {
      const { auditId, started } = await scheduleAndStart(app, auditor);
      const graded = await graphql(
        app,
        `mutation($input: GradeCriterionInput!) {
          gradeCaseFileAuditCriterion(input: $input, expectedRevision: null, commandId: null) { revision }
        }`,
        { input: { auditId, criterion: 3, evaluation: 'Child seen alone', grade: 'GOOD' } },
        auditor,
      );
      expect(graded.data).toEqual({ gradeCaseFileAuditCriterion: { revision: started.revision + 1 } });
      const listed = await graphql(
        app,
        `query { caseFileAudits(filter: { auditorId: null, status: null, overdueOnly: null }, atLeastPosition: null, asOf: null) { id } }`,
        {},
        auditor,
      );
      expect(listed.errors).toBeUndefined();
    });
  });

  describe('When errors have been answered', () => {
    it('should keep serving', async () => {
      const response = await graphql(app, '{ verifyStream(streamId: "caseFileAudit-none") { valid events } }', {}, auditor);
      expect(response.data).toEqual({ verifyStream: { valid: true, events: 0 } });
    });
  });
});
