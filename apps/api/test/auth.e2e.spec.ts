import type { INestApplication } from '@nestjs/common';
import { SignJWT } from 'jose';
import {
  keyPair,
  LocalIdentityProvider,
  signedWithPublicKeyAsSecret,
  signWith,
  tamperedToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
  unsecuredToken,
} from '../../../libs/auth/src/testing/local-identity-provider.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV, withRowsAfter } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, TEST_SECRET, tokenFor, type GraphQLResponse } from './api-test-support.js';

/**
 * Issue 6 item 1 (and the hostile tokens of item 7) over GraphQL over HTTP: tokens from the
 * council's identity provider (its key set served by a local HTTP server) beside development
 * tokens; what a person may do follows from the staff registry at the time of each request.
 */

const WORK_LIST = '{ workList { staffId role } }';
const SCHEDULE = `mutation ($input: ScheduleCaseFileAuditInput!) { scheduleCaseFileAudit(input: $input) { id position } }`;
const UPDATE_STAFF_MEMBER = `mutation ($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { position } }`;
const today = (): string => new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('Authentication: the identity provider, the development secret and the staff registry (issue 6 items 1 and 7)', () => {
  const db = tempSqlitePath();
  let provider: LocalIdentityProvider;
  let app: INestApplication;
  let store: EventStore;

  const signedInAs = async (token: string): Promise<GraphQLResponse<{ workList: { staffId: string; role: string } }>> =>
    graphql<{ workList: { staffId: string; role: string } }>(app, WORK_LIST, {}, token);

  beforeAll(async () => {
    provider = await LocalIdentityProvider.start(['RS256']);
    app = await startApp({ SQLITE_PATH: db.path, ...provider.environment() });
    store = app.get<EventStore>(EVENT_STORE);
    // The council's staff file as of June 2025 (sw-002 left on 2025-07-31), and someone who starts in a month.
    const startsLater = `sw-090,Ola Starter,SW,tm-001,mash-north,,,,${daysFromToday(30)},,,,`;
    await givenStaff(app, withRowsAfter(STAFF_CSV, 24, [startsLater]), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    await givenStaff(app, { 'ofsted-0001': 'INSPECTOR' });
  });

  afterAll(async () => {
    await app?.close();
    await provider?.stop();
    db.remove();
  });

  describe('Given a person in post in the staff registry', () => {
    describe("When they send a token signed by the council's identity provider", () => {
      it('should act as them, with the role the registry gives them', async () => {
        const response = await signedInAs(await provider.sign({ sub: 'tm-001' }));
        expect(response.status).toBe(200);
        expect(dataOf(response).workList).toEqual({ staffId: 'tm-001', role: 'TEAM_MANAGER' });
      });
    });

    describe('When they send a development token signed with JWT_SECRET', () => {
      it('should act as them too (the secret is accepted beside the provider outside production)', async () => {
        expect(dataOf(await signedInAs(await tokenFor('hos-001', 'HEAD_OF_SERVICE'))).workList).toEqual({ staffId: 'hos-001', role: 'HEAD_OF_SERVICE' });
      });
    });

    describe("When a social worker's token claims the role of director", () => {
      it('should ignore the claim and act as the social worker the registry says they are', async () => {
        const fromProvider = await provider.sign({ sub: 'sw-004', role: 'DIRECTOR', roles: ['DIRECTOR'] });
        expect(dataOf(await signedInAs(fromProvider)).workList).toEqual({ staffId: 'sw-004', role: 'SOCIAL_WORKER' });
        expect(dataOf(await signedInAs(await tokenFor('sw-004', 'DIRECTOR'))).workList).toEqual({ staffId: 'sw-004', role: 'SOCIAL_WORKER' });
      });
    });

    describe('When the registry changes their role, or records their leaving, while their token is still valid', () => {
      it('should act on the registry as it stands at each request: the new role; for a leaver, no access at all', async () => {
        const token = await provider.sign({ sub: 'sw-003' });
        expect(dataOf(await signedInAs(token)).workList.role).toBe('SOCIAL_WORKER');
        const sqaManager = await tokenFor('sqam-001', 'SQA_MANAGER');

        const promoted = dataOf(await graphql(app, UPDATE_STAFF_MEMBER, { input: { staffId: 'sw-003', role: 'ADVANCED_PRACTITIONER', effectiveFrom: today() } }, sqaManager));
        expect(promoted.updateStaffMember.position).toMatch(/^\d+$/);
        expect(dataOf(await signedInAs(token)).workList.role).toBe('ADVANCED_PRACTITIONER');

        const leaver = await provider.sign({ sub: 'sw-005' });
        expect(dataOf(await signedInAs(leaver)).workList.role).toBe('SOCIAL_WORKER');
        dataOf(await graphql(app, UPDATE_STAFF_MEMBER, { input: { staffId: 'sw-005', leavingDate: daysFromToday(-1) } }, sqaManager));
        const refused = await signedInAs(leaver);
        expect(refused.status).toBe(401);
        expect(refused.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', errorCode: 'AUTH.NOT_IN_POST' });
      });
    });
  });

  describe('Given people who are not in post today', () => {
    it.each([
      ['a leaver (sw-002 left on 2025-07-31)', 'sw-002', 'not in post in the staff registry'],
      ['someone whose start date is ahead', 'sw-090', 'not in post in the staff registry'],
      ['a subject the registry does not know', 'staff-nobody', 'not in post in the staff registry'],
      ['an inspector in the registry with no access grant', 'ofsted-0001', 'holds no access grant'],
    ])('should refuse %s with UNAUTHENTICATED, AUTH.NOT_IN_POST, saying why, and record nothing', async (_who, subject, why) => {
      const head = await store.headPosition();
      for (const token of [await provider.sign({ sub: subject, role: 'DIRECTOR' }), await tokenFor(subject, 'DIRECTOR')]) {
        const response = await graphql(app, SCHEDULE, { input: { azeusNumber: 'AZ-104233', auditType: 'MONTHLY', auditorId: subject, dueDate: daysFromToday(30) } }, token);
        expect(response.status).toBe(401);
        expect(response.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', errorCode: 'AUTH.NOT_IN_POST' });
        expect(response.errors![0]!.message).toContain(why);
      }
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('Given hostile tokens naming a director in post (issue 6 item 7)', () => {
    const director = { sub: 'dir-001' };
    const hostile: Array<[string, () => Promise<string>, string]> = [
      ['tampered (a social worker\'s token with the subject changed)', async () => tamperedToken(await provider.sign({ sub: 'sw-004' }), { ...director, iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 4102444800 }), 'AUTH.INVALID_TOKEN'],
      ['expired', () => provider.sign(director, { expiresInSeconds: -5 }), 'AUTH.EXPIRED_TOKEN'],
      ['unsigned (alg: none)', async () => unsecuredToken({ ...director, iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 4102444800 }), 'AUTH.ALGORITHM_NOT_ALLOWED'],
      ['signed with a key that is not the provider\'s', async () => signWith(await keyPair('RS256', provider.key().kid), director), 'AUTH.INVALID_TOKEN'],
      ["HS256 signed with the provider's public key (algorithm confusion)", () => signedWithPublicKeyAsSecret(provider.key(), director), 'AUTH.INVALID_TOKEN'],
      ['from another issuer', () => provider.sign(director, { issuer: 'https://login.elsewhere.example' }), 'AUTH.INVALID_CLAIMS'],
      ['for another audience', () => provider.sign(director, { audience: 'api://payroll' }), 'AUTH.INVALID_CLAIMS'],
      ['without an expiry', () => provider.sign(director, { expiresInSeconds: null }), 'AUTH.INVALID_CLAIMS'],
      ['a development token signed with another secret', () => new SignJWT({ role: 'DIRECTOR' }).setProtectedHeader({ alg: 'HS256' }).setSubject('dir-001').setExpirationTime('1h').sign(new TextEncoder().encode(`${TEST_SECRET}-other`)), 'AUTH.INVALID_TOKEN'],
    ];

    it.each(hostile)('should refuse a token %s with UNAUTHENTICATED and HTTP 401, and append nothing', async (_case, token, errorCode) => {
      const head = await store.headPosition();
      const response = await graphql(app, SCHEDULE, { input: { azeusNumber: 'AZ-104233', auditType: 'MONTHLY', auditorId: 'dir-001', dueDate: daysFromToday(30) } }, await token());
      expect(response.status).toBe(401);
      expect(response.data).toBeUndefined();
      expect(response.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', errorCode });
      expect(await store.headPosition()).toBe(head);
    });

    it('should keep serving the people in post afterwards', async () => {
      expect(dataOf(await signedInAs(await provider.sign(director))).workList).toEqual({ staffId: 'dir-001', role: 'DIRECTOR' });
    });
  });
});
