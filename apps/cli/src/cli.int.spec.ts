import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signDevToken, verifyToken } from '../../../libs/auth/src/jwt.js';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cli-context.js';
import { recordAudits, spawnCli, spawnServe, tamperWithEvent, tempDirectory, TEST_SECRET } from './testing/cli-test-support.js';

// The CLI as an operator runs it: its own process, arguments, environment, stdout and exit code.
describe('When the CLI runs as its own process on a SQLite file', () => {
  const temp = tempDirectory();
  let streams: string[];

  beforeAll(async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    streams = await recordAudits(store, 2, 3);
    await store.close();
  });
  afterAll(() => temp.remove());

  it('should print a token from mint-token that verifies with the same JWT_SECRET', async () => {
    const run = await spawnCli(['mint-token', '--staff-id', 'staff-sw-0311', '--role', 'SOCIAL_WORKER', '--expires-in', '1h'], {});
    expect(run.code).toBe(EXIT_OK);
    await expect(verifyToken(run.stdout.trim(), TEST_SECRET)).resolves.toEqual({ staffId: 'staff-sw-0311', role: 'SOCIAL_WORKER' });
  });

  it('should exit 2 with the roles for an unknown role', async () => {
    const run = await spawnCli(['mint-token', '--staff-id', 's-1', '--role', 'ADMIN'], {});
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toContain('Unknown role "ADMIN". Roles: SOCIAL_WORKER');
  });

  it('should say OK for the intact log, then name the stream and revision once a row is altered (exit 1)', async () => {
    const intact = await spawnCli(['verify'], { SQLITE_PATH: temp.sqlitePath });
    expect(intact.stdout).toBe('streams: 2, events: 10, broken: 0\nOK: every hash chain is intact\n');
    expect(intact.code).toBe(EXIT_OK);

    tamperWithEvent(temp.sqlitePath, streams[0]!, 2);

    const tampered = await spawnCli(['verify'], { SQLITE_PATH: temp.sqlitePath });
    expect(tampered.stdout).toContain(`BROKEN ${streams[0]} at revision 2: hash does not match the event content`);
    expect(tampered.stdout).toContain('streams: 2, events: 10, broken: 1');
    expect(tampered.code).toBe(EXIT_FAILURE);
  });
});

describe('When serve is run', () => {
  const temp = tempDirectory();
  afterAll(() => temp.remove());

  it('should answer GraphQL and health over HTTP until SIGTERM', async () => {
    const serving = await spawnServe({ SQLITE_PATH: temp.sqlitePath });
    try {
      const health = await fetch(`${serving.baseUrl}/health`);
      expect(health.status).toBe(200);
      // Issue 6 item 1: only someone in post in the staff registry is let in; the first people come by import-staff.
      writeFileSync(join(temp.dir, 'staff.csv'), 'Staff ID,Name,Role,Start date\nstaff-tm-0001,Priyanka Desai,Team Manager,2019-10-14\n');
      expect((await spawnCli(['import-staff', join(temp.dir, 'staff.csv'), '--actor', 'sqam-001'], { SQLITE_PATH: temp.sqlitePath })).code).toBe(EXIT_OK);
      const token = await signDevToken({ staffId: 'staff-tm-0001', role: 'TEAM_MANAGER', secret: TEST_SECRET, expiresIn: '5m' });
      const ask = (headers: Record<string, string>) =>
        fetch(`${serving.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      const refused = await ask({});
      expect(refused.status).toBe(401);
      const response = await ask({ authorization: `Bearer ${token}` });
      await expect(response.json()).resolves.toEqual({ data: { __typename: 'Query' } });
    } finally {
      // Nest closes the app on SIGTERM, then re-raises the signal so the process ends by it.
      expect(await serving.stop()).toEqual({ code: null, signal: 'SIGTERM' });
    }
    // Two processes start here (the service, then import-staff beside it).
  }, 90_000);
});
