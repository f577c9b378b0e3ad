import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ALL_PROJECTIONS } from '../../../projections/index.js';
import { metricsArePublic } from '../src/metrics/metrics.controller.js';
import { givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { readAudit } from './case-file-audit.client.js';
import { AUDITOR, scheduleAndStart } from './case-file-audit.scenarios.js';

/** The samples of one metric: labels text (or '') to value. */
function samples(text: string, metric: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = new RegExp(`^${metric}(\\{[^}]*\\})? (\\S+)$`).exec(line);
    if (match) found.set(match[1] ?? '', match[2]!);
  }
  return found;
}

describe('GET /metrics', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let auditor: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });
  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When scraped without a token and METRICS_PUBLIC is not set', () => {
    it('should refuse with 401 UNAUTHENTICATED', async () => {
      const response = await request(app.getHttpServer()).get('/metrics');
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('When scraped with a token after a write the read model has taken', () => {
    it('should give per projection its lag in events and seconds, checkpoint and caught-up, in the Prometheus text format', async () => {
      const { started } = await scheduleAndStart(app, auditor);
      await readAudit(app, auditor, started.id, started.position);

      const response = await request(app.getHttpServer()).get('/metrics').set('authorization', `Bearer ${auditor}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      const text = response.text;
      const caseFileAudits = '{projection="caseFileAudits.v2"}';
      expect(samples(text, 'qa_projection_lag_events').get(caseFileAudits)).toBe('0');
      expect(samples(text, 'qa_projection_lag_seconds').get(caseFileAudits)).toBe('0');
      expect(samples(text, 'qa_projection_caught_up').get(caseFileAudits)).toBe('1');
      expect(BigInt(samples(text, 'qa_projection_checkpoint_position').get(caseFileAudits)!)).toBeGreaterThanOrEqual(BigInt(started.position!));
      // Every projection version the service runs, each once.
      expect([...samples(text, 'qa_projection_lag_events').keys()]).toEqual(ALL_PROJECTIONS.map((p) => `{projection="${p.name}.v${p.version}"}`));
      expect(samples(text, 'qa_read_model_served_version').get('{read_model="supervisionAudits"}')).toBe('3');
      expect(samples(text, 'qa_read_model_building_beside').get('{read_model="supervisionAudits"}')).toBe('0');
      expect(Number(samples(text, 'qa_notifications_pending').get(''))).toBeGreaterThanOrEqual(0);
      expect(Number(samples(text, 'qa_process_uptime_seconds').get(''))).toBeGreaterThan(0);
      expect(text).toContain('# TYPE qa_projection_lag_seconds gauge\n');
      expect(text).toMatch(/^# HELP qa_projection_lag_events /m);
      // Every line is a comment or a sample: nothing a scraper would refuse.
      expect(text.trimEnd().split('\n').every((line) => /^(# (HELP|TYPE) \w+ .+|\w+(\{[^}]*\})? -?[\d.e+]+|\w+(\{[^}]*\})? NaN)$/.test(line))).toBe(true);
    });
  });
});

describe('When METRICS_PUBLIC=true', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  const previous = process.env['METRICS_PUBLIC'];

  beforeAll(async () => {
    process.env['METRICS_PUBLIC'] = 'true';
    app = await startApp({ SQLITE_PATH: db.path });
  });
  afterAll(async () => {
    await app.close();
    if (previous === undefined) delete process.env['METRICS_PUBLIC'];
    else process.env['METRICS_PUBLIC'] = previous;
    db.remove();
  });

  it('should serve /metrics without a token', async () => {
    const response = await request(app.getHttpServer()).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toContain('qa_projection_caught_up{projection="caseFileAudits.v2"} 1');
  });

  it.each([
    ['true', true],
    [' TRUE ', true],
    ['1', false],
    ['yes', false],
    [undefined, false],
  ])('should read METRICS_PUBLIC=%j as public: %j', (value, expected) => {
    expect(metricsArePublic({ METRICS_PUBLIC: value })).toBe(expected);
  });
});
