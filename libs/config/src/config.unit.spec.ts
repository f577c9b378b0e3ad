import { ConfigError, DEV_JWT_SECRET, loadConfig, type Environment } from './config.js';
import { HARDENING_DEFAULTS } from './hardening-config.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

function problemsOf(env: Environment): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Configuration', () => {
  describe('When no variable is set', () => {
    it('should run embedded: SQLite under ./data, memory read store, port 3000, the development secret', () => {
      const config = loadConfig({});
      expect(config).toMatchObject({
        nodeEnv: 'development',
        port: 3000,
        eventStore: { kind: 'sqlite', path: './data/events.sqlite' },
        readStore: { kind: 'memory' },
        jwt: { secret: DEV_JWT_SECRET, usingDevelopmentSecret: true },
        readWaitTimeoutMs: 5000,
        logLevel: 'info',
      });
    });

    it('should warn that the development secret is in use', () => {
      expect(loadConfig({}).warnings).toEqual([expect.stringContaining('JWT_SECRET is not set')]);
    });
  });

  describe('When every variable is set and valid', () => {
    it('should return them typed', () => {
      const config = loadConfig({
        NODE_ENV: 'production',
        PORT: '8080',
        EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
        READ_STORE: 'redis',
        REDIS_URL: 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: 'council',
        JWT_SECRET: SECRET,
        ALLOW_JWT_SECRET_IN_PRODUCTION: 'true',
        OIDC_ISSUER: 'https://login.council.example/tenant',
        OIDC_AUDIENCE: 'api://qa-learning-service',
        OIDC_JWKS_URL: 'https://login.council.example/tenant/keys',
        READ_WAIT_TIMEOUT_MS: '250',
        LOG_LEVEL: 'debug',
      });
      expect(config).toEqual({
        nodeEnv: 'production',
        port: 8080,
        eventStore: { kind: 'esdb', connectionString: 'esdb://localhost:2113?tls=false' },
        readStore: { kind: 'redis', url: 'redis://127.0.0.1:6379', keyPrefix: 'council' },
        jwt: { secret: SECRET, usingDevelopmentSecret: false },
        oidc: {
          issuer: 'https://login.council.example/tenant',
          audience: ['api://qa-learning-service'],
          jwksUrl: 'https://login.council.example/tenant/keys',
          algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
          staffIdClaim: 'sub',
        },
        readWaitTimeoutMs: 250,
        logLevel: 'debug',
        notifications: { transport: { kind: 'log' }, emailDomain: 'qa-learning.invalid' },
        asyeObservationMonths: [3, 6, 12],
        hardening: HARDENING_DEFAULTS,
        caseKeys: { path: './data/case-keys.sqlite' },
        warnings: [expect.stringContaining('ALLOW_JWT_SECRET_IN_PRODUCTION=true')],
      });
    });
  });

  describe('When READ_STORE=redis without REDIS_KEY_PREFIX', () => {
    it('should default the key prefix to qa (keys qa:...)', () => {
      expect(loadConfig({ READ_STORE: 'redis', REDIS_URL: 'redis://localhost:6379' }).readStore).toEqual({
        kind: 'redis',
        url: 'redis://localhost:6379',
        keyPrefix: 'qa',
      });
    });
  });

  describe('When REDIS_KEY_PREFIX ends with the separator', () => {
    it('should drop it, since the store adds its own', () => {
      expect(loadConfig({ READ_STORE: 'redis', REDIS_URL: 'redis://x', REDIS_KEY_PREFIX: 'council:' }).readStore).toMatchObject({
        keyPrefix: 'council',
      });
    });
  });

  describe('When SQLITE_PATH is set and no EventStoreDB connection string', () => {
    it('should use SQLite at that path', () => {
      expect(loadConfig({ SQLITE_PATH: '/tmp/x.sqlite' }).eventStore).toEqual({ kind: 'sqlite', path: '/tmp/x.sqlite' });
    });
  });

  describe('When several variables are wrong at once', () => {
    it('should throw one ConfigError naming every bad variable', () => {
      const problems = problemsOf({
        PORT: 'eighty',
        READ_STORE: 'redis',
        READ_WAIT_TIMEOUT_MS: '-1',
        LOG_LEVEL: 'loud',
        NODE_ENV: 'staging',
        EVENTSTORE_CONNECTION_STRING: 'http://localhost:2113',
      });
      expect(problems).toHaveLength(6);
      for (const name of ['PORT', 'REDIS_URL', 'READ_WAIT_TIMEOUT_MS', 'LOG_LEVEL', 'NODE_ENV', 'EVENTSTORE_CONNECTION_STRING']) {
        expect(problems.some((p) => p.startsWith(name))).toBe(true);
      }
    });

    it('should list the problems in the error message', () => {
      expect(() => loadConfig({ PORT: '70000', READ_STORE: 'disk' })).toThrow(/\(2 problems\):\n {2}- PORT .*\n {2}- READ_STORE/);
    });
  });

  describe('When NODE_ENV=production and neither JWT_SECRET nor an identity provider is set', () => {
    it('should refuse to start, saying how to sign in (issue 6 item 1)', () => {
      expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringContaining('NODE_ENV=production needs a way to sign in')]);
    });
  });

  describe('When NODE_ENV=production and JWT_SECRET is the public development secret', () => {
    it('should refuse to start', () => {
      expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET, ALLOW_JWT_SECRET_IN_PRODUCTION: 'true' })).toEqual([
        expect.stringContaining('must not be the public development secret'),
      ]);
    });
  });

  describe('When JWT_SECRET is shorter than 256 bits', () => {
    it('should refuse it', () => {
      expect(problemsOf({ JWT_SECRET: 'short' })).toEqual([expect.stringContaining('at least 32 characters')]);
    });
  });

  describe('When REDIS_URL is not a redis URL', () => {
    it('should refuse it', () => {
      expect(problemsOf({ READ_STORE: 'redis', REDIS_URL: 'localhost:6379' })).toEqual([
        expect.stringContaining('REDIS_URL must start with redis://'),
      ]);
    });
  });

  describe('When SMTP_HOST is set (CFA-7, CFA-13 notifications)', () => {
    it('should send notifications by SMTP with the given host, port and sender', () => {
      expect(loadConfig({ SMTP_HOST: 'mail.council.example', SMTP_PORT: '2525', SMTP_FROM: 'qa@council.example' }).notifications).toEqual({
        transport: { kind: 'smtp', host: 'mail.council.example', port: 2525, from: 'qa@council.example' },
        emailDomain: 'qa-learning.invalid',
      });
    });

    it('should report a missing sender together with the other bad variables', () => {
      expect(problemsOf({ SMTP_HOST: 'mail.council.example', PORT: 'eighty' })).toEqual([
        expect.stringContaining('PORT must be an integer'),
        expect.stringContaining('SMTP_FROM is required'),
      ]);
    });
  });

  describe('When ASYE_OBSERVATION_MONTHS is set (OBS-3)', () => {
    it('should take the ASYE schedule in months, sorted', () => {
      expect(loadConfig({ ASYE_OBSERVATION_MONTHS: '12, 1,4' }).asyeObservationMonths).toEqual([1, 4, 12]);
    });

    it('should refuse anything but whole months', () => {
      expect(() => loadConfig({ ASYE_OBSERVATION_MONTHS: '3,six' })).toThrow(/ASYE_OBSERVATION_MONTHS must be whole months/);
    });
  });

  describe('When ASYE_OBSERVATION_MONTHS is unset (OBS-3)', () => {
    it('should default to 3, 6 and 12 months', () => {
      expect(loadConfig({}).asyeObservationMonths).toEqual([3, 6, 12]);
    });
  });

  describe('When a variable is set to an empty string', () => {
    it('should treat it as unset', () => {
      expect(loadConfig({ PORT: '', SQLITE_PATH: '  ' })).toMatchObject({
        port: 3000,
        eventStore: { kind: 'sqlite', path: './data/events.sqlite' },
      });
    });
  });
});
