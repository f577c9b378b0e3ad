import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { CASELOAD_CSV, FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, startApp, tempSqlitePath, tokenFor, type GraphQLResponse, type Receipt } from './api-test-support.js';

type Reads = { readonly cases: GraphQLResponse<Record<string, any>>; readonly history: GraphQLResponse<Record<string, any>> };

// Issue 6 item 3 over GraphQL: an S&QA manager grants an external inspector read-only access for a
// window; within it the inspector's token reads child-level records; before it, after it and after
// a revocation the same token is refused. The inspector's role comes from the grant (the actor
// resolution asks INSPECTOR_GRANTS), never from the token's claim: an inspector is not in the
// staff registry, so without an active grant they are not let in at all.

const SQA_MANAGER = 'sqam-001';
const SQA_OFFICER = 'sqao-001';
const TEAM_MANAGER = 'tm-001';
/** In post in the staff file: not an inspector. */
const SOCIAL_WORKER = 'sw-003';

const client = receiptClient({
  grantInspectorAccess: 'GrantInspectorAccessInput',
  revokeInspectorAccess: 'RevokeInspectorAccessInput',
});

const IMPORT_CASELOAD = `mutation ($csv: String!, $effectiveFrom: String) { importCaseload(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`;
const CASES = `query { cases { azeusNumber } }`;
const CASE_HISTORY = `query ($azeusNumber: String!) { caseHistory(azeusNumber: $azeusNumber) { chainVerified entries { type } } }`;
const GRANTS = `
  query ($filter: InspectorAccessGrantFilter, $p: String, $asOf: String) {
    inspectorAccessGrants(filter: $filter, atLeastPosition: $p, asOf: $asOf) {
      id inspectorId name organisation from until state reason inspectionReference grantedBy grantedAt
      revocation { reason revokedBy revokedAt } revision
    }
  }
`;

const inMs = (ms: number): string => new Date(Date.now() + ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function grantInput(inspectorId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    inspectorId,
    name: 'Alex Inspector',
    organisation: 'Ofsted',
    until: inMs(DAY),
    reason: 'Inspection of local authority children’s services (ILACS)',
    inspectionReference: '10012345',
    ...overrides,
  };
}

