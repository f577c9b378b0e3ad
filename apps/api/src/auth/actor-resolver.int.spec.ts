import 'reflect-metadata';
import { Test, type TestingModule } from '@nestjs/testing';
import { signDevToken, type AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import { handleCommand } from '../../../../libs/command-handling/src/command-handler.js';
import { loadConfig } from '../../../../libs/config/src/config.js';
import type { Role } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import { ProjectionRunner } from '../../../../libs/read-store/src/projection-runner.js';
import { STAFF_COLLECTION, staffProjection } from '../../../../projections/staff/staff.projection.js';
import { APP_CONFIG, EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { importCsv } from '../people/csv-import.js';
import { ActorResolver } from './actor-resolver.js';
import { INSPECTOR_GRANTS, type InspectorAccessGrant, type InspectorGrants } from './inspector-grants.port.js';
import type { ApiRequest } from './request-context.js';

/**
 * Issue 6 item 1: the actor of a request is the token's subject with the role the staff registry
 * gives them at the time of the request, or INSPECTOR with an active access grant; never the
 * token's role claim. Real SQLite log, real staff projection, the resolver built by Nest.
 */

const SECRET = 'an-actor-resolver-test-secret-long-enough';
const NOW = new Date();
const day = (offset: number): string => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const hours = (offset: number): string => new Date(NOW.getTime() + offset * 3_600_000).toISOString();

/** Grants as the inspector-access strand would hold them: active when from <= at < until. */
class GrantList implements InspectorGrants {
  constructor(private readonly grants: readonly InspectorAccessGrant[]) {}

  async activeGrant(inspectorId: string, at: Date): Promise<InspectorAccessGrant | null> {
    const instant = at.toISOString();
    return this.grants.find((g) => g.inspectorId === inspectorId && g.from <= instant && instant < g.until) ?? null;
  }
}

const GRANTS = new GrantList([
  { grantId: 'g-1', inspectorId: 'ofsted-0001', from: hours(-1), until: hours(8) },
  { grantId: 'g-2', inspectorId: 'ofsted-0002', from: hours(-48), until: hours(-24) },
  { grantId: 'g-3', inspectorId: 'ofsted-0009', from: hours(-1), until: hours(8) },
  { grantId: 'g-4', inspectorId: 'tm-001', from: hours(-1), until: hours(8) },
]);

const STAFF = [
  'Staff ID,Name,Role,Start date,Leaving date',
  `tm-001,Priyanka Desai,Team Manager,2019-10-14,`,
  `sw-004,Lucia Varga,SW,2022-11-07,`,
  `sw-002,Thomas Abernethy,SW,2015-01-12,${day(-1)}`,
  `sw-090,Ola Starter,SW,${day(30)},`,
  `ofsted-0009,Registry Inspector,Inspector,2020-01-01,`,
].join('\r\n');

interface Service {
  readonly module: TestingModule;
  readonly resolver: ActorResolver;
  readonly eventStore: EventStore;
  readonly runner: ProjectionRunner;
  close(): Promise<void>;
}

async function service(options: { grants?: InspectorGrants; startProjection?: boolean; readWaitTimeoutMs?: number } = {}): Promise<Service> {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET, READ_WAIT_TIMEOUT_MS: String(options.readWaitTimeoutMs ?? 2000) });
  const eventStore = new SqliteEventStore(':memory:', { pollIntervalMs: 10 });
  const readStore = new MemoryReadStore();
  // As in the service, the collection exists before the first request, however far the projection has got.
  await readStore.defineCollection(STAFF_COLLECTION);
  const outcome = await importCsv(
    eventStore,
    { kind: 'staff', csv: STAFF, actor: { staffId: 'sqam-001', role: 'SQA_MANAGER' }, now: NOW.toISOString() },
    (streamId, decider, command) => handleCommand(eventStore, streamId, decider, command),
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const runner = new ProjectionRunner(eventStore, readStore, [staffProjection], { onError: () => undefined });
  if (options.startProjection !== false) {
    await runner.start();
    await runner.waitForPosition(outcome.position!, 5000);
  }
  const module = await Test.createTestingModule({
    providers: [
      ActorResolver,
      { provide: APP_CONFIG, useValue: config },
      { provide: EVENT_STORE, useValue: eventStore },
      { provide: READ_STORE, useValue: readStore },
      ...(options.grants ? [{ provide: INSPECTOR_GRANTS, useValue: options.grants }] : []),
    ],
  }).compile();
  await module.init();
  return {
    module,
    resolver: module.get(ActorResolver),
    eventStore,
    runner,
    async close() {
      await module.close();
      await runner.stop();
      await eventStore.close();
    },
  };
}

const bearer = async (staffId: string, role: Role = 'DIRECTOR'): Promise<string> =>
  `Bearer ${await signDevToken({ staffId, role, secret: SECRET, expiresIn: '1h' })}`;

async function refusal(promise: Promise<unknown>): Promise<AuthenticationError> {
  try {
    await promise;
  } catch (error) {
    return error as AuthenticationError;
  }
  throw new Error('expected a refusal');
}

describe('Actor resolution from the staff registry (issue 6 item 1)', () => {
  describe('Given the staff registry and an inspector-access strand with grants', () => {
    let s: Service;
    beforeAll(async () => {
      s = await service({ grants: GRANTS });
    });
    afterAll(async () => {
      await s.close();
    });

    describe('When a person in post sends a token claiming another role', () => {
      it('should give them the role the registry gives them, not the claim', async () => {
        await expect(s.resolver.resolve(await bearer('sw-004', 'DIRECTOR'))).resolves.toEqual({ staffId: 'sw-004', role: 'SOCIAL_WORKER' });
        await expect(s.resolver.resolve(await bearer('tm-001', 'SQA_MANAGER'))).resolves.toEqual({ staffId: 'tm-001', role: 'TEAM_MANAGER' });
      });

      it('should keep the registry role even if the person also holds an inspector grant', async () => {
        await expect(s.resolver.resolve(await bearer('tm-001', 'INSPECTOR'))).resolves.toEqual({ staffId: 'tm-001', role: 'TEAM_MANAGER' });
      });
    });

    describe('When the subject is not in post (left yesterday, starts in a month, unknown)', () => {
      it.each(['sw-002', 'sw-090', 'nobody-0001'])('should refuse %s with NOT_IN_POST', async (subject) => {
        const refused = await refusal(s.resolver.resolve(await bearer(subject)));
        expect(refused).toMatchObject({ reason: 'NOT_IN_POST' });
        expect(refused.message).toContain(`${subject} is not in post in the staff registry on ${day(0)}`);
      });
    });

    describe('When an inspector holds a grant active now', () => {
      it('should resolve them as INSPECTOR, whatever their token claims', async () => {
        await expect(s.resolver.resolve(await bearer('ofsted-0001', 'DIRECTOR'))).resolves.toEqual({ staffId: 'ofsted-0001', role: 'INSPECTOR' });
      });
    });

    describe("When an inspector's grant has ended", () => {
      it('should refuse them', async () => {
        expect(await refusal(s.resolver.resolve(await bearer('ofsted-0002', 'INSPECTOR')))).toMatchObject({ reason: 'NOT_IN_POST' });
      });

      it('should refuse at an instant past the end of an active grant', async () => {
        const later = new Date(NOW.getTime() + 9 * 3_600_000);
        const token = `Bearer ${await signDevToken({ staffId: 'ofsted-0001', role: 'INSPECTOR', secret: SECRET, expiresIn: '12h', now: NOW })}`;
        expect(await refusal(s.resolver.resolve(token, later))).toMatchObject({ reason: 'NOT_IN_POST' });
      });
    });

    describe('When the registry records someone with the role Inspector', () => {
      it('should let them in as INSPECTOR only with an active grant', async () => {
        await expect(s.resolver.resolve(await bearer('ofsted-0009', 'INSPECTOR'))).resolves.toEqual({ staffId: 'ofsted-0009', role: 'INSPECTOR' });
        const without = await service({});
        try {
          const refused = await refusal(without.resolver.resolve(await bearer('ofsted-0009', 'INSPECTOR')));
          expect(refused).toMatchObject({ reason: 'NOT_IN_POST' });
          expect(refused.message).toContain('holds no access grant active now');
        } finally {
          await without.close();
        }
      });
    });

    describe('When the same request is asked about twice (the GraphQL context, then the guard)', () => {
      it('should resolve it once', async () => {
        const request = { headers: { authorization: await bearer('sw-004') } } as ApiRequest;
        const first = s.resolver.actorOf(request);
        expect(s.resolver.actorOf(request)).toBe(first);
        await expect(first).resolves.toEqual({ staffId: 'sw-004', role: 'SOCIAL_WORKER' });
      });
    });

    describe('When the header is missing or the token is not valid', () => {
      it('should refuse before looking anyone up', async () => {
        expect(await refusal(s.resolver.resolve(undefined))).toMatchObject({ reason: 'MISSING_TOKEN' });
        const forged = await signDevToken({ staffId: 'tm-001', role: 'TEAM_MANAGER', secret: `${SECRET}-other`, expiresIn: '1h' });
        expect(await refusal(s.resolver.resolve(`Bearer ${forged}`))).toMatchObject({ reason: 'INVALID_TOKEN' });
      });
    });
  });

  describe('Given no inspector-access strand provides INSPECTOR_GRANTS', () => {
    it('should let no inspector in (fail closed) and still resolve staff', async () => {
      const s = await service({});
      try {
        expect(await refusal(s.resolver.resolve(await bearer('ofsted-0001', 'INSPECTOR')))).toMatchObject({ reason: 'NOT_IN_POST' });
        await expect(s.resolver.resolve(await bearer('tm-001'))).resolves.toEqual({ staffId: 'tm-001', role: 'TEAM_MANAGER' });
      } finally {
        await s.close();
      }
    });
  });

  describe('Given the staff read model is behind the log (a person just imported)', () => {
    it('should wait for it to catch up rather than refuse them', async () => {
      const s = await service({ startProjection: false });
      try {
        setTimeout(() => void s.runner.start(), 150);
        await expect(s.resolver.resolve(await bearer('tm-001'))).resolves.toEqual({ staffId: 'tm-001', role: 'TEAM_MANAGER' });
      } finally {
        await s.close();
      }
    });

    it('should refuse once READ_WAIT_TIMEOUT_MS has passed without it catching up', async () => {
      const s = await service({ startProjection: false, readWaitTimeoutMs: 200 });
      try {
        const started = Date.now();
        expect(await refusal(s.resolver.resolve(await bearer('tm-001')))).toMatchObject({ reason: 'NOT_IN_POST' });
        expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      } finally {
        await s.close();
      }
    });
  });
});
