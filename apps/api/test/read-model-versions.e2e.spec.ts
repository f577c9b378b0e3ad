import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { RedisReadStore } from '../../../libs/read-store/src/redis/redis-read-store.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../../../libs/read-store/src/testing/redis-test-support.js';
import { activeVersionKey } from '../../../libs/read-store/src/versions/read-model-versions.js';
import { SUPERVISION_AUDITS_COLLECTION, supervisionAuditsProjection } from '../../../projections/supervision-audits/supervision-audits.projection.js';
import { givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

const describeRedis = await describeWithRedis('Read model versions in the service on Redis');
const NAME = supervisionAuditsProjection.name;
const CURRENT = supervisionAuditsProjection.version;
const PREVIOUS = { name: `${NAME}.v${CURRENT - 1}`, indexes: SUPERVISION_AUDITS_COLLECTION.indexes };

describeRedis('When the service starts on a Redis read store that holds the previous version of a read model', () => {
  const db = tempSqlitePath();
  const prefix = uniqueTestPrefix('api-read-model-versions');
  const env = { SQLITE_PATH: db.path, READ_STORE: 'redis', REDIS_URL: redisTestUrl, REDIS_KEY_PREFIX: prefix };
  let app: INestApplication | null = null;
  let redis: RedisReadStore;

  beforeAll(async () => {
    redis = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: prefix });
    // Given a service of the previous version ran: its collection and checkpoint are in the store.
    await redis.defineCollection(PREVIOUS);
    await redis.commit(`${NAME}.v${CURRENT - 1}`, null, 0n, [{ collection: PREVIOUS.name, id: 'kept-by-v1', document: { id: 'kept-by-v1' } }]);
  });
  afterAll(async () => {
    await app?.close();
    await redis.deleteAllKeys();
    await redis.close();
    db.remove();
  });

  it('should build the new version beside it, switch readers once caught up, record the switch and keep the old documents', async () => {
    app = await startApp(env);
    await givenStaff(app, { 'staff-tm-0042': 'TEAM_MANAGER' });
    const deadline = Date.now() + 10_000;
    while ((await redis.checkpoint(activeVersionKey(NAME))) === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await redis.checkpoint(activeVersionKey(NAME))).toBe(BigInt(CURRENT));
    expect(await redis.get(PREVIOUS.name, 'kept-by-v1')).toEqual({ id: 'kept-by-v1' });

    const health = await request(app.getHttpServer()).get('/health');
    expect(health.status).toBe(200);
    expect(health.body.projections).toContainEqual(expect.objectContaining({ name: `${NAME}.v${CURRENT}`, caughtUp: true }));

    const metrics = await request(app.getHttpServer()).get('/metrics').set('authorization', `Bearer ${await tokenFor('staff-tm-0042', 'TEAM_MANAGER')}`);
    expect(metrics.text).toContain(`qa_read_model_served_version{read_model="${NAME}"} ${CURRENT}\n`);
    expect(metrics.text).toContain(`qa_read_model_building_beside{read_model="${NAME}"} 0\n`);
  });

  it('should serve the new version at once after a restart', async () => {
    await app!.close();
    app = await startApp(env);
    const metrics = await request(app.getHttpServer()).get('/metrics').set('authorization', `Bearer ${await tokenFor('staff-tm-0042', 'TEAM_MANAGER')}`);
    expect(metrics.text).toContain(`qa_read_model_served_version{read_model="${NAME}"} ${CURRENT}\n`);
  });
});