describe('Inspector access (issue 6 item 3) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let sqaManager: string;
  let sqaOfficer: string;
  let teamManager: string;
  /** What S&QA read: everything, which an inspector with a grant reads too. */
  let allCases: string[];

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path, RATE_LIMIT_ENABLED: 'false' });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, STAFF_CSV, { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    sqaManager = await tokenFor(SQA_MANAGER, 'SQA_MANAGER');
    sqaOfficer = await tokenFor(SQA_OFFICER, 'SQA_OFFICER');
    teamManager = await tokenFor(TEAM_MANAGER, 'TEAM_MANAGER');
    const imported = dataOf(await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqaManager));
    allCases = dataOf(
      await graphql(app, `query ($p: String) { cases(atLeastPosition: $p) { azeusNumber } }`, { p: imported.importCaseload.position }, sqaOfficer),
    ).cases.map((c: { azeusNumber: string }) => c.azeusNumber);
    expect(allCases.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  /** The inspector (any inspector token claims INSPECTOR) reading every case and one case's history. */
  async function inspectorReads(token: string): Promise<Reads> {
    return {
      cases: await graphql(app, CASES, {}, token),
      history: await graphql(app, CASE_HISTORY, { azeusNumber: allCases[0] }, token),
    };
  }

  function expectReads(reads: Reads): void {
    expect(dataOf(reads.cases)['cases'].map((c: { azeusNumber: string }) => c.azeusNumber)).toEqual(allCases);
    expect(dataOf(reads.history)['caseHistory']).toMatchObject({ chainVerified: true, entries: expect.arrayContaining([expect.anything()]) });
  }

  /** Refused by the actor resolution: not in post, and no grant active now. */
  function expectRefused(reads: Reads): void {
    for (const response of [reads.cases, reads.history]) {
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', errorCode: 'AUTH.NOT_IN_POST' });
    }
  }

  /** A refused mutation: its error's extensions, and that nothing was appended. */
  async function refused(response: Promise<GraphQLResponse<Record<string, Receipt>>>): Promise<Record<string, unknown>> {
    const before = await store.headPosition();
    const result = await response;
    expect(result.data ?? null).toBeNull();
    expect(await store.headPosition()).toBe(before);
    return result.errors![0]!.extensions;
  }

  async function grants(filter: Record<string, unknown>, position: string | null = null, asOf: string | null = null): Promise<Record<string, any>[]> {
    return dataOf(await graphql(app, GRANTS, { filter, p: position, asOf }, sqaOfficer)).inspectorAccessGrants;
  }

  describe('When an inspector holds no grant', () => {
    it('should refuse their token whatever role it claims', async () => {
      expectRefused(await inspectorReads(await tokenFor('insp-none', 'INSPECTOR')));
      expectRefused(await inspectorReads(await tokenFor('insp-none', 'SQA_MANAGER')));
    });
  });

  describe('When someone other than an S&QA manager tries to grant access (INSP-1)', () => {
    it.each([
      ['a team manager', () => teamManager],
      ['an S&QA officer', () => sqaOfficer],
    ])('should refuse %s with FORBIDDEN and append nothing', async (_who, token) => {
      const extensions = await refused(client.mutate(app, token(), 'grantInspectorAccess', grantInput('insp-tm')));
      expect(extensions['code']).toBe('FORBIDDEN');
      expect(['ACCESS.ROLE_NOT_PERMITTED', 'INSPECTOR_ACCESS.GRANTOR_ROLE_NOT_ALLOWED']).toContain(extensions['errorCode']);
    });
  });

  describe('When the input breaks a rule', () => {
    it.each([
      ['until before from', { from: inMs(2 * DAY), until: inMs(DAY) }, 'until', 'INSPECTOR_ACCESS.UNTIL_NOT_AFTER_FROM', 'INSP-2'],
      ['a window longer than 90 days', { until: inMs(91 * DAY) }, 'until', 'INSPECTOR_ACCESS.WINDOW_TOO_LONG', 'INSP-2'],
      ['until already past', { until: inMs(-HOUR) }, 'until', 'INSPECTOR_ACCESS.UNTIL_IN_PAST', 'INSP-2'],
      ['from in the past', { from: inMs(-DAY) }, 'from', 'INSPECTOR_ACCESS.FROM_IN_PAST', 'INSP-2'],
      ['until without a time zone', { until: '2030-01-01T09:00:00' }, 'until', 'INSPECTOR_ACCESS.INVALID_INSTANT', undefined],
    ])('should refuse %s, naming the field and the rule, and append nothing', async (_what, overrides, field, errorCode, rule) => {
      const extensions = await refused(client.mutate(app, sqaManager, 'grantInspectorAccess', grantInput('insp-bad', overrides)));
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode, field, ...(rule ? { rule } : {}) });
    });

    it('should refuse a member of staff in post: an inspector is external (INSP-3)', async () => {
      const extensions = await refused(client.mutate(app, sqaManager, 'grantInspectorAccess', grantInput(SOCIAL_WORKER)));
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'INSPECTOR_ACCESS.INSPECTOR_IS_STAFF', field: 'inspectorId', rule: 'INSP-3' });
    });

    it('should refuse input of the wrong shape before the decider, naming it', async () => {
      const extensions = await refused(client.mutate(app, sqaManager, 'grantInspectorAccess', grantInput('insp-bad', { name: '' })));
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    });
  });

  describe('When an S&QA manager grants an inspector a window that ends in a few seconds', () => {
    const INSPECTOR = 'insp-ofsted-1';
    let inspector: string;
    let receipt: Receipt;
    let until: string;

    beforeAll(async () => {
      inspector = await tokenFor(INSPECTOR, 'INSPECTOR');
      until = inMs(4_000);
      receipt = await client.run(app, sqaManager, 'grantInspectorAccess', grantInput(INSPECTOR, { until }));
    });

    it('should record the grant from now, and S&QA should see it ACTIVE', async () => {
      expect(receipt).toMatchObject({ revision: 0, duplicate: false });
      const [grant] = await grants({ inspectorId: INSPECTOR }, receipt.position);
      expect(grant).toMatchObject({
        id: receipt.id,
        inspectorId: INSPECTOR,
        organisation: 'Ofsted',
        until,
        state: 'ACTIVE',
        grantedBy: SQA_MANAGER,
        inspectionReference: '10012345',
        revocation: null,
      });
      expect(Date.parse(grant!['from'])).toBeLessThanOrEqual(Date.now());
    });

    it('should let the inspector read every case and a case history while it lasts', async () => {
      expectReads(await inspectorReads(inspector));
    });

    it('should let the inspector change nothing, not even their own grant (INSP-4)', async () => {
      const extensions = await refused(client.mutate(app, inspector, 'grantInspectorAccess', grantInput('insp-friend')));
      expect(extensions['code']).toBe('FORBIDDEN');
      const revoke = await refused(client.mutate(app, inspector, 'revokeInspectorAccess', { grantId: receipt.id, reason: 'x' }));
      expect(revoke['code']).toBe('FORBIDDEN');
    });

    it('should not let the inspector read the grants, which are S&QA administration', async () => {
      const response = await graphql(app, GRANTS, {}, inspector);
      expect(response.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
    });

    it('should refuse the same token once the window has ended by itself, and show it EXPIRED', async () => {
      await sleep(Math.max(0, Date.parse(until) - Date.now()) + 100);
      expectRefused(await inspectorReads(inspector));
      expect((await grants({ inspectorId: INSPECTOR }))[0]).toMatchObject({ state: 'EXPIRED' });
      // Nothing to revoke once it has ended.
      const extensions = await refused(client.mutate(app, sqaManager, 'revokeInspectorAccess', { grantId: receipt.id, reason: 'Late' }));
      expect(extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'INSPECTOR_ACCESS.ALREADY_ENDED' });
    });
  });

  describe('When the window begins later', () => {
    it('should refuse the inspector before it begins, and S&QA should see it SCHEDULED', async () => {
      const INSPECTOR = 'insp-ofsted-2';
      const from = inMs(HOUR);
      const receipt = await client.run(app, sqaManager, 'grantInspectorAccess', grantInput(INSPECTOR, { from, until: inMs(2 * HOUR) }));
      expectRefused(await inspectorReads(await tokenFor(INSPECTOR, 'INSPECTOR')));
      expect(await grants({ inspectorId: INSPECTOR }, receipt.position)).toMatchObject([{ from, state: 'SCHEDULED' }]);
      // As at a time within it, the same grant is ACTIVE.
      expect(await grants({ inspectorId: INSPECTOR, state: 'ACTIVE' }, null, inMs(90 * 60_000))).toHaveLength(1);
    });
  });

  describe('When an S&QA manager revokes a grant before it ends', () => {
    const INSPECTOR = 'insp-ofsted-3';
    let inspector: string;
    let grantId: string;

    beforeAll(async () => {
      inspector = await tokenFor(INSPECTOR, 'INSPECTOR');
      grantId = (await client.run(app, sqaManager, 'grantInspectorAccess', grantInput(INSPECTOR))).id;
    });

    it('should let the inspector read until the revocation, and refuse the same token from the next request', async () => {
      expectReads(await inspectorReads(inspector));
      const revoked = await client.run(app, sqaManager, 'revokeInspectorAccess', { grantId, reason: 'The inspection was postponed' });
      expect(revoked).toMatchObject({ id: grantId, revision: 1 });
      expectRefused(await inspectorReads(inspector));
      expect(await grants({ inspectorId: INSPECTOR }, revoked.position)).toMatchObject([
        { id: grantId, state: 'REVOKED', revocation: { reason: 'The inspection was postponed', revokedBy: SQA_MANAGER } },
      ]);
    });

    it('should refuse a second revocation, and a team manager revoking', async () => {
      expect(await refused(client.mutate(app, sqaManager, 'revokeInspectorAccess', { grantId, reason: 'Again' }))).toMatchObject({
        code: 'CONFLICT',
        errorCode: 'INSPECTOR_ACCESS.ALREADY_REVOKED',
      });
      expect((await refused(client.mutate(app, teamManager, 'revokeInspectorAccess', { grantId, reason: 'x' })))['code']).toBe('FORBIDDEN');
    });
  });

  describe('When the same grant is sent twice with one commandId', () => {
    it('should record it once and answer the same grant id', async () => {
      const commandId = randomUUID();
      const first = await client.run(app, sqaManager, 'grantInspectorAccess', grantInput('insp-ofsted-4'), { commandId });
      const again = await client.run(app, sqaManager, 'grantInspectorAccess', grantInput('insp-ofsted-4'), { commandId });
      expect(again).toMatchObject({ id: first.id, duplicate: true });
      expect(await grants({ inspectorId: 'insp-ofsted-4' }, first.position)).toHaveLength(1);
    });
  });

  describe('When S&QA list the grants', () => {
    it('should list every grant, the latest window first, and refuse a team manager', async () => {
      const all = await grants({});
      expect(all.map((g) => g['inspectorId'])).toEqual(['insp-ofsted-2', 'insp-ofsted-4', 'insp-ofsted-3', 'insp-ofsted-1']);
      expect((await grants({ state: 'REVOKED' })).map((g) => g['inspectorId'])).toEqual(['insp-ofsted-3']);
      const response = await graphql(app, GRANTS, {}, teamManager);
      expect(response.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
    });
  });
});
